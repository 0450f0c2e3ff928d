import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotProcess } from '../../harness/bot-process.js';
import { freePort } from '../../harness/ports.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';
import { cleanupPrefix, uniquePrefix } from '../../harness/redis.js';
import { botEnv, startMailStack, type MailStack } from '../../harness/stack.js';

/** Bull Board at /admin/queues: behind basic auth with ADMIN_USER/ADMIN_PASSWORD, absent without them. */

let stack: MailStack;
let db: TestDatabase;
const prefix = uniquePrefix();
let guarded: BotProcess;
let open: BotProcess;
let guardedBase: string;
let openBase: string;

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

beforeAll(async () => {
  [stack, db] = await Promise.all([startMailStack(), createTestDatabase()]);
  const [p1, p2] = [await freePort(), await freePort()];
  guardedBase = `http://127.0.0.1:${p1}`;
  openBase = `http://127.0.0.1:${p2}`;
  const env = (port: number) => botEnv({ dovecot: stack.dovecot, relay: stack.relay, db, prefix, httpPort: port });
  guarded = await startBot({ ...env(p1), ADMIN_USER: 'ops', ADMIN_PASSWORD: 'board-secret' }, { args: ['--role', 'http'] });
  open = await startBot(env(p2), { args: ['--role', 'http'] });
});

afterAll(async () => {
  await guarded?.stop();
  await open?.stop();
  await cleanupPrefix(prefix);
  await db?.drop();
  await stack?.stop();
});

describe('/admin/queues', () => {
  it('asks for credentials without them, and refuses wrong ones', async () => {
    const none = await fetch(`${guardedBase}/admin/queues`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic realm="deletion-bot admin"/);
    expect((await fetch(`${guardedBase}/admin/queues`, { headers: { authorization: basic('ops', 'wrong') } })).status).toBe(401);
    expect((await fetch(`${guardedBase}/admin/queues`, { headers: { authorization: basic('root', 'board-secret') } })).status).toBe(401);
    expect((await fetch(`${guardedBase}/admin/queues/api/queues`)).status).toBe(401);
  });

  it('shows the board and the three queues with the right credentials', async () => {
    const auth = { authorization: basic('ops', 'board-secret') };
    const page = await fetch(`${guardedBase}/admin/queues`, { headers: auth });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    const api = await fetch(`${guardedBase}/admin/queues/api/queues`, { headers: auth });
    expect(api.status).toBe(200);
    const body = (await api.json()) as { queues: { name: string }[] };
    expect(body.queues.map((q) => q.name).sort()).toEqual(['inbound', 'mail', 'requests']);
  });

  it('is off (404) without ADMIN_USER and ADMIN_PASSWORD, while the rest of the HTTP server answers', async () => {
    expect((await fetch(`${openBase}/admin/queues`)).status).toBe(404);
    expect((await fetch(`${openBase}/admin/queues/api/queues`)).status).toBe(404);
    expect((await fetch(`${openBase}/healthz`)).status).toBe(200);
    const metrics = await (await fetch(`${openBase}/metrics`)).text();
    expect(metrics).toContain('deletion_bot_requests_overdue 0');
  });
});
