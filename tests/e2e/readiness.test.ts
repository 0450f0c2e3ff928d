import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotProcess } from '../../harness/bot-process.js';
import { freePort } from '../../harness/ports.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';
import { startRedisServer, type RedisServer } from '../../harness/redis-server.js';
import { uniquePrefix } from '../../harness/redis.js';
import { botEnv, startMailStack, type MailStack } from '../../harness/stack.js';
import { waitUntil } from '../../harness/system.js';

/** /readyz names the part that fails: the bot's own Redis goes away and comes back. */

let stack: MailStack;
let db: TestDatabase;
let redis: RedisServer;
let bot: BotProcess;
let base: string;

beforeAll(async () => {
  [stack, db, redis] = await Promise.all([startMailStack(), createTestDatabase(), startRedisServer()]);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const env = { ...botEnv({ dovecot: stack.dovecot, relay: stack.relay, db, prefix: uniquePrefix(), httpPort: port }), REDIS_URL: redis.url };
  bot = await startBot(env);
});

afterAll(async () => {
  await bot?.stop();
  await redis?.destroy();
  await db?.drop();
  await stack?.stop();
});

async function readiness(): Promise<{ status: number; body: { status: string; checks: Record<string, string> } }> {
  const r = await fetch(`${base}/readyz`);
  return { status: r.status, body: (await r.json()) as { status: string; checks: Record<string, string> } };
}

describe('/readyz', () => {
  it('answers 503 naming redis while Redis is down, and 200 once it is back', async () => {
    await waitUntil(async () => (await readiness()).status === 200, 'readyz to answer 200', 30_000);
    expect((await readiness()).body.checks).toEqual({ postgres: 'ok', redis: 'ok', mailbox: 'ok' });

    await redis.stop();
    const down = await readiness();
    expect(down.status).toBe(503);
    expect(down.body.status).toBe('not ready');
    expect(down.body.checks.redis).not.toBe('ok');
    expect(down.body.checks.postgres).toBe('ok');

    await redis.start();
    await waitUntil(async () => (await readiness()).status === 200, 'readyz to answer 200', 30_000);
    expect(await readiness()).toEqual({ status: 200, body: { status: 'ready', checks: { postgres: 'ok', redis: 'ok', mailbox: 'ok' } } });
  });
});
