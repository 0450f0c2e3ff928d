import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startBot, type BotProcess } from '../../harness/bot-process.js';
import { freePort } from '../../harness/ports.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';
import { cleanupPrefix, uniquePrefix } from '../../harness/redis.js';

/** HTTP_HOST chooses the address the HTTP server listens on (default 0.0.0.0: every address). */

let db: TestDatabase;
let prefix: string;
let env: Record<string, string>;
let bot: BotProcess;

beforeAll(async () => {
  db = await createTestDatabase();
  prefix = uniquePrefix();
  env = { DATABASE_URL: db.url, REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', QUEUE_PREFIX: prefix };
  bot = await startBot({ ...env, HTTP_PORT: String(await freePort()), HTTP_HOST: '127.0.0.1' }, { anyAnswer: true });
});

afterAll(async () => {
  await bot?.stop();
  if (prefix) await cleanupPrefix(prefix);
  await db?.drop();
});

async function answers(url: string): Promise<boolean> {
  try {
    const r = await fetch(url, { signal: AbortSignal.timeout(5000) });
    await r.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

describe('HTTP_HOST', () => {
  it('127.0.0.1: answers there and not on another address of this machine (127.0.0.2), and the log says where', async () => {
    expect(await answers(`http://127.0.0.1:${bot.httpPort}/healthz`)).toBe(true);
    expect(await answers(`http://127.0.0.2:${bot.httpPort}/healthz`)).toBe(false);
    const started = bot.output.map((l) => { try { return JSON.parse(l) as Record<string, unknown>; } catch { return {}; } })
      .find((l) => l.port === bot.httpPort && 'host' in l);
    expect(started?.host).toBe('127.0.0.1');
  });

  it('an address that is not an IP address stops the start by name (exit 78)', async () => {
    const r = await runCli(['start'], { ...env, HTTP_PORT: String(await freePort()), HTTP_HOST: 'localhost' });
    expect(r.code).toBe(78);
    expect(r.stderr).toContain('HTTP_HOST must be an IP address such as 127.0.0.1 or 0.0.0.0');
  });

  it('an address this machine does not have: exits 1 with one line naming HTTP_HOST', async () => {
    const port = await freePort();
    const r = await runCli(['start'], { ...env, HTTP_PORT: String(port), HTTP_HOST: '192.0.2.1' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'deletion-bot: cannot start: 192.0.2.1 is no address of this machine (EADDRNOTAVAIL): set HTTP_HOST to one of its addresses, or 0.0.0.0 for all of them\n',
    );
  });
});
