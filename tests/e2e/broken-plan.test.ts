import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_FILE } from '../../src/deletion/deletion-plan.js';
import { REPO_ROOT, type CliResult } from '../../harness/bot-process.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';

/**
 * A broken deletion plan is a configuration error for every command that reads it, not only
 * `start`: exit 78 and one line naming the file, the field and where the format is described.
 */

const BOUND_MS = 60_000;

let copy: string;
let planFile: string;
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  // A copy of the package whose plan names a table that is no SQL identifier.
  copy = mkdtempSync(join(tmpdir(), 'dbot-broken-plan-'));
  for (const part of ['bin', 'src', 'workers', 'sql', 'templates', 'package.json', 'tsconfig.json']) {
    cpSync(join(REPO_ROOT, part), join(copy, part), { recursive: true });
  }
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(copy, 'node_modules'));
  planFile = join(copy, relative(REPO_ROOT, DEFAULT_PLAN_FILE));
  const plan = JSON.parse(readFileSync(planFile, 'utf8')) as { steps: { table: string }[] };
  plan.steps[0]!.table = 'Access Tokens';
  writeFileSync(planFile, JSON.stringify(plan, null, 2));
});

afterAll(async () => {
  if (copy) rmSync(copy, { recursive: true, force: true });
  await db?.drop();
});

function runCopy(args: string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [join(copy, 'bin', 'deletion-bot.mjs'), ...args], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', DELETION_BOT_BUILD: 'src', ...env }, timeout: BOUND_MS, cwd: copy,
    }, (err, stdout, stderr) => {
      if (err?.killed) reject(new Error(`deletion-bot ${args.join(' ')} did not finish within ${BOUND_MS} ms\n${stderr}`));
      else resolve({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr });
    });
  });
}

const env = (): Record<string, string> => ({
  DATABASE_URL: db.url,
  REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  BOT_ADDRESS: 'privacy@pickrtech.com',
  STAFF_EMAILS: 'staff@pickrtech.com',
  APPROVAL_SECRET: 'a'.repeat(48),
});

/** What is wrong, in lower case (a line may begin with a capital). */
const problem = () => `the deletion plan ${planFile} is invalid: steps.0.table: must be a lowercase sql identifier`.toLowerCase();

describe('a broken deletion plan', () => {
  it('approve: exits 78 with one line naming the file and the field', async () => {
    const r = await runCopy(['approve', 'DR-2026-00001', '--by', 'ops'], env());
    expect(r.code, r.stderr).toBe(78);
    const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]!.toLowerCase().startsWith(`deletion-bot: ${problem()}`), lines[0]).toBe(true);
    expect(lines[0]).toMatch(/ \(see docs\/DELETION\.md\)$/);
  }, BOUND_MS + 10_000);

  it('doctor: says it on the Plan line and exits 78', async () => {
    const r = await runCopy(['doctor'], env());
    expect(r.code, r.stdout).toBe(78);
    const plan = r.stdout.split('\n').find((l) => l.startsWith('Plan'));
    expect(plan?.toLowerCase(), r.stdout).toContain(`fail  ${problem()}`);
    expect(plan).toMatch(/ \(see docs\/DELETION\.md\)$/);
    expect(r.stderr + r.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  }, BOUND_MS + 10_000);
});
