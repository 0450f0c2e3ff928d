import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pool } from '../../src/db/pool.js';
import { handleStoredGroup } from '../../src/intake/handle-stored-group.js';
import { handleLoadedMessage } from '../../src/intake/handle-stored-message.js';
import { loadUnprocessedInbound } from '../../src/intake/handling-store.js';
import { sameThreadReader } from '../../src/intake/parse-pool.js';
import { storeInboundMany } from '../../src/poller/inbound-store.js';
import { advanceRequest } from '../../src/deletion/advance-request.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';
import { testBotContext, type TestBotContext } from '../support/bot-context.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import { handleOne } from './file-request-direct.js';

/**
 * The inbound job gets the mail the poller stored together, one mail or a hundred. The same
 * mails, in the same order, must leave the same rows whether they come one at a time or as
 * one group: the requests, their events, the mail written (outbox) and what each stored
 * message was recorded as. Two databases, the same mail in each: in the first each mail is
 * handled alone (the path a mail takes that may join, answer or repeat, with the single
 * insert), in the second as one group (runs of new requests written together).
 */

const fixture = useFeatureFixture({ seed: false });
let second: TestDatabase;
let oneByOne: TestBotContext;
let grouped: TestBotContext;
let uid = 0;

beforeAll(async () => {
  second = await createTestDatabase();
  oneByOne = fixture.context();
  grouped = testBotContext({ pool: second.pool, queues: fixture.queues });
});

afterAll(async () => {
  await second?.drop();
});

const AT = new Date('2026-11-28T09:00:00Z');

function mail(from: string, messageId: string, text: string, o: { subject?: string; headers?: string } = {}): Buffer {
  return Buffer.from(
    `From: ${from}\r\nTo: contact@pickrtech.com\r\nSubject: ${o.subject ?? 'Delete my Instagram data'}\r\nMessage-ID: <${messageId}>\r\n` +
      `${o.headers ?? ''}Date: Sat, 28 Nov 2026 09:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${text}\r\n`,
  );
}

const ask = (u: string) => `Please delete my Instagram data. My username is @${u}`;

/** Stores `raws` in both databases under the same UIDs; the ids of each, in order. */
async function storeBoth(raws: Buffer[]): Promise<[string[], string[]]> {
  const ms = raws.map((source) => ({ uid: ++uid, source, internalDate: AT }));
  const a = await storeInboundMany(oneByOne.pool, 'INBOX', 1, ms);
  const b = await storeInboundMany(grouped.pool, 'INBOX', 1, ms);
  return [a.map((id) => id!), b.map((id) => id!)];
}

/** Handles one stored mail alone, as the group does with a mail it does not put in a run. */
async function handleAlone(ctx: TestBotContext, id: string): Promise<string | null> {
  const [stored] = await loadUnprocessedInbound(ctx.pool, [id]);
  if (!stored?.raw) throw new Error(`mail ${id} is not stored or already handled`);
  const read = await sameThreadReader(ctx.settings).read(stored.raw);
  if ('unreadable' in read) throw new Error(`mail ${id} is unreadable`);
  return handleLoadedMessage(ctx, stored, read);
}

/** Runs every request step due, as the request worker would. */
async function advanceAll(ctx: TestBotContext): Promise<void> {
  const { rows } = await ctx.pool.query(`SELECT id FROM requests WHERE state = 'received' ORDER BY reference`);
  for (const r of rows) await advanceRequest(ctx, r.id);
}

/** Reference of the only request of `sender`'s mail; the same in both databases, read from the first. */
async function referenceOf(pool: Pool, sender: string): Promise<string> {
  const { rows } = await pool.query(`SELECT reference FROM requests WHERE sender_email = $1`, [sender]);
  expect(rows).toHaveLength(1);
  return rows[0].reference as string;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Every row the intake and request steps wrote, ids replaced by what they name (mail UID, request reference). */
async function rowsOf(pool: Pool): Promise<unknown> {
  const { rows: inbound } = await pool.query(
    `SELECT m.id, m.uid::int, m.kind, r.reference FROM inbound_messages m LEFT JOIN requests r ON r.id = m.request_id ORDER BY m.uid`);
  const { rows: requests } = await pool.query(
    `SELECT r.id, r.reference, r.state, r.instagram_username, r.sender_email, r.confirmation_email, r.confirmation_source,
            r.statement, r.thread_message_id, r.received_at, r.due_at, r.inventory, r.language, r.sender_auth, r.source,
            r.suggested_username, m.uid::int AS source_uid
       FROM requests r LEFT JOIN inbound_messages m ON m.id = r.source_message_id ORDER BY r.reference`);
  const { rows: events } = await pool.query(
    `SELECT r.reference, e.type, e.from_state, e.to_state, e.actor, e.detail
       FROM request_events e JOIN requests r ON r.id = e.request_id ORDER BY r.reference, e.id`);
  const { rows: outbox } = await pool.query(
    `SELECT r.reference, o.purpose, o.to_addresses, o.subject, o.text_body, o.in_reply_to, o.references_ids, o.state
       FROM outbox o LEFT JOIN requests r ON r.id = o.request_id`);
  const names = new Map<string, string>();
  for (const m of inbound) names.set(m.id, `mail ${m.uid}`);
  for (const r of requests) names.set(r.id, `request ${r.reference}`);
  const json = JSON.stringify({
    inbound: inbound.map(({ id: _, ...m }) => m),
    requests: requests.map(({ id: _, ...r }) => r),
    events,
    // Written in one transaction, their order is not kept: sorted by what they are.
    outbox: outbox.map((o) => JSON.stringify(o)).sort(),
  });
  // Request ids also sign the bot's Message-IDs and decision codes (HMACs): those are masked.
  return JSON.parse(json.replace(UUID, (id) => names.get(id) ?? 'uuid').replace(/[0-9a-f]{16,}/g, 'hmac'));
}

describe('the same mails, one at a time or as one group', () => {
  it('leave the same requests, events, outbox and records', async () => {
    // Before the group: a request awaiting approval (@four.x), and two waiting for their username.
    const [beforeA, beforeB] = await storeBoth([
      mail('frank@example.com', 'before-1@example.com', ask('four.x')),
      mail('ivy@example.com', 'before-2@example.com', 'Please delete all my Instagram data you hold.'),
      mail('judy@example.com', 'before-3@example.com', 'Please delete all my Instagram data you hold.'),
    ]);
    for (const id of beforeA) await handleOne(oneByOne, id);
    await handleStoredGroup(grouped, beforeB);
    await advanceAll(oneByOne);
    await advanceAll(grouped);
    const ivyRef = await referenceOf(oneByOne.pool, 'ivy@example.com');

    const [a, b] = await storeBoth([
      mail('alice@example.com', 'a1@example.com', ask('one.x')),
      mail('bob@example.com', 'b1@example.com', ask('two.x')),
      // The same account as Alice's: joins her request.
      mail('carol@example.com', 'c1@example.com', ask('one.x')),
      mail('robot@example.com', 'r1@example.com', 'I am out of the office until Monday.', { headers: 'Auto-Submitted: auto-replied\r\n' }),
      mail('news@example.org', 'n1@example.org', "Issue 1: scheduling tips and this week's release notes.", { subject: 'Scheduling tips #1' }),
      mail('dave@example.com', 'd1@example.com', ask('three.x')),
      // Alice's first mail again, with a trace header more: the same mail.
      mail('alice@example.com', 'a1@example.com', ask('one.x'), { headers: 'X-Retry: 1\r\n' }),
      mail('erin@example.com', 'e1@example.com', 'Please delete all my Instagram data you hold.'),
      // The account of the request opened before the group.
      mail('grace@example.com', 'g1@example.com', ask('four.x')),
      // Ivy answers the question in its thread with a name only.
      mail('ivy@example.com', 'i2@example.com', 'jess_k', { subject: `Re: Your request ${ivyRef}` }),
      // Judy writes anew, a complete request: it answers hers.
      mail('judy@example.com', 'j2@example.com', ask('judy.k')),
      // Someone else in Ivy's thread, with an account of their own: a request of its own.
      mail('mallory@example.com', 'm1@example.com', ask('six.x'), { subject: `Re: Your request ${ivyRef}` }),
      // A request that also asks to keep the account: staff decide.
      mail('zoe@example.com', 'z1@example.com', 'Hi, please delete my Instagram data, my handle is @zoe.maybe. But keep my account, I still use it.'),
      mail('Heidi <Heidi@Example.COM>', 'h1@example.com', ask('five.x')),
      // Heidi again, for another account, from the same address in other letters.
      mail('heidi@example.com', 'h2@example.com', ask('seven.x')),
    ]);
    for (const id of a) await handleAlone(oneByOne, id);
    await handleStoredGroup(grouped, b);

    const kinds = (await oneByOne.pool.query(`SELECT kind FROM inbound_messages WHERE id = ANY($1) ORDER BY uid`, [a])).rows.map((r) => r.kind);
    expect(kinds).toEqual([
      'deletion_request', 'deletion_request', 'duplicate_request', 'auto_reply', 'other', 'deletion_request', 'resent',
      'incomplete_request', 'duplicate_request', 'needs_info_answer', 'needs_info_answer', 'deletion_request', 'possible_request',
      'deletion_request', 'deletion_request',
    ]);
    expect(await rowsOf(grouped.pool)).toEqual(await rowsOf(oneByOne.pool));

    // And the request steps after them.
    await advanceAll(oneByOne);
    await advanceAll(grouped);
    expect(await rowsOf(grouped.pool)).toEqual(await rowsOf(oneByOne.pool));
  });

  it('finds a request waiting for its username by its sender whatever the case of the address it was stored with', async () => {
    const [a, b] = await storeBoth([mail('kim@example.com', 'k1@example.com', 'Please delete all my Instagram data you hold.')]);
    await handleOne(oneByOne, a[0]!);
    await handleStoredGroup(grouped, b);
    for (const ctx of [oneByOne, grouped]) {
      await advanceAll(ctx);
      // Written by hand, or by an earlier version that kept the address as the mail gave it.
      await ctx.pool.query(`UPDATE requests SET sender_email = 'Kim@Example.com' WHERE sender_email = 'kim@example.com'`);
    }
    const [a2, b2] = await storeBoth([mail('kim@example.com', 'k2@example.com', ask('kim.k'))]);
    expect(await handleOne(oneByOne, a2[0]!)).toBe('needs_info_answer');
    await handleStoredGroup(grouped, b2);
    for (const ctx of [oneByOne, grouped]) {
      const { rows } = await ctx.pool.query(`SELECT state, instagram_username FROM requests WHERE lower(sender_email) = 'kim@example.com'`);
      expect(rows).toEqual([{ state: 'received', instagram_username: 'kim.k' }]);
    }
    expect(await rowsOf(grouped.pool)).toEqual(await rowsOf(oneByOne.pool));
  });
});
