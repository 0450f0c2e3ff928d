import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../harness/bot-process.js';

/**
 * Which code `deletion-bot` runs: the compiled dist/ once built (a call takes a fraction of
 * a second instead of seconds of compiling), the sources where there is no dist/ or where a
 * source changed since the build (never a stale dist/ in silence), and what DELETION_BOT_BUILD
 * asks for. A package of its own holds the real bin/deletion-bot.mjs beside a main.ts and a
 * main.js that each print which one ran.
 */

let pkg: string;
const HOUR_MS = 3_600_000;

function run(env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(pkg, 'bin', 'deletion-bot.mjs'), '--help'],
      { cwd: pkg, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env } },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }));
  });
}

/** Sets a file's modification time `hoursAgo` hours back. */
function age(file: string, hoursAgo: number): void {
  const t = new Date(Date.now() - hoursAgo * HOUR_MS);
  utimesSync(file, t, t);
}

const source = () => join(pkg, 'src', 'cli', 'main.ts');
const worker = () => join(pkg, 'workers', 'inbound.ts');
const compiled = () => join(pkg, 'dist', 'src', 'cli', 'main.js');

beforeEach(() => {
  pkg = mkdtempSync(join(tmpdir(), 'dbot-entry-'));
  mkdirSync(join(pkg, 'bin'));
  copyFileSync(join(REPO_ROOT, 'bin', 'deletion-bot.mjs'), join(pkg, 'bin', 'deletion-bot.mjs'));
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(pkg, 'node_modules'));
  mkdirSync(join(pkg, 'src', 'cli'), { recursive: true });
  mkdirSync(join(pkg, 'workers'));
  mkdirSync(join(pkg, 'dist', 'src', 'cli'), { recursive: true });
  // Type annotations: only tsx can run this file.
  writeFileSync(source(), "const ran: string = 'the sources';\nprocess.stdout.write(`${ran} ran\\n`);\n");
  writeFileSync(worker(), 'export const n: number = 1;\n');
  writeFileSync(compiled(), "process.stdout.write('the compiled dist ran\\n');\n");
  age(source(), 2);
  age(worker(), 2);
  age(compiled(), 1);
});

afterEach(() => rmSync(pkg, { recursive: true, force: true }));

describe('bin/deletion-bot.mjs chooses the code it runs', () => {
  it('runs dist/ when it was built after every source, and says nothing about it', async () => {
    const r = await run();
    expect(r).toEqual({ code: 0, stdout: 'the compiled dist ran\n', stderr: '' });
  });

  it('runs the sources when one changed after the build, and says to build', async () => {
    age(worker(), 0);
    const r = await run();
    expect(r.stdout).toBe('the sources ran\n');
    expect(r.stderr).toBe('deletion-bot: dist/ is older than the sources, so they run instead (slower): run `npm run build`\n');
    expect(r.code).toBe(0);
  });

  it('runs the sources in a checkout without dist/, silently', async () => {
    rmSync(join(pkg, 'dist'), { recursive: true });
    expect(await run()).toEqual({ code: 0, stdout: 'the sources ran\n', stderr: '' });
  });

  it('runs dist/ where there are no sources (the container image)', async () => {
    rmSync(join(pkg, 'src'), { recursive: true });
    rmSync(join(pkg, 'workers'), { recursive: true });
    expect(await run()).toEqual({ code: 0, stdout: 'the compiled dist ran\n', stderr: '' });
  });

  it('DELETION_BOT_BUILD=src runs the sources even beside a fresh dist/, as the tests run the bot', async () => {
    expect(await run({ DELETION_BOT_BUILD: 'src' })).toEqual({ code: 0, stdout: 'the sources ran\n', stderr: '' });
  });

  it('DELETION_BOT_BUILD=dist without dist/ exits 1 saying to build', async () => {
    rmSync(join(pkg, 'dist'), { recursive: true });
    const r = await run({ DELETION_BOT_BUILD: 'dist' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`deletion-bot: ${compiled()} is missing: run \`npm run build\` first\n`);
  });

  it('refuses a DELETION_BOT_BUILD it does not know', async () => {
    const r = await run({ DELETION_BOT_BUILD: 'compiled' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('deletion-bot: DELETION_BOT_BUILD must be src, dist or unset, not "compiled"\n');
  });
});
