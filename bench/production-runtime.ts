// The bot as the container image runs it: the compiled dist/ with the image's NODE_OPTIONS,
// read from the Dockerfile so the benchmark measures exactly what ships.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** NODE_OPTIONS of the Dockerfile's runtime stage. */
export function imageNodeOptions(dockerfile = readFileSync(`${ROOT}Dockerfile`, 'utf8')): string {
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
  const m = /NODE_OPTIONS="([^"]*)"/.exec(runtime);
  if (!m) throw new Error('the Dockerfile sets no NODE_OPTIONS="..." in its runtime stage');
  return m[1]!;
}

/** Compiles dist/ (`npm run build`), as the image's build stage does. */
export async function buildDist(): Promise<void> {
  try {
    await promisify(execFile)('npm', ['run', 'build'], { cwd: ROOT, timeout: 300_000 });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`npm run build failed: ${e.stdout ?? ''}${e.stderr ?? e.message}`, { cause: err });
  }
}

/** Environment that makes `deletion-bot` run dist/ with the image's Node options. */
export function imageRuntimeEnv(): Record<string, string> {
  return { DELETION_BOT_BUILD: 'dist', NODE_OPTIONS: imageNodeOptions() };
}
