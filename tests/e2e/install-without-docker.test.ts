import { execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_SECTIONS, loadConfig, sections } from '../../src/config/config.js';
import { REPO_ROOT } from '../../harness/bot-process.js';
import { useBotStack } from '../support/bot-stack.js';
import { waitUntil, whichBinary } from '../../harness/system.js';

/**
 * The README's install without Docker: the systemd units in deploy/ are unit files systemd
 * accepts, their commands migrate and start the bot from the checkout, and the settings file
 * beside them sets every variable the bot requires and none it does not read.
 */

const t = useBotStack({ start: false });

/** NAME=value lines of an EnvironmentFile (comments and blank lines skipped). */
function environmentFile(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readFileSync(join(REPO_ROOT, file), 'utf8').split('\n')) {
    const eq = line.indexOf('=');
    if (line.startsWith('#') || eq < 1) continue;
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

/** The argv of a unit's `Key=` line, as systemd runs it (`/usr/bin/env node ...` is `node ...`), with %i filled in. */
function command(unit: string, key: 'ExecStart' | 'ExecStartPre', instance = ''): string[] {
  const line = readFileSync(join(REPO_ROOT, unit), 'utf8').split('\n').find((l) => l.startsWith(`${key}=`));
  if (!line) throw new Error(`${unit} has no ${key}=`);
  const argv = line.slice(key.length + 1).replaceAll('%i', instance).split(' ');
  return argv[0] === '/usr/bin/env' ? argv.slice(1) : argv;
}

function runTo(argv: string[], env: Record<string, string>): Promise<{ code: number; out: string }> {
  const [file, ...args] = argv;
  return new Promise((resolve) => {
    execFile(file === 'node' ? process.execPath : file!, args, { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000, env },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, out: stdout + stderr }));
  });
}

describe('the install without Docker (deploy/)', () => {
  it('deploy/deletion-bot.env sets every variable the bot requires, and only variables it reads', () => {
    const file = environmentFile('deploy/deletion-bot.env');
    const known = new Set(Object.values(sections).flatMap((s) => Object.keys(s.shape)));
    expect(Object.keys(file).filter((name) => !known.has(name))).toEqual([]);
    // With the secret generated (its placeholder is refused on purpose), the whole config loads.
    const filled = { ...file, APPROVAL_SECRET: 'f'.repeat(64) };
    expect(() => loadConfig(filled, ALL_SECTIONS)).not.toThrow();
  });

  it.runIf(whichBinary('systemd-analyze'))('systemd accepts both units (systemd-analyze verify)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dbot-units-'));
    try {
      copyFileSync(join(REPO_ROOT, 'deploy/deletion-bot.service'), join(dir, 'deletion-bot.service'));
      copyFileSync(join(REPO_ROOT, 'deploy/deletion-bot@.service'), join(dir, 'deletion-bot@worker.service'));
      for (const unit of ['deletion-bot.service', 'deletion-bot@worker.service']) {
        const r = await runTo(['systemd-analyze', 'verify', join(dir, unit)], { PATH: process.env.PATH ?? '' });
        expect(r, unit).toEqual({ code: 0, out: '' });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the units\' commands, run from the checkout, migrate the database and start the bot, which stops cleanly on SIGTERM', async () => {
    const env = { ...t.env, PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', DELETION_BOT_BUILD: 'src' };
    expect(command('deploy/deletion-bot@.service', 'ExecStart', 'worker')).toEqual(['node', 'bin/deletion-bot.mjs', 'start', '--role', 'worker']);
    expect(command('deploy/deletion-bot@.service', 'ExecStartPre', 'worker')).toEqual(command('deploy/deletion-bot.service', 'ExecStartPre'));
    const migrate = await runTo(command('deploy/deletion-bot.service', 'ExecStartPre'), env);
    expect(migrate.code, migrate.out).toBe(0);

    const [file, ...args] = command('deploy/deletion-bot.service', 'ExecStart');
    expect(file).toBe('node');
    const bot = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => bot.once('exit', (code) => resolve(code)));
    try {
      await waitUntil(async () => {
        try {
          return (await fetch(`http://127.0.0.1:${t.env.HTTP_PORT}/readyz`)).ok;
        } catch {
          return false;
        }
      }, 'the bot started by the unit\'s ExecStart never answered /readyz with 200', 60_000, 250);
    } finally {
      bot.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 120_000);
});
