import { createHmac } from 'node:crypto';
import Fastify from 'fastify';
import { Redis } from 'ioredis';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/http/metrics.js';
import { registerMetaRoutes } from '../../src/meta/meta-routes.js';
import { signRequest } from '../../src/meta/signed-request.js';
import { createQueues } from '../../src/queue/queues.js';
import { testBotContext } from '../support/bot-context.js';
import { runCli } from '../../harness/bot-process.js';
import { useBotStack } from '../support/bot-stack.js';
import { sendMail, waitForMail } from '../../harness/mail-user.js';
import { freePort } from '../../harness/ports.js';
import { waitUntil } from '../../harness/system.js';
import { stateOf } from './approval-helpers.js';
import { accountId, rowsOf, snapshot } from './integration-data.js';
import { CONTACT, isNotification, STAFF } from './mail-facts.js';

/**
 * Meta's channel over real HTTP against the running bot: the data-deletion callback opens
 * a request that staff approve by email, the status page follows it, deauthorize revokes
 * tokens at once, and forged or broken callbacks create nothing.
 */

const SECRET = 'meta-app-secret-used-in-this-test-0123';
const PUBLIC_URL = 'https://privacy.pickrtech.example';
const IDS = { sunny: '17841400000000001', bob: '17841400000000002', carol: '17841400000000003', unknown: '17849999999999999' };

const t = useBotStack({ seed: true, start: false });
let base: string;
beforeAll(async () => {
  Object.assign(t.env, { META_APP_SECRET: SECRET, PUBLIC_URL, HOUSEKEEPING_SECONDS: '3600' });
  await t.start();
  base = `http://127.0.0.1:${t.env.HTTP_PORT}`;
});

const nowS = () => Math.floor(Date.now() / 1000);
const signed = (userId: string, extra: Record<string, unknown> = {}) =>
  signRequest({ algorithm: 'HMAC-SHA256', issued_at: nowS(), user_id: userId, ...extra }, SECRET);

async function post(path: string, body: string, type = 'application/x-www-form-urlencoded') {
  const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': type }, body });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', text, json: safeJson(text) };
}
/** A signature over any payload text, JSON or not. */
const signRaw = (payloadPart: string) => `${createHmac('sha256', SECRET).update(payloadPart).digest('base64url')}.${payloadPart}`;
const form = (signedRequest: string) => new URLSearchParams({ signed_request: signedRequest }).toString();
function safeJson(text: string): Record<string, unknown> | null {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
}
async function count(sql: string, params: unknown[] = []): Promise<number> {
  return (await t.db.pool.query(sql, params)).rows[0].n as number;
}
async function refOfCode(code: string): Promise<string> {
  return (await t.db.pool.query(`SELECT reference FROM requests WHERE status_code = $1`, [code])).rows[0].reference as string;
}
async function statusPage(code: string) {
  const res = await fetch(`${base}/deletion-status?code=${encodeURIComponent(code)}`);
  return { status: res.status, type: res.headers.get('content-type') ?? '', referrer: res.headers.get('referrer-policy'), html: await res.text() };
}

describe("Meta's data-deletion callback", () => {
  let code: string;
  let ref: string;

  it('opens a request for the matched account and answers with the status link and code', async () => {
    const res = await post('/meta/data-deletion', form(signed(IDS.sunny)));
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^application\/json/);
    code = String(res.json?.confirmation_code);
    expect(code).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(res.json).toEqual({ url: `${PUBLIC_URL}/deletion-status?code=${code}`, confirmation_code: code });
    ref = await refOfCode(code);
    const { rows } = await t.db.pool.query(`SELECT source, meta_user_id, instagram_username FROM requests WHERE reference = $1`, [ref]);
    expect(rows).toEqual([{ source: 'meta', meta_user_id: IDS.sunny, instagram_username: 'sunny.days' }]);
  });

  it('joins the open request when the same user id is sent again', async () => {
    const again = await post('/meta/data-deletion', form(signed(IDS.sunny)));
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ url: `${PUBLIC_URL}/deletion-status?code=${code}`, confirmation_code: code });
    expect(await count(`SELECT count(*)::int AS n FROM requests WHERE meta_user_id = $1`, [IDS.sunny])).toBe(1);
  });

  it('tells staff it came from Meta with the account matched; their email reply approves; rows go; the page says completed', async () => {
    const sunny = (await accountId(t.db.pool, 'sunny.days'))!;
    const note = await waitForMail(t.stack.dovecot, STAFF, isNotification(ref));
    expect(note.text).toContain('Source:               Meta data-deletion callback');
    expect(note.text).toContain('Instagram account:    @sunny.days');
    expect(note.text).toMatch(/ig_access_tokens\s+delete\s+2/);
    expect((await statusPage(code)).html).toContain('Status: Under review');
    expect(rowsOf(await snapshot(t.db.pool), sunny)).toEqual({ ig_accounts: 1, ig_access_tokens: 2, ig_publishing_logs: 3, ig_error_logs: 2 });

    await sendMail(t.stack.relay, {
      from: STAFF, to: CONTACT, subject: `Re: ${note.subject}`, text: 'APPROVE\n',
      inReplyTo: note.messageId!, references: [note.messageId!],
    });
    await waitUntil(async () => (await stateOf(t.db.pool, ref)) === 'completed', `${ref} did not complete`, 30_000, 200);
    expect(rowsOf(await snapshot(t.db.pool), sunny)).toEqual({ ig_accounts: 0, ig_access_tokens: 0, ig_publishing_logs: 0, ig_error_logs: 0 });
    const { rows } = await t.db.pool.query(`SELECT detail FROM request_events e JOIN requests r ON r.id = e.request_id WHERE r.reference = $1 AND e.type = 'deleted'`, [ref]);
    expect(rows).toHaveLength(1);

    const page = await statusPage(code);
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/^text\/html/);
    expect(page.referrer).toBe('no-referrer');
    expect(page.html).toMatch(/Status: Completed on \d{4}-\d{2}-\d{2}/);
    expect(page.html).toContain('access tokens and authorization status');
    expect(page.html).toContain('publishing logs');
    expect(page.html).not.toMatch(/sunny|@|17841400000000001/i);
    // No mail to a requester: only staff mailboxes got anything about this request (the staff
    // notification, alerts, and the echo of the completed decision to the approver).
    const toRequester = await count(`SELECT count(*)::int AS n FROM outbox o JOIN requests r ON r.id = o.request_id WHERE r.reference = $1 AND o.purpose NOT LIKE 'staff%' AND o.purpose <> 'decision_echo'`, [ref]);
    expect(toRequester).toBe(0);
  });

  it('with no matching account tells staff so, and approving completes with "no data held"', async () => {
    const res = await post('/meta/data-deletion', form(signed(IDS.unknown)));
    expect(res.status).toBe(200);
    const unknownCode = String(res.json?.confirmation_code);
    const unknownRef = await refOfCode(unknownCode);
    const note = await waitForMail(t.stack.dovecot, STAFF, isNotification(unknownRef));
    expect(note.text).toContain('Instagram account:    none matched');
    expect(note.text).toContain('approving completes the request with "no data held"');
    const decided = await runCli(['approve', unknownRef, '--by', STAFF], t.env);
    expect(decided.code, decided.stderr).toBe(0);
    await waitUntil(async () => (await stateOf(t.db.pool, unknownRef)) === 'completed', `${unknownRef} did not complete`, 30_000, 200);
    expect((await statusPage(unknownCode)).html).toContain('We held no data about your account');
  });

  it('refuses tampered, stale, future, wrong-algorithm, unsigned, malformed and oversized callbacks with 400, creating nothing', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM requests`);
    const [sig, body] = signed(IDS.carol).split('.') as [string, string];
    const tamperedBody = Buffer.from(JSON.stringify({ algorithm: 'HMAC-SHA256', issued_at: nowS(), user_id: IDS.bob })).toString('base64url');
    const cases: [string, string, string?][] = [
      ['tampered', form(`${sig}.${tamperedBody}`)],
      ['wrong secret', form(signRequest({ algorithm: 'HMAC-SHA256', issued_at: nowS(), user_id: IDS.carol }, 'not-the-app-secret-0123456789'))],
      ['stale', form(signed(IDS.carol, { issued_at: nowS() - 2 * 86_400 }))],
      ['future', form(signed(IDS.carol, { issued_at: nowS() + 86_400 }))],
      ['wrong algorithm', form(signed(IDS.carol, { algorithm: 'HMAC-SHA1' }))],
      ['unsigned', form(body)],
      ['not JSON', form(signRaw(Buffer.from('nope').toString('base64url')))],
      ['missing field', 'other=1'],
      ['empty body', ''],
      ['JSON instead of a form', JSON.stringify({ signed_request: signed(IDS.carol) }), 'application/json'],
      ['oversized', form('a'.repeat(64 * 1024))],
    ];
    for (const [what, payload, type] of cases) {
      const res = await post('/meta/data-deletion', payload, type);
      expect(res.status, what).toBe(400);
      expect(res.type, what).toMatch(/^application\/json/);
      expect(typeof res.json?.error, what).toBe('string');
      expect(res.text, what).not.toMatch(/ at .*\.(ts|js):\d+/);
    }
    expect(await count(`SELECT count(*)::int AS n FROM requests`)).toBe(before);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/deletion_bot_meta_callbacks_total\{route="data_deletion",outcome="bad_signature"\} [1-9]/);
    expect(metrics).toMatch(/deletion_bot_meta_callbacks_total\{route="data_deletion",outcome="stale"\} 1/);
    expect(metrics).toMatch(/deletion_bot_meta_callbacks_total\{route="data_deletion",outcome="not_json"\} 1/);
  });
});

describe("Meta's deauthorize callback", () => {
  it('revokes the stored tokens of that user at once, records it, and opens no request', async () => {
    const bob = (await accountId(t.db.pool, 'bob_builds'))!;
    const requests = await count(`SELECT count(*)::int AS n FROM requests`);
    const res = await post('/meta/deauthorize', form(signed(IDS.bob)));
    expect(res.status).toBe(200);
    const { rows } = await t.db.pool.query(`SELECT DISTINCT authorization_status FROM ig_access_tokens WHERE account_id = $1`, [bob]);
    expect(rows).toEqual([{ authorization_status: 'revoked' }]);
    expect(await count(`SELECT count(*)::int AS n FROM requests`)).toBe(requests);
    expect(await count(`SELECT count(*)::int AS n FROM meta_callbacks WHERE kind = 'deauthorize' AND meta_user_id = $1 AND account_found`, [IDS.bob])).toBe(1);
    // Other accounts keep their tokens.
    expect(await count(`SELECT count(*)::int AS n FROM ig_access_tokens WHERE account_id <> $1 AND authorization_status = 'revoked'`, [bob])).toBe(0);
  });

  it('answers 200 for an unknown user id and records it; refuses a bad signature', async () => {
    expect((await post('/meta/deauthorize', form(signed(IDS.unknown)))).status).toBe(200);
    expect(await count(`SELECT count(*)::int AS n FROM meta_callbacks WHERE kind = 'deauthorize' AND meta_user_id = $1 AND NOT account_found`, [IDS.unknown])).toBe(1);
    const bad = await post('/meta/deauthorize', form(signRequest({ algorithm: 'HMAC-SHA256', issued_at: nowS(), user_id: IDS.carol }, 'x'.repeat(32))));
    expect(bad.status).toBe(400);
    expect(await count(`SELECT count(*)::int AS n FROM ig_access_tokens WHERE authorization_status = 'revoked'`)).toBe(2);
  });
});

describe('the status page and the CLI', () => {
  it('shows rejected with the reason and extended with the date and why; an unknown code is a plain 404', async () => {
    const res = await post('/meta/data-deletion', form(signed(IDS.carol)));
    const carolCode = String(res.json?.confirmation_code);
    const carolRef = await refOfCode(carolCode);
    await waitUntil(async () => (await stateOf(t.db.pool, carolRef)) === 'awaiting_approval', `${carolRef} not validated`, 30_000, 200);
    expect((await statusPage(carolCode)).html).toContain('Status: Under review');
    const extended = await runCli(['extend', carolRef, '--by', STAFF, '--reason', 'We are checking who manages this account'], t.env);
    expect(extended.code, extended.stderr).toBe(0);
    const ext = await statusPage(carolCode);
    expect(ext.html).toMatch(/The deadline was extended to \d{4}-\d{2}-\d{2}: We are checking who manages this account\./);
    const rejected = await runCli(['reject', carolRef, '--by', STAFF, '--reason', 'The account is managed by a business that asked us to keep it (@carol.cooks, owner carol@example.com)'], t.env);
    expect(rejected.code, rejected.stderr).toBe(0);
    const rej = await statusPage(carolCode);
    expect(rej.html).toContain('Status: Rejected');
    expect(rej.html).toContain('The account is managed by a business that asked us to keep it');
    expect(rej.html).not.toMatch(/carol|@/i);
    expect(rej.html).toContain('[purged username]');

    for (const bad of ['nope', 'A'.repeat(24), '<script>']) {
      const page = await statusPage(bad);
      expect(page.status, bad).toBe(404);
      expect(page.html).toContain('Request not found');
      expect(page.html).not.toMatch(/Error|stack| at /);
    }
    const missing = await fetch(`${base}/deletion-status`);
    expect(missing.status).toBe(404);
  });

  it('requests list and show name the source', async () => {
    const list = await runCli(['requests', 'list'], t.env);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout.split('\n')[0]).toMatch(/SOURCE/);
    expect(list.stdout).toMatch(/DR-\d{4}-\d{5}\s+completed\s+meta\s/);
    const json = await runCli(['requests', 'list', '--json'], t.env);
    const first = JSON.parse(json.stdout.trim().split('\n')[0]!) as Record<string, unknown>;
    expect(first.source).toBe('meta');
    const ref = (await t.db.pool.query(`SELECT reference FROM requests WHERE meta_user_id = $1`, [IDS.sunny])).rows[0].reference as string;
    const show = await runCli(['requests', 'show', ref], t.env);
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout).toContain('Source:                Meta data-deletion callback');
  });
});

describe('without META_APP_SECRET', () => {
  it('answers 404 on both callback routes', async () => {
    const app = Fastify();
    const metrics = createMetrics();
    // A whole context, as the bot hands in: without the secret the routes are still absent.
    const redis = new Redis(t.env.REDIS_URL!, { maxRetriesPerRequest: null });
    const queues = createQueues(redis, t.prefix);
    registerMetaRoutes(app, testBotContext({ pool: t.db.pool, queues }), { META_SIGNED_REQUEST_MAX_AGE_S: 86_400 }, metrics);
    const port = await freePort();
    await app.listen({ port, host: '127.0.0.1' });
    try {
      for (const path of ['/meta/data-deletion', '/meta/deauthorize']) {
        const res = await fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form(signed(IDS.sunny)) });
        expect(res.status, path).toBe(404);
      }
    } finally {
      await app.close();
      await queues.close();
      redis.disconnect();
    }
  });
});
