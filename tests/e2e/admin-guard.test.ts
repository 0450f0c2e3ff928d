import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from '../../src/meta/signed-request.js';
import { createQueues, type Queues } from '../../src/queue/queues.js';
import { startBot, type BotProcess } from '../../harness/bot-process.js';
import { freePort } from '../../harness/ports.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';
import { cleanupPrefix, uniquePrefix } from '../../harness/redis.js';
import { botEnv } from '../../harness/stack.js';

/**
 * The admin board cannot be driven from another site with the browser's cached
 * credentials, its password cannot be guessed at network speed, and Meta's form
 * callbacks on the same server still work.
 */

const SECRET = 'meta-app-secret-used-in-this-test-0123';
const ATTEMPTS = 3;
let db: TestDatabase;
const prefix = uniquePrefix();
let bot: BotProcess;
let base: string;
let redis: Redis;
let queues: Queues;

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const RIGHT = basic('ops', 'board-secret');

beforeAll(async () => {
  db = await createTestDatabase();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const env = botEnv({ dovecot: { imapPort: 1, passwordFor: () => 'unused' }, relay: { port: 1 }, db, prefix, httpPort: port });
  bot = await startBot(
    {
      ...env, ADMIN_USER: 'ops', ADMIN_PASSWORD: 'board-secret', ADMIN_LOGIN_ATTEMPTS: String(ATTEMPTS),
      META_APP_SECRET: SECRET, PUBLIC_URL: 'https://privacy.pickrtech.example',
    },
    { args: ['--role', 'http'] },
  );
  redis = new Redis(env.REDIS_URL!, { maxRetriesPerRequest: null });
  queues = createQueues(redis, prefix);
});

afterAll(async () => {
  await bot?.stop();
  await queues?.close();
  redis?.disconnect();
  await cleanupPrefix(prefix);
  await db?.drop();
});

async function inboundJobs(): Promise<number> {
  const c = await queues.inbound.getJobCounts('waiting', 'prioritized', 'delayed', 'active');
  return Object.values(c).reduce((a, b) => a + b, 0);
}

const ADD = '/admin/queues/api/queues/inbound/add';

describe('the admin board against other sites', () => {
  it("refuses a cross-site form post to the add-job route, even with the browser's credentials, and adds no job", async () => {
    const crossSite = { authorization: RIGHT, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };
    const form = await fetch(`${base}${ADD}`, {
      method: 'POST',
      headers: { ...crossSite, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=evil&data=%7B%7D',
    });
    expect(form.status).toBe(403);
    expect(await form.text()).toMatch(/cross-site write to the admin board refused/);
    // A form can also send text/plain; an older browser may send no Sec-Fetch-Site.
    const plain = await fetch(`${base}${ADD}`, {
      method: 'POST',
      headers: { authorization: RIGHT, origin: 'https://evil.example', 'content-type': 'text/plain' },
      body: '{"name":"evil","data":{}}',
    });
    expect(plain.status).toBe(403);
    const noOrigin = await fetch(`${base}${ADD}`, {
      method: 'POST', headers: { authorization: RIGHT, 'content-type': 'text/plain' }, body: '{"name":"evil","data":{}}',
    });
    expect(noOrigin.status).toBe(415);
    expect(await inboundJobs()).toBe(0);

    // The board's own page, sending JSON, still adds a job.
    const own = await fetch(`${base}${ADD}`, {
      method: 'POST',
      headers: { authorization: RIGHT, origin: base, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'manual', data: {} }),
    });
    expect(own.status).toBe(200);
    expect(await inboundJobs()).toBe(1);
  });

  it("still answers Meta's signed_request form callbacks", async () => {
    const signed = signRequest({ algorithm: 'HMAC-SHA256', issued_at: Math.floor(Date.now() / 1000), user_id: '17849999999999999' }, SECRET);
    const res = await fetch(`${base}/meta/deauthorize`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ signed_request: signed }).toString(),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it(`refuses wrong logins of any length, and answers 429 to attempt ${ATTEMPTS + 1} from the same address`, async () => {
    const tries = [basic('ops', 'x'), basic('ops', 'a-much-longer-wrong-password-than-the-right-one'), basic('root', 'board-secret')];
    expect(tries).toHaveLength(ATTEMPTS);
    for (const auth of tries) expect((await fetch(`${base}/admin/queues`, { headers: { authorization: auth } })).status).toBe(401);
    const blocked = await fetch(`${base}/admin/queues`, { headers: { authorization: basic('ops', 'guess') } });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await blocked.text()).toMatch(/too many wrong admin logins from this address: try again in \d+ minutes/);
    // Until the window ends, the right password does not help a guesser either.
    expect((await fetch(`${base}/admin/queues`, { headers: { authorization: RIGHT } })).status).toBe(429);
    // The rest of the server answers as before.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
