import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../../harness/bot-process.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';

/**
 * The container image holds compiled JavaScript, bin/, sql/ and the production
 * dependencies, but no TypeScript sources. No Docker engine runs here, so this
 * builds the same layout in a folder and runs the CLI from it.
 */

let app: string;
let db: TestDatabase;

function run(file: string, args: string[], cwd: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd, encoding: 'utf8', timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number(err.code ?? 1) : 0, out: stdout + stderr });
    });
  });
}

function runIn(cwd: string, args: string[], env: Record<string, string>): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(cwd, 'bin/deletion-bot.mjs'), ...args], { cwd, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '', ...env } },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, out: stdout + stderr }));
  });
}

beforeAll(async () => {
  app = mkdtempSync(join(tmpdir(), 'dbot-image-'));
  const built = await run(process.execPath, [join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', join(app, 'dist')], REPO_ROOT);
  expect(built.code, built.out).toBe(0);
  // What the Dockerfile copies into the runtime image beside dist/.
  for (const item of ['package.json', 'bin', 'sql', 'templates']) cpSync(join(REPO_ROOT, item), join(app, item), { recursive: true });
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(app, 'node_modules'));
  db = await createTestDatabase();
}, 180_000);

afterAll(async () => {
  await db?.drop();
  if (app) rmSync(app, { recursive: true, force: true });
});

describe('the image layout (dist/, bin/, sql/, no src/)', () => {
  it('answers --help from the compiled code', async () => {
    const r = await run(process.execPath, [join(app, 'bin/deletion-bot.mjs'), '--help'], app);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('Usage: deletion-bot');
  });

  it('finds its migrations and the deletion plan', async () => {
    await db.pool.query('DROP SCHEMA public CASCADE; DROP SCHEMA deletion_bot CASCADE; CREATE SCHEMA public');
    const migrate = await runIn(app, ['migrate'], { DATABASE_URL: db.url });
    expect(migrate.code, migrate.out).toBe(0);
    const migrations = readdirSync(join(REPO_ROOT, 'sql')).filter((f) => /^\d{4}_.*\.sql$/.test(f));
    expect(migrate.out).toContain(`Applied ${migrations.length} migration(s)`);
    const { rows } = await db.pool.query(`SELECT to_regclass('deletion_bot.outbox') IS NOT NULL AS ok`);
    expect(rows[0].ok).toBe(true);
  });

  it('carries the mail templates, and start refuses a template folder that is not there', async () => {
    const dockerfile = readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/templates \.\/templates$/m);
    // Unreachable services are fine: doctor checks the templates without them.
    const env = {
      DATABASE_URL: db.url, REDIS_URL: 'redis://127.0.0.1:1', IMAP_HOST: '127.0.0.1', IMAP_PORT: '1', IMAP_USER: 'u', IMAP_PASSWORD: 'p',
      SMTP_HOST: '127.0.0.1', SMTP_PORT: '1', BOT_ADDRESS: 'contact@pickrtech.com', STAFF_EMAILS: 'staff@pickrtech.com', APPROVAL_SECRET: 's'.repeat(40),
    };
    const doctor = await runIn(app, ['doctor'], env);
    expect(doctor.out).toMatch(new RegExp(`^Templates\\s+OK\\s+9 language\\(s\\) \\(de, en, es, fr, it, ja, nl, pt, tr\\) in ${join(app, 'templates', 'mail')}, every template renders$`, 'm'));

    const start = await runIn(app, ['start'], { ...env, MAIL_TEMPLATES_DIR: join(app, 'no-such-templates') });
    expect(start.code, start.out).toBe(78);
    expect(start.out).toContain(`Mail templates are broken:\n  - ${join(app, 'no-such-templates')}: no such folder (MAIL_TEMPLATES_DIR)`);
  });

  it('parses mail like the checkout does', async () => {
    const file = join(REPO_ROOT, 'tests/fixtures/mail/plain-english-request-1.eml');
    const image = await run(process.execPath, [join(app, 'bin/deletion-bot.mjs'), 'parse', file], app);
    const checkout = await runCli(['parse', file], {});
    expect(image.code).toBe(0);
    expect(image.out).toBe(checkout.stdout);
  });

  it('says the demo needs a checkout, since the image holds none of harness/', async () => {
    const r = await runIn(app, ['demo'], {});
    expect(r.code, r.out).toBe(1);
    expect(r.out).toContain('deletion-bot: the demo needs a checkout of the repository');
  });
});
