// `deletion-bot demo` (`npm run demo`): the whole flow on this machine, with servers of its own.
// The demo is harness/demo.ts: it starts throwaway Postgres, Redis, Dovecot and an SMTP relay
// from harness/, TypeScript that a checkout holds and the container image does not. The path is
// found at run time, so `npm run build` compiles none of harness/ into dist/.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../../package-root.js';
import { CliError } from '../run-command.js';

interface DemoModule { runDemo(): Promise<number> }

export async function demoCommand(): Promise<number> {
  const demo = join(PACKAGE_ROOT, 'harness', 'demo.ts');
  if (!existsSync(demo)) {
    throw new CliError(`the demo needs a checkout of the repository (it starts its own servers from harness/, and ${demo} is not here): clone it, run npm ci, then npm run demo`);
  }
  // The compiled command runs JavaScript; the demo's TypeScript needs tsx, as the sources do.
  if (!import.meta.url.endsWith('.ts')) {
    const tsx = await import('tsx/esm/api').catch(() => null);
    if (!tsx) throw new CliError('the demo runs harness/ through tsx, a development dependency: run npm ci (without --omit=dev), then npm run demo');
    tsx.register();
  }
  const { runDemo } = (await import(pathToFileURL(demo).href)) as DemoModule;
  return runDemo();
}
