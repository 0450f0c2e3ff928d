import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startBot, type BotProcess } from '../../harness/bot-process.js';
import { freePort } from '../../harness/ports.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';
import { cleanupPrefix, uniquePrefix } from '../../harness/redis.js';

/** A fresh install with no mail settings: the bot runs, /readyz and doctor name what to set. */

const MAIL_VARIABLES = ['IMAP_HOST', 'IMAP_USER', 'IMAP_PASSWORD', 'SMTP_HOST', 'BOT_ADDRESS', 'STAFF_EMAILS', 'APPROVAL_SECRET'];

let db: TestDatabase;
let prefix: string;
let env: Record<string, string>;
let bot: BotProcess;
let base: string;

beforeAll(async () => {
  db = await createTestDatabase();
  prefix = uniquePrefix();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  env = { DATABASE_URL: db.url, REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', QUEUE_PREFIX: prefix, HTTP_PORT: String(port) };
  bot = await startBot(env, { anyAnswer: true });
});

afterAll(async () => {
  await bot?.stop();
  if (prefix) await cleanupPrefix(prefix);
  await db?.drop();
});

describe('start without mail settings', () => {
  it('keeps running, answers /healthz, and /readyz answers 503 listing every unset mail variable', async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { status: string; missing: string[]; checks: Record<string, string> };
    expect(body.status).toBe('not ready');
    expect(body.missing).toEqual(MAIL_VARIABLES);
    expect(body.checks.postgres).toBe('ok');
    expect(body.checks.redis).toBe('ok');
    expect(body.checks.mail).toBe(`not configured: set ${MAIL_VARIABLES.join(', ')} and restart`);
    expect(bot.output.join('\n')).toContain('started without mail settings');
  });

  it('serves /metrics while waiting', async () => {
    const r = await fetch(`${base}/metrics`);
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('deletion_bot_');
  });

  it('doctor names exactly the variables to set per part and still checks Postgres and Redis', async () => {
    const r = await runCli(['doctor'], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Postgres\s+OK\s+PostgreSQL/m);
    expect(r.stdout).toMatch(/^Redis\s+OK\s+PONG=PONG/m);
    expect(r.stdout).toMatch(/^IMAP\s+FAIL\s+not configured: set IMAP_HOST, IMAP_USER, IMAP_PASSWORD$/m);
    expect(r.stdout).toMatch(/^SMTP\s+FAIL\s+not configured: set SMTP_HOST$/m);
    expect(r.stdout).toMatch(/^Bot\s+FAIL\s+not configured: set BOT_ADDRESS, STAFF_EMAILS, APPROVAL_SECRET$/m);
  });

  it('a mail variable set to a wrong value still stops the start, by name', async () => {
    const r = await runCli(['start'], { ...env, HTTP_PORT: String(await freePort()), SMTP_PORT: 'not-a-port' });
    expect(r.code).toBe(78);
    expect(r.stderr).toContain('SMTP_PORT');
  });

  it('stops on SIGTERM with status 0', async () => {
    expect(await bot.stop()).toBe(0);
  });
});
