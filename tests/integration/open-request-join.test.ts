import { beforeAll, describe, expect, it } from 'vitest';
import type { TestBotContext } from '../support/bot-context.js';
import { advanceRequest } from '../../src/deletion/advance-request.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import { storeOne } from '../support/stored-mail.js';
import type { TestDatabase } from '../../harness/postgres.js';
import { handleOne } from './file-request-direct.js';

/**
 * Several workers handle mail at once. Two mails for the same account must
 * still make one request, and the daily cap on automatic answers must hold
 * when several answers to one address are written at the same moment.
 */

const fixture = useFeatureFixture({ seed: false });
let db: TestDatabase;
let ctx: TestBotContext;
let uid = 0;

beforeAll(async () => {
  ({ db } = fixture);
  ctx = fixture.context({ env: { REPLY_RATE_LIMIT_PER_DAY: '2' } });
});

async function arrive(from: string, username: string): Promise<{ inboundId: string; messageId: string }> {
  uid += 1;
  const messageId = `req-${uid}@example.com`;
  const raw = Buffer.from(
    `From: <${from}>\r\nTo: contact@pickrtech.com\r\nSubject: Delete my Instagram data\r\n` +
      `Message-ID: <${messageId}>\r\nDate: Sat, 28 Nov 2026 09:00:00 +0000\r\n\r\n` +
      `Please delete my Instagram data. My username is @${username}\r\n`,
  );
  const inboundId = await storeOne(db.pool, 'INBOX', 1, { uid, source: raw, internalDate: new Date() });
  return { inboundId: inboundId!, messageId };
}

async function outboxTo(address: string, purpose: string): Promise<{ in_reply_to: string | null; request_id: string }[]> {
  const { rows } = await db.pool.query(
    `SELECT in_reply_to, request_id FROM outbox WHERE $1 = ANY(to_addresses) AND purpose = $2`, [address, purpose]);
  return rows;
}

describe('one open request per account, under concurrency', () => {
  const senders = ['alice', 'bob', 'carol', 'dave', 'erin', 'mallory'].map((n) => `${n}@example.com`);

  it('six mails for one account handled at once open one request; the others join it', async () => {
    const mails = await Promise.all(senders.map((s) => arrive(s, 'same.account')));
    const kinds = await Promise.all(mails.map((m) => handleOne(ctx, m.inboundId)));

    expect(kinds.filter((k) => k === 'deletion_request')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'duplicate_request')).toHaveLength(5);
    const { rows: requests } = await db.pool.query(`SELECT id, reference, sender_email FROM requests WHERE instagram_username = 'same.account'`);
    expect(requests).toHaveLength(1);
    const open = requests[0];

    // Every mail is linked to the one request; the join is on its timeline.
    const { rows: linked } = await db.pool.query(`SELECT request_id FROM inbound_messages WHERE id = ANY($1)`, [mails.map((m) => m.inboundId)]);
    expect(linked.map((r) => r.request_id)).toEqual(Array(6).fill(open.id));
    const { rows: joins } = await db.pool.query(`SELECT detail FROM request_events WHERE request_id = $1 AND type = 'duplicate_joined'`, [open.id]);
    expect(joins).toHaveLength(5);
    expect(joins.every((j) => j.detail.via === 'new_mail' && j.detail.sameSender === false)).toBe(true);

    // Each later sender is told the reference, in reply to their own mail; the first waits for its acknowledgment.
    for (const [i, s] of senders.entries()) {
      const notices = await outboxTo(s, 'duplicate_notice');
      if (s === open.sender_email) expect(notices).toEqual([]);
      else expect(notices).toEqual([{ in_reply_to: mails[i]!.messageId, request_id: open.id }]);
    }

    // Validation acknowledges the first sender and tells staff once.
    await advanceRequest(ctx, open.id);
    const { rows: staff } = await db.pool.query(`SELECT count(*)::int AS n FROM outbox WHERE purpose = 'staff_notification'`);
    expect(staff[0].n).toBe(1);
    expect(await outboxTo(open.sender_email, 'acknowledgment')).toHaveLength(1);
  });

  it('caps automatic answers to one address even when they are written at once', async () => {
    const from = 'flood@example.com';
    const mails = await Promise.all([1, 2, 3, 4, 5].map((n) => arrive(from, `flood.account${n}`)));
    for (const m of mails) await handleOne(ctx, m.inboundId);
    const { rows: requests } = await db.pool.query(`SELECT id FROM requests WHERE sender_email = $1`, [from]);
    expect(requests).toHaveLength(5);

    await Promise.all(requests.map((r) => advanceRequest(ctx, r.id)));

    expect(await outboxTo(from, 'acknowledgment')).toHaveLength(2);
    const { rows: withheld } = await db.pool.query(
      `SELECT detail FROM request_events WHERE request_id = ANY($1) AND type = 'mail_withheld'`, [requests.map((r) => r.id)]);
    expect(withheld.map((w) => w.detail)).toEqual(Array(3).fill({ purpose: 'acknowledgment', reason: 'rate_limit' }));
    // Staff still hear of every request.
    const { rows: staff } = await db.pool.query(
      `SELECT count(*)::int AS n FROM outbox WHERE purpose = 'staff_notification' AND request_id = ANY($1)`, [requests.map((r) => r.id)]);
    expect(staff[0].n).toBe(5);
  });

  it('counts only the last 24 hours', async () => {
    const from = 'flood@example.com';
    await db.pool.query(`UPDATE outbox SET created_at = created_at - interval '25 hours' WHERE $1 = ANY(to_addresses)`, [from]);
    const m = await arrive(from, 'flood.account6');
    await handleOne(ctx, m.inboundId);
    const { rows } = await db.pool.query(`SELECT id FROM requests WHERE instagram_username = 'flood.account6'`);
    await advanceRequest(ctx, rows[0].id);
    const { rows: acks } = await db.pool.query(
      `SELECT count(*)::int AS n FROM outbox WHERE $1 = ANY(to_addresses) AND purpose = 'acknowledgment' AND request_id = $2`, [from, rows[0].id]);
    expect(acks[0].n).toBe(1);
  });
});

describe('a request waiting for its username', () => {
  it('is completed by a later complete request from the same sender, even without threading', async () => {
    const from = 'no.thread@example.com';
    uid += 1;
    const first = await storeOne(db.pool, 'INBOX', 1, {
      uid,
      source: Buffer.from(
        `From: <${from}>\r\nTo: contact@pickrtech.com\r\nSubject: Delete my data\r\nMessage-ID: <first-${uid}@example.com>\r\n\r\n` +
          'Please delete all my Instagram data you hold.\r\n',
      ),
      internalDate: new Date(),
    });
    expect(await handleOne(ctx, first!)).toBe('incomplete_request');
    const { rows: [waiting] } = await db.pool.query(`SELECT id FROM requests WHERE sender_email = $1`, [from]);
    await advanceRequest(ctx, waiting.id);

    // A new mail, not a reply, now with the username; another sender's mail does not touch it.
    const stranger = await arrive('someone.else@example.com', 'not.theirs');
    expect(await handleOne(ctx, stranger.inboundId)).toBe('deletion_request');
    const again = await arrive(from, 'finally.named');
    expect(await handleOne(ctx, again.inboundId)).toBe('needs_info_answer');

    const { rows } = await db.pool.query(`SELECT id, state, instagram_username FROM requests WHERE sender_email = $1`, [from]);
    expect(rows).toEqual([{ id: waiting.id, state: 'received', instagram_username: 'finally.named' }]);
  });
});
