import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../harness/bot-process.js';
import { freePort } from '../../harness/ports.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';
import { startRedisServer, type RedisServer } from '../../harness/redis-server.js';

/**
 * doctor turns each library error into a sentence naming the setting to fix, against real
 * servers: closed ports, a host name that cannot exist, a plain SMTP server where TLS is
 * expected (smtp-server, no STARTTLS, every login refused), a database that does not exist.
 */

let plain: SMTPServer;
let plainPort: number;
/** Where nothing listens: the default for IMAP, so that its check fails at once where it does not matter. */
let closedPort: number;
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  plainPort = await freePort();
  closedPort = await freePort();
  plain = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (_auth, _session, callback) => callback(Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 })),
  });
  await new Promise<void>((resolve) => plain.listen(plainPort, '127.0.0.1', () => resolve()));
});

afterAll(async () => {
  await new Promise<void>((resolve) => plain?.close(() => resolve()));
  await db?.drop();
});

/** Every setting doctor needs, each pointing at a working or harmless value. */
function env(extra: Record<string, string>): Record<string, string> {
  return {
    DATABASE_URL: db.url,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    IMAP_HOST: '127.0.0.1',
    IMAP_PORT: String(closedPort),
    IMAP_SECURE: 'false',
    IMAP_USER: 'bot@pickrtech.com',
    IMAP_PASSWORD: 'secret',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(plainPort),
    SMTP_SECURE: 'false',
    BOT_ADDRESS: 'contact@pickrtech.com',
    STAFF_EMAILS: 'staff@pickrtech.com',
    APPROVAL_SECRET: randomBytes(24).toString('hex'),
    ...extra,
  };
}

/** The text after FAIL on the line of `service`, or what the line said instead. */
function failLine(stdout: string, service: string): string {
  const line = stdout.split('\n').find((l) => l.startsWith(service.padEnd(9)));
  const m = /^\S+\s+FAIL {2}(.*)$/.exec(line ?? '');
  return m ? m[1]! : `no FAIL line for ${service}:\n${stdout}`;
}

describe('doctor says what to do', () => {
  it('connection refused: each service names its host and port settings', async () => {
    const [pg, redis, imap, smtp] = [await freePort(), await freePort(), await freePort(), await freePort()];
    const r = await runCli(['doctor'], env({
      DATABASE_URL: `postgres://postgres@127.0.0.1:${pg}/test`,
      REDIS_URL: `redis://127.0.0.1:${redis}`,
      IMAP_PORT: String(imap),
      SMTP_PORT: String(smtp),
    }));
    expect(r.code).toBe(1);
    expect(failLine(r.stdout, 'Postgres')).toBe(`nothing listens at 127.0.0.1:${pg} (ECONNREFUSED): check the host and port in DATABASE_URL, and that Postgres runs there`);
    expect(failLine(r.stdout, 'Redis')).toBe(`nothing listens at 127.0.0.1:${redis} (ECONNREFUSED): check the host and port in REDIS_URL, and that Redis runs there`);
    expect(failLine(r.stdout, 'IMAP')).toBe(`nothing listens at 127.0.0.1:${imap} (ECONNREFUSED): check IMAP_HOST and IMAP_PORT, and that the IMAP server runs there`);
    expect(failLine(r.stdout, 'SMTP')).toBe(`nothing listens at 127.0.0.1:${smtp} (ECONNREFUSED): check SMTP_HOST and SMTP_PORT, and that the SMTP server runs there`);
  });

  it('an unknown host: each service names its host setting', async () => {
    const r = await runCli(['doctor'], env({
      DATABASE_URL: 'postgres://postgres@nowhere.invalid:5432/test',
      REDIS_URL: 'redis://nowhere.invalid:6379',
      IMAP_HOST: 'nowhere.invalid',
      SMTP_HOST: 'nowhere.invalid',
    }));
    expect(r.code).toBe(1);
    expect(failLine(r.stdout, 'Postgres')).toBe('no host is named nowhere.invalid (ENOTFOUND): check the host in DATABASE_URL');
    expect(failLine(r.stdout, 'Redis')).toBe('no host is named nowhere.invalid (ENOTFOUND): check the host in REDIS_URL');
    expect(failLine(r.stdout, 'IMAP')).toBe('no host is named nowhere.invalid (ENOTFOUND): check IMAP_HOST');
    expect(failLine(r.stdout, 'SMTP')).toBe('no host is named nowhere.invalid (ENOTFOUND): check SMTP_HOST');
  });

  it('a TLS setting against a plain port names the setting to turn off', async () => {
    const r = await runCli(['doctor'], env({
      DATABASE_URL: `${db.url}?sslmode=require`,
      IMAP_PORT: String(plainPort),
      IMAP_SECURE: 'true',
      SMTP_SECURE: 'true',
    }));
    expect(r.code).toBe(1);
    expect(failLine(r.stdout, 'IMAP')).toBe(
      `127.0.0.1:${plainPort} answers without TLS, but IMAP_SECURE=true asks for TLS: set IMAP_SECURE=false, or IMAP_PORT to the server's TLS port (993)`,
    );
    expect(failLine(r.stdout, 'SMTP')).toBe(
      `127.0.0.1:${plainPort} offers no STARTTLS, but SMTP_SECURE=true asks for TLS: set SMTP_PORT to a port where the server offers TLS (465 or 587), ` +
        'or SMTP_SECURE=false if the connection never leaves a trusted network',
    );
    expect(failLine(r.stdout, 'Postgres')).toBe(
      "127.0.0.1:5432 answers without TLS, but sslmode in DATABASE_URL asks for TLS: remove sslmode from DATABASE_URL, or turn on ssl in the server's postgresql.conf",
    );
  });

  it('a database that does not exist: says to create it or correct DATABASE_URL', async () => {
    const r = await runCli(['doctor'], env({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/no_such_database' }));
    expect(r.code).toBe(1);
    expect(failLine(r.stdout, 'Postgres')).toBe(
      'database "no_such_database" does not exist on 127.0.0.1:5432: create it (createdb no_such_database) and run deletion-bot migrate, ' +
        'or correct the database name in DATABASE_URL',
    );
  });

  it('an SMTP login refused with 535: names SMTP_USER and SMTP_PASSWORD', async () => {
    const r = await runCli(['doctor'], env({ SMTP_USER: 'bot', SMTP_PASSWORD: 'wrong' }));
    expect(r.code).toBe(1);
    expect(failLine(r.stdout, 'SMTP')).toBe('the SMTP server refused the login (535 Authentication credentials invalid): check SMTP_USER and SMTP_PASSWORD');
  });

  it('a Redis that evicts keys fails, saying to set noeviction', async () => {
    const own: RedisServer = await startRedisServer();
    try {
      const admin = new Redis(own.url);
      await admin.config('SET', 'maxmemory-policy', 'volatile-lru');
      admin.disconnect();
      const r = await runCli(['doctor'], env({ REDIS_URL: own.url }));
      expect(r.code).toBe(1);
      expect(failLine(r.stdout, 'Redis')).toBe(
        `127.0.0.1:${own.port} evicts keys when full (maxmemory-policy volatile-lru), which loses queued work: ` +
          'set maxmemory-policy noeviction in its redis.conf (or CONFIG SET maxmemory-policy noeviction)',
      );
    } finally {
      await own.destroy();
    }
  });
});
