import { beforeAll, describe, expect, it } from 'vitest';
import { notificationMessageId } from '../../src/approval/approval-token.js';
import type { Queues } from '../../src/queue/queues.js';
import { requestsForSameAccount, requestsForUsername } from '../../src/retention/handled-before.js';
import { purgeExpired } from '../../src/retention/purge-expired.js';
import { usernameHash } from '../../src/retention/username-hash.js';
import { getRequest } from '../../src/requests/request-store.js';
import { testBotContext, type TestBotContext } from '../support/bot-context.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import type { TestDatabase } from '../../harness/postgres.js';
import { decideDirect, deliver, fileRequestDirect, rawMail, sendAllPending } from './file-request-direct.js';

/**
 * The retention purge, shown by moving the injected clock: after
 * RETENTION_DAYS (30) from completion or rejection the bot's copy of the
 * personal data is gone from every table it keeps, and the minimal record
 * remains; not a day before.
 */

const DAY = 86_400_000;
const T0 = new Date('2026-11-02T09:00:00Z');
const at = (days: number, hours = 0) => new Date(T0.getTime() + days * DAY + hours * 3_600_000);

const fixture = useFeatureFixture({ seed: true });
let db: TestDatabase;
let queues: Queues;
let clock = T0;
let ctx: TestBotContext;

// The personal values of each request: none may survive the purge anywhere.
const ALICE = { from: 'alice@example.com', confirm: 'alice.confirm@example.net', username: 'sunny.days' };
const BOB = { from: 'bob@example.org', username: 'bob_builds' };
const MALLORY = 'mallory@evil.example';
const CAROL = { from: 'carol@example.net', username: 'carol.cooks' };
const DAN = 'dan.asks@example.com';

let alice: string;
let bob: string;
let carol: string;
let danMessage: string;

beforeAll(async () => {
  ({ db, queues } = fixture);
  ctx = fixture.context({ now: () => clock });

  // Alice asks; a stranger tries to approve her request; staff approve; the data is deleted (day 1).
  alice = await fileRequestDirect(ctx, { from: ALICE.from, username: ALICE.username, at: T0, extra: `Please confirm to ${ALICE.confirm}` });
  await deliver(ctx, rawMail({
    from: MALLORY, subject: 'Re: approve', text: 'APPROVE', messageId: 'forged-1@evil.example',
    inReplyTo: notificationMessageId(ctx.settings.approvalSecret, alice, ctx.settings.botDomain),
  }), at(0, 2));
  clock = at(1);
  await decideDirect(ctx, alice, { action: 'approve' });
  await sendAllPending(ctx, alice);

  // Bob's request is rejected with a reason that names him (day 1).
  clock = T0;
  bob = await fileRequestDirect(ctx, { from: BOB.from, username: BOB.username, at: T0 });
  clock = at(1);
  await decideDirect(ctx, bob, { action: 'reject', reason: `@${BOB.username} is not managed by ${BOB.from}` });

  // Carol's request stays open; Dan's mail is ordinary mail, not a request.
  clock = T0;
  carol = await fileRequestDirect(ctx, { from: CAROL.from, username: CAROL.username, at: T0 });
  danMessage = (await deliver(ctx, rawMail({
    from: DAN, subject: 'Opening hours', text: 'Hello, when is your shop open? Regards, Dan', messageId: 'hours-1@example.com',
  }), T0)).inboundId;
  expect((await getRequest(db.pool, alice))!.state).toBe('completed');
  expect((await getRequest(db.pool, bob))!.state).toBe('rejected');
});

/** Every row of every table the bot keeps (not PickrTech's Instagram tables), as text, bytea decoded. */
async function botTablesText(): Promise<string> {
  const { rows: tables } = await db.pool.query(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'deletion_bot' AND table_type = 'BASE TABLE'
        AND table_name NOT LIKE 'ig\\_%' AND table_name <> 'schema_migrations'`,
  );
  expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['requests', 'request_events', 'outbox', 'inbound_messages']));
  const parts: string[] = [];
  for (const { table_name: t } of tables) {
    const { rows } = await db.pool.query(`SELECT row_to_json(x)::text AS j FROM "${t}" x`);
    for (const r of rows) {
      parts.push(r.j.replace(/"\\\\x([0-9a-f]*)"/g, (_: string, hex: string) => JSON.stringify(Buffer.from(hex, 'hex').toString('latin1'))));
    }
  }
  return parts.join('\n').toLowerCase();
}

async function rawLeft(requestId: string): Promise<number> {
  const { rows } = await db.pool.query(
    `SELECT count(*)::int AS n FROM inbound_messages WHERE raw IS NOT NULL AND request_id = $1`, [requestId]);
  return rows[0].n;
}

async function pass(now: Date) {
  clock = now;
  return purgeExpired(ctx);
}

describe('retention purge', () => {
  it('keeps everything before RETENTION_DAYS (30) have passed', async () => {
    expect(await pass(at(29))).toEqual({ requests: 0, waitingForMail: 0, otherMessages: 0 });
    const text = await botTablesText();
    for (const v of [ALICE.username, ALICE.from, ALICE.confirm, MALLORY, BOB.from, BOB.username, DAN]) expect(text).toContain(v);
    expect(await rawLeft(alice)).toBe(2);
  });

  it('empties ordinary mail older than RETENTION_DAYS, before any request is due', async () => {
    // Day 30.5: Dan's mail (day 0) is 30 days old; Alice's and Bob's requests ended on day 1.
    expect(await pass(at(30, 12))).toEqual({ requests: 0, waitingForMail: 0, otherMessages: 1 });
    const { rows } = await db.pool.query(`SELECT raw, kind, content_sha256 FROM inbound_messages WHERE id = $1`, [danMessage]);
    expect(rows[0].raw).toBeNull();
    expect(rows[0].content_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await rawLeft(alice)).toBe(2);
  });

  it('waits for a mail not yet sent, then purges both ended requests on day 31', async () => {
    const first = await pass(at(31, 1));
    // Bob's rejection mail is still pending: his request waits for it.
    expect(first).toEqual({ requests: 1, waitingForMail: 1, otherMessages: 0 });
    expect((await getRequest(db.pool, alice))!.purgedAt).not.toBeNull();
    expect((await getRequest(db.pool, bob))!.purgedAt).toBeNull();
    await sendAllPending(ctx, bob);
    expect(await pass(at(31, 2))).toEqual({ requests: 1, waitingForMail: 0, otherMessages: 0 });
  });

  it('leaves no username or address of a purged request anywhere in the bot\'s tables', async () => {
    const text = await botTablesText();
    for (const v of [ALICE.username, ALICE.from, ALICE.confirm, MALLORY, BOB.from, BOB.username, DAN]) {
      expect(text, `${v} is still stored`).not.toContain(v);
    }
    // The open request keeps its data: the purge touched only what had ended.
    expect(text).toContain(CAROL.username);
    expect(text).toContain(CAROL.from);
    expect(await rawLeft(carol)).toBe(1);
    expect(await rawLeft(alice)).toBe(0);
    const { rows: mails } = await db.pool.query(
      `SELECT purpose, to_addresses, subject, text_body, html_body, in_reply_to, references_ids, state FROM outbox WHERE request_id = $1 ORDER BY created_at`, [alice]);
    expect(mails.map((m) => m.purpose)).toEqual(expect.arrayContaining(['acknowledgment', 'staff_notification', 'staff_alert', 'completion']));
    for (const m of mails) {
      expect(m).toMatchObject({ to_addresses: [], subject: '', text_body: '', html_body: null, in_reply_to: null, references_ids: [], state: 'sent' });
    }
  });

  it('keeps the minimal record: reference, dates, decision, who decided, counts, and the keyed username hash', async () => {
    const a = (await getRequest(db.pool, alice))!;
    expect(a).toMatchObject({
      state: 'completed', instagramUsername: null, senderEmail: null, confirmationEmail: null, statement: null, threadMessageId: null,
      decidedBy: 'staff@pickrtech.com', usernameHash: usernameHash(ctx.settings.approvalSecret, ALICE.username),
    });
    expect(a.reference).toMatch(/^DR-2026-\d{5}$/);
    expect(a.receivedAt).toEqual(T0);
    expect(a.decidedAt).toEqual(at(1));
    expect(a.completedAt).toEqual(at(1));
    expect(a.purgedAt).toEqual(at(31, 1));
    const counts = a.deletedCounts as { lines: { table: string; rows: number }[] };
    expect(counts.lines.reduce((n, l) => n + l.rows, 0)).toBeGreaterThan(0);
    expect(counts.lines.map((l) => l.table)).toContain('ig_access_tokens');

    const b = (await getRequest(db.pool, bob))!;
    expect(b).toMatchObject({ state: 'rejected', decidedBy: 'staff@pickrtech.com', instagramUsername: null, senderEmail: null });
    expect(b.decisionReason).toBe('[purged username] is not managed by [purged address]');

    const { rows: ev } = await db.pool.query(`SELECT type, actor, detail FROM request_events WHERE request_id = $1 ORDER BY id`, [alice]);
    const types = ev.map((e) => e.type);
    expect(types[0]).toBe('received');
    expect(types).toEqual(expect.arrayContaining(['awaiting_approval', 'approval_refused', 'approved', 'deleted', 'purged']));
    expect(ev.find((e) => e.type === 'approval_refused')!.actor).toBe('non-staff sender');
    expect(ev.find((e) => e.type === 'approved')!.actor).toBe('staff@pickrtech.com');
    expect(ev.find((e) => e.type === 'purged')!.detail).toMatchObject({ rawMessages: 2, retentionDays: 30, usernameHashKept: true });
  });

  it('does nothing more on later passes', async () => {
    const before = await botTablesText();
    expect(await pass(at(60))).toEqual({ requests: 0, waitingForMail: 0, otherMessages: 0 });
    expect(await botTablesText()).toBe(before);
    const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM request_events WHERE type = 'purged'`);
    expect(rows[0].n).toBe(2);
  });

  it('purges what reaches a purged request later: a late reply, its sender, the alert naming them', async () => {
    const late = 'late.mallory@evil.example';
    await deliver(ctx, rawMail({
      from: late, subject: 'Re: approve', text: 'APPROVE', messageId: 'forged-2@evil.example',
      inReplyTo: notificationMessageId(ctx.settings.approvalSecret, alice, ctx.settings.botDomain),
    }), at(61));
    expect(await botTablesText()).toContain(late);
    // The alert to staff is still to be sent: it goes out whole first.
    expect(await pass(at(61, 1))).toMatchObject({ requests: 0, waitingForMail: 1 });
    await sendAllPending(ctx, alice);
    expect(await pass(at(61, 2))).toEqual({ requests: 1, waitingForMail: 0, otherMessages: 0 });
    expect(await botTablesText()).not.toContain(late);
    expect(await rawLeft(alice)).toBe(0);
    const { rows } = await db.pool.query(
      `SELECT actor, detail FROM request_events WHERE request_id = $1 AND type IN ('approval_refused', 'purged') ORDER BY id`, [alice]);
    expect(rows.map((r) => r.actor)).toEqual(['non-staff sender', 'bot', 'non-staff sender', 'bot']);
    expect(rows[3].detail).toMatchObject({ afterPurge: true, rawMessages: 1 });
    expect(await pass(at(62))).toEqual({ requests: 0, waitingForMail: 0, otherMessages: 0 });
  });

  it('recognises a repeat request for a purged username by its keyed hash', async () => {
    expect(await requestsForUsername(db.pool, ctx.settings.approvalSecret, '@Sunny.Days')).toEqual([
      expect.objectContaining({ reference: (await getRequest(db.pool, alice))!.reference, state: 'completed', purged: true }),
    ]);
    clock = at(70);
    const again = await fileRequestDirect(ctx, { from: 'alice.new@example.com', username: ALICE.username, at: at(70) });
    const same = await requestsForSameAccount(db.pool, ctx.settings.approvalSecret, (await getRequest(db.pool, again))!);
    expect(same.map((s) => s.reference)).toEqual([(await getRequest(db.pool, alice))!.reference]);
    // Another secret cannot tell: the hash is keyed.
    expect(await requestsForUsername(db.pool, 'x'.repeat(40), 'no.such.user')).toEqual([]);
  });

  it('honours another RETENTION_DAYS', async () => {
    const longer = testBotContext({ pool: db.pool, queues, now: () => clock, env: { RETENTION_DAYS: '90' } });
    clock = at(70);
    await decideDirect(longer, carol, { action: 'reject', reason: 'test' });
    await sendAllPending(longer, carol);
    clock = at(70 + 89);
    expect((await purgeExpired(longer)).requests).toBe(0);
    clock = at(70 + 90);
    expect((await purgeExpired(longer)).requests).toBe(1);
    expect((await getRequest(db.pool, carol))!.purgedAt).toEqual(at(160));
  });
});
