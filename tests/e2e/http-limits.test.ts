import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from '../../src/meta/signed-request.js';
import { startBot, type BotProcess } from '../../harness/bot-process.js';
import { freePort } from '../../harness/ports.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';
import { cleanupPrefix, uniquePrefix } from '../../harness/redis.js';
import { botEnv } from '../../harness/stack.js';

/**
 * The HTTP server cannot be held or starved: a client that sends its body slowly is cut
 * off, connections over the cap are refused while health and metrics still answer on the
 * metrics port, and a flood of /metrics scrapes leaves /readyz ready.
 */

const SECRET = 'meta-app-secret-used-in-this-test-0123';
const TOKEN = 'metrics-token-for-this-test-0123';
let db: TestDatabase;
const prefix = uniquePrefix();
let tight: BotProcess;
let capped: BotProcess;
let roomy: BotProcess;
let tightPort: number;
let roomyPort: number;
let cappedPort: number;
let metricsPort: number;
const sockets: Socket[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  // A year of requests and their audit trail, so that each scrape's counts cost what they do in production.
  await db.pool.query(
    `INSERT INTO requests (reference, state, received_at, due_at, completed_at)
     SELECT 'DR-2025-' || lpad(i::text, 5, '0'), 'completed', now() - i * interval '10 minutes', now() + interval '30 days', now()
       FROM generate_series(1, 30000) i`,
  );
  await db.pool.query(
    `INSERT INTO request_events (request_id, type, detail)
     SELECT r.id, CASE WHEN k = 1 THEN 'approval_refused' ELSE 'state_changed' END, '{"reason": "not_staff"}'
       FROM requests r, generate_series(1, 20) k`,
  );
  [tightPort, cappedPort, metricsPort, roomyPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
  // --role http reads no mail: the mail settings only need to be valid.
  const env = (port: number) =>
    botEnv({ dovecot: { imapPort: 1, passwordFor: () => 'unused' }, relay: { port: 1 }, db, prefix, httpPort: port });
  tight = await startBot(
    { ...env(tightPort), HTTP_REQUEST_TIMEOUT_SECONDS: '1', META_APP_SECRET: SECRET, PUBLIC_URL: 'https://privacy.pickrtech.example' },
    { args: ['--role', 'http'] },
  );
  capped = await startBot(
    { ...env(cappedPort), HTTP_MAX_CONNECTIONS: '4', METRICS_PORT: String(metricsPort), METRICS_BIND_ADDRESS: '127.0.0.1', METRICS_TOKEN: TOKEN },
    { args: ['--role', 'http'] },
  );
  // The scrape flood runs against the default limits: a one-second request timeout on a
  // loaded two-core machine answers some scrapes 408, as it should.
  roomy = await startBot(env(roomyPort), { args: ['--role', 'http'] });
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await tight?.stop();
  await capped?.stop();
  await roomy?.stop();
  await cleanupPrefix(prefix);
  await db?.drop();
});

function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect({ host: '127.0.0.1', port }, () => resolve(s));
    s.on('error', reject);
    sockets.push(s);
  });
}

/** Resolves with what the server sent once it closed the socket; rejects if it is still open after `ms`. */
function closedByServer(s: Socket, ms: number): Promise<string> {
  let got = '';
  s.on('data', (d: Buffer) => (got += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server left the connection open for ${ms} ms`)), ms);
    s.once('close', () => { clearTimeout(timer); resolve(got); });
  });
}

describe('HTTP limits', () => {
  it('cuts off a client that sends its request body one byte at a time', async () => {
    const s = await open(tightPort);
    const body = `signed_request=${signRequest({ algorithm: 'HMAC-SHA256', issued_at: Math.floor(Date.now() / 1000), user_id: '1' }, SECRET)}`;
    s.write(`POST /meta/deauthorize HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n`);
    let i = 0;
    const drip = setInterval(() => { if (!s.destroyed && i < body.length - 1) s.write(body[i++]!); }, 250);
    try {
      const answer = await closedByServer(s, 45_000);
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    } finally {
      clearInterval(drip);
    }
    // The server still serves everyone else.
    expect((await fetch(`http://127.0.0.1:${tightPort}/healthz`)).status).toBe(200);
  });

  it('refuses connections over HTTP_MAX_CONNECTIONS while the metrics port answers health, readiness and metrics', async () => {
    const held = await Promise.all([1, 2, 3, 4].map(() => open(cappedPort)));
    // Each held connection is really open: it answers a request and stays for the next.
    for (const s of held) s.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    const extra = await open(cappedPort);
    extra.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(await closedByServer(extra, 10_000)).toBe('');

    const ops = `http://127.0.0.1:${metricsPort}`;
    expect((await fetch(`${ops}/healthz`)).status).toBe(200);
    expect((await fetch(`${ops}/readyz`)).status).toBe(200);
    expect((await fetch(`${ops}/metrics`)).status).toBe(401);
    const scrape = await fetch(`${ops}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(scrape.status).toBe(200);
    expect(await scrape.text()).toContain('deletion_bot_requests_overdue 0');
    for (const s of held) s.destroy();
  });

  it('answers 200 concurrent /metrics scrapes while /readyz stays ready', async () => {
    const base = `http://127.0.0.1:${roomyPort}`;
    const scrapes = Array.from({ length: 200 }, () =>
      fetch(`${base}/metrics`).then(async (r) => { await r.text(); return r.status; }, () => 0));
    const ready = await fetch(`${base}/readyz`);
    const statuses = await Promise.all(scrapes);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect({ status: ready.status, body: await ready.json() }).toMatchObject({ status: 200, body: { status: 'ready' } });
  });
});
