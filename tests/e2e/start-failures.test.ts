import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_FILE } from '../../src/deletion/deletion-plan.js';
import { REPO_ROOT, runCli, startBot, type CliResult } from '../../harness/bot-process.js';
import { freePort } from '../../harness/ports.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';
import { startRedisServer, type RedisServer } from '../../harness/redis-server.js';
import { cleanupPrefix, uniquePrefix } from '../../harness/redis.js';
import { botEnv, startMailStack, type MailStack } from '../../harness/stack.js';

/**
 * A start that cannot succeed ends: within the bound below, with a non-zero exit and one
 * line on stderr that says what to fix (no stack trace), so Docker or systemd see it fail.
 * A start that kept running would make runCli throw once the bound is over.
 */

const BOUND_MS = 30_000;
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

let stack: MailStack;
let db: TestDatabase;
let prefix: string;

beforeAll(async () => {
  [stack, db] = await Promise.all([startMailStack(), createTestDatabase()]);
  prefix = uniquePrefix();
});

afterAll(async () => {
  if (prefix) await cleanupPrefix(prefix);
  await db?.drop();
  await stack?.stop();
});

/** The full environment of a working bot on a free port. */
async function fullEnv(extra: Record<string, string> = {}): Promise<Record<string, string>> {
  return { ...botEnv({ dovecot: stack.dovecot, relay: stack.relay, db, prefix, httpPort: await freePort() }), ...extra };
}

/** Only what a bot without mail settings needs. */
async function coreEnv(extra: Record<string, string> = {}): Promise<Record<string, string>> {
  return { DATABASE_URL: db.url, REDIS_URL, QUEUE_PREFIX: prefix, HTTP_PORT: String(await freePort()), ...extra };
}

function start(env: Record<string, string>, args: string[] = []): Promise<CliResult> {
  return runCli(['start', ...args], env, { timeoutMs: BOUND_MS });
}

/** `start` of another copy of the package, to completion, or an error once `timeoutMs` is over. */
function startCopy(bin: string, env: Record<string, string>, timeoutMs: number): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [bin, 'start'], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env }, timeout: timeoutMs, cwd: join(bin, '..', '..') }, (err, stdout, stderr) => {
      if (err?.killed) reject(new Error(`start did not finish within ${timeoutMs} ms\n${stderr}`));
      else resolve({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr });
    });
  });
}

/** The exit code and the one line on stderr, with no stack trace anywhere. */
function failure(r: CliResult): { code: number | null; line: string } {
  const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
  expect(lines, `stderr:\n${r.stderr}`).toHaveLength(1);
  expect(r.stderr + r.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  return { code: r.code, line: lines[0]! };
}

function closedPort(): Promise<number> {
  return freePort();
}

async function occupy(port: number): Promise<Server> {
  const server = createServer((s) => s.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '0.0.0.0', () => resolve());
  });
  return server;
}

describe('start fails loudly', () => {
  it('HTTP port taken: exits 1 naming HTTP_PORT, with the workers never started', async () => {
    const env = await fullEnv();
    const server = await occupy(Number(env.HTTP_PORT));
    try {
      const r = failure(await start(env));
      expect(r.code).toBe(1);
      expect(r.line).toBe(
        `deletion-bot: cannot start: port ${env.HTTP_PORT} on 0.0.0.0 is already in use by another process: stop it, or set HTTP_PORT to a free port`,
      );
    } finally {
      server.close();
    }
  });

  it('HTTP port taken without mail settings: exits 1 the same way', async () => {
    const env = await coreEnv();
    const server = await occupy(Number(env.HTTP_PORT));
    try {
      const r = failure(await start(env));
      expect(r.code).toBe(1);
      expect(r.line).toContain(`port ${env.HTTP_PORT} on 0.0.0.0 is already in use by another process: stop it, or set HTTP_PORT to a free port`);
    } finally {
      server.close();
    }
  });

  it('a broken deletion plan: exits 78 naming the file and the field', async () => {
    // A copy of the package whose plan names a table that is no SQL identifier.
    const copy = mkdtempSync(join(tmpdir(), 'dbot-plan-'));
    try {
      for (const part of ['bin', 'src', 'workers', 'sql', 'templates', 'package.json', 'tsconfig.json']) {
        cpSync(join(REPO_ROOT, part), join(copy, part), { recursive: true });
      }
      symlinkSync(join(REPO_ROOT, 'node_modules'), join(copy, 'node_modules'));
      const planFile = join(copy, relative(REPO_ROOT, DEFAULT_PLAN_FILE));
      const plan = JSON.parse(readFileSync(planFile, 'utf8')) as { steps: { table: string }[] };
      plan.steps[0]!.table = 'Access Tokens';
      writeFileSync(planFile, JSON.stringify(plan, null, 2));
      // The copy's sources are compiled afresh: the bound allows for that.
      const r = failure(await startCopy(join(copy, 'bin', 'deletion-bot.mjs'), await fullEnv(), 2 * BOUND_MS));
      expect(r.code).toBe(78);
      expect(r.line.startsWith(`deletion-bot: cannot start: the deletion plan ${planFile} is invalid: steps.0.table: must be a lowercase SQL identifier`), r.line).toBe(true);
      expect(r.line).toMatch(/ \(see docs\/DELETION\.md\)$/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 3 * BOUND_MS);

  it('a Redis that evicts keys: exits 1 saying to set noeviction', async () => {
    const own: RedisServer = await startRedisServer();
    try {
      const admin = new Redis(own.url);
      await admin.config('SET', 'maxmemory-policy', 'allkeys-lru');
      admin.disconnect();
      const r = failure(await start(await coreEnv({ REDIS_URL: own.url })));
      expect(r.code).toBe(1);
      expect(r.line).toBe(
        `deletion-bot: cannot start: Redis: 127.0.0.1:${own.port} evicts keys when full (maxmemory-policy allkeys-lru), which loses queued work: ` +
          'set maxmemory-policy noeviction in its redis.conf (or CONFIG SET maxmemory-policy noeviction)',
      );
    } finally {
      await own.destroy();
    }
  });

  it('Postgres unreachable: exits 1 naming DATABASE_URL', async () => {
    const port = await closedPort();
    const r = failure(await start(await coreEnv({ DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/test` })));
    expect(r.code).toBe(1);
    expect(r.line).toBe(
      `deletion-bot: cannot start: Postgres: nothing listens at 127.0.0.1:${port} (ECONNREFUSED): check the host and port in DATABASE_URL, and that Postgres runs there`,
    );
  });

  it('the database does not exist: exits 1 saying to create it', async () => {
    const r = failure(await start(await coreEnv({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/no_such_database' })));
    expect(r.code).toBe(1);
    expect(r.line).toBe(
      'deletion-bot: cannot start: Postgres: database "no_such_database" does not exist on 127.0.0.1:5432: ' +
        'create it (createdb no_such_database) and run deletion-bot migrate, or correct the database name in DATABASE_URL',
    );
  });

  it('Redis unreachable: exits 1 naming REDIS_URL', async () => {
    const port = await closedPort();
    const r = failure(await start(await coreEnv({ REDIS_URL: `redis://127.0.0.1:${port}` })));
    expect(r.code).toBe(1);
    expect(r.line).toBe(
      `deletion-bot: cannot start: Redis: nothing listens at 127.0.0.1:${port} (ECONNREFUSED): check the host and port in REDIS_URL, and that Redis runs there`,
    );
  });

  // A mail server that does not answer yet is no wrong setting: the bot starts, says so, and
  // retries (a first start must not move past the mail delivered since it began: docs/MAILBOX.md).
  it('IMAP not answering yet: the poller starts anyway, names IMAP_HOST and IMAP_PORT, and /readyz says 503', async () => {
    const port = await closedPort();
    const env = await fullEnv({ IMAP_PORT: String(port) });
    const bot = await startBot(env, { args: ['--role', 'poller'], anyAnswer: true });
    try {
      const ready = await fetch(`http://127.0.0.1:${env.HTTP_PORT}/readyz`);
      expect(ready.status).toBe(503);
      const warning = bot.output.find((l) => l.includes('a mail server does not answer yet'));
      expect(warning).toContain(`IMAP: nothing listens at 127.0.0.1:${port} (ECONNREFUSED): check IMAP_HOST and IMAP_PORT`);
    } finally {
      await bot.stop();
    }
  });

  it('SMTP not answering yet: a worker starts anyway and names SMTP_HOST and SMTP_PORT', async () => {
    const port = await closedPort();
    const env = await fullEnv({ SMTP_PORT: String(port) });
    const bot = await startBot(env, { args: ['--role', 'worker'], anyAnswer: true });
    try {
      const warning = bot.output.find((l) => l.includes('a mail server does not answer yet'));
      expect(warning).toContain(`SMTP: nothing listens at 127.0.0.1:${port} (ECONNREFUSED): check SMTP_HOST and SMTP_PORT`);
    } finally {
      await bot.stop();
    }
  });

  it('an OAuth2 token endpoint not answering yet does not stop the start either: the bot starts and says so', async () => {
    const port = await closedPort();
    const env = await fullEnv({
      MAIL_AUTH: 'oauth2', OAUTH_PROVIDER: 'generic', OAUTH_FLOW: 'client_credentials', OAUTH_CLIENT_ID: 'bot',
      OAUTH_CLIENT_SECRET: 'secret', OAUTH_TOKEN_URL: `http://127.0.0.1:${port}/token`, OAUTH_SCOPE: 'mail',
    });
    const bot = await startBot(env, { args: ['--role', 'poller'], anyAnswer: true });
    try {
      expect((await fetch(`http://127.0.0.1:${env.HTTP_PORT}/readyz`)).status).toBe(503);
      expect(bot.output.find((l) => l.includes('a mail server does not answer yet'))).toContain('IMAP: OAuth2');
    } finally {
      await bot.stop();
    }
  });

  it('several parts failing are named on the one line', async () => {
    const [redis, imap] = [await closedPort(), await closedPort()];
    const r = failure(await start(await fullEnv({ REDIS_URL: `redis://127.0.0.1:${redis}`, IMAP_HOST: 'nowhere.invalid', IMAP_PORT: String(imap) })));
    expect(r.code).toBe(1);
    expect(r.line).toMatch(/^deletion-bot: cannot start: Redis: nothing listens at .+; IMAP: .*nowhere\.invalid.+$/);
  });
});
