import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestBotContext } from '../support/bot-context.js';
import { actionCode } from '../../src/approval/action-code.js';
import { notificationMessageId, triageMessageId } from '../../src/approval/approval-token.js';
import { inTransaction } from '../../src/db/pool.js';
import { markProcessed } from '../../src/intake/handling-store.js';
import { loadUnhandled, storeOne } from '../support/stored-mail.js';
import { readMail } from '../../src/mail-in/read-mail.js';
import { advanceRequest } from '../../src/deletion/advance-request.js';
import { dueDate } from '../../src/requests/due-date.js';
import { getRequest } from '../../src/requests/request-store.js';
import { purgeExpired } from '../../src/retention/purge-expired.js';
import { decideTriage } from '../../src/triage/decide-triage.js';
import { openTriage } from '../../src/triage/open-triage.js';
import type { Evidence } from '../../src/understanding/evidence.js';
import type { LanguageCode } from '../../src/understanding/language.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import { deliver, fileRequestDirect, sendAllPending } from './file-request-direct.js';

/**
 * A possible request kept for triage and staff's answers to it, against the real Postgres:
 * the mail is stored as the poller stores it, opened by openTriage as the router does for
 * kind `possible_request`, and staff's replies are handled as every stored mail is.
 */

const fixture = useFeatureFixture({ seed: true });
let ctx: TestBotContext;
let dmarcCtx: TestBotContext;
const at = new Date('2026-11-20T09:00:00Z');
const STAFF = 'staff@pickrtech.com';
let uid = 500_000;

beforeAll(() => {
  // This file opens more possible requests within the hour than the cap of triage notices (triage-alert-cap.ts).
  ctx = fixture.context({ env: { REFUSAL_ALERTS_PER_HOUR: '1000' }, now: () => new Date('2026-11-21T12:00:00Z') });
  dmarcCtx = fixture.context({ env: { TRUSTED_AUTHSERV_ID: 'mx.pickrtech.com', REFUSAL_ALERTS_PER_HOUR: '1000' }, now: () => new Date('2026-11-21T12:00:00Z') });
});

function raw(m: { from: string; subject: string; text: string; messageId?: string; inReplyTo?: string; headers?: string; date?: Date }): Buffer {
  return Buffer.from(
    (m.headers ?? '') +
      `From: ${m.from}\r\nTo: contact@pickrtech.com\r\nSubject: ${m.subject}\r\nMessage-ID: <${m.messageId ?? `${randomUUID()}@example.com`}>\r\n` +
      (m.inReplyTo ? `In-Reply-To: <${m.inReplyTo}>\r\nReferences: <${m.inReplyTo}>\r\n` : '') +
      `Date: ${(m.date ?? at).toUTCString()}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${m.text}\r\n`,
  );
}

const EVIDENCE: Evidence = {
  kind: { rule: 'wish.subject', confidence: 'low' },
  username: { rule: 'username.stray-mention', confidence: 'low' },
  confirmation: { rule: 'confirmation.sender', confidence: 'high' },
  language: { rule: 'language.words', confidence: 'high' },
  confidence: 'low',
};

/** Stores a mail received at `at` and opens it for triage, as the router does for a possible request. */
async function possible(c: TestBotContext, p: { from: string; suggested?: string | null; text?: string; language?: LanguageCode | null; messageId?: string }) {
  uid += 1;
  const messageId = p.messageId ?? `maybe-${randomUUID()}@example.com`;
  const source = raw({ from: p.from, subject: 'Instagram', messageId, text: p.text ?? 'Hallo, bitte alles von @jess_k weg. Danke' });
  const inboundId = (await storeOne(c.pool, c.settings.mailbox, 1, { uid, source, internalDate: at }))!;
  const stored = await loadUnhandled(c.pool, inboundId);
  const mail = await readMail(source);
  return inTransaction(c.pool, async (tx) => {
    const opened = await openTriage(tx, c, stored, mail, {
      kind: 'possible_request', instagramUsername: p.suggested === undefined ? 'jess_k' : p.suggested,
      confirmationEmail: p.from, confirmationSource: 'sender', statement: 'bitte alles von @jess_k weg', missing: [],
      language: p.language === undefined ? 'de' : p.language,
    }, EVIDENCE);
    await markProcessed(tx, inboundId, opened.kind, opened.requestId);
    return { ...opened, id: opened.requestId!, messageId, inboundId };
  });
}

async function mails(requestId: string, purpose?: string) {
  const { rows } = await fixture.db.pool.query(
    `SELECT purpose, to_addresses, subject, text_body, message_id, in_reply_to FROM outbox
      WHERE request_id = $1 AND ($2::text IS NULL OR purpose = $2) ORDER BY created_at, id`,
    [requestId, purpose ?? null],
  );
  return rows as { purpose: string; to_addresses: string[]; subject: string; text_body: string; message_id: string; in_reply_to: string | null }[];
}

async function events(requestId: string) {
  const { rows } = await fixture.db.pool.query(`SELECT type, from_state, to_state, actor, detail FROM request_events WHERE request_id = $1 ORDER BY id`, [requestId]);
  return rows as { type: string; from_state: string | null; to_state: string | null; actor: string | null; detail: Record<string, unknown> }[];
}

const state = async (id: string) => (await getRequest(fixture.db.pool, id))!.state;
const reference = async (id: string) => (await getRequest(fixture.db.pool, id))!.reference;

/** A reply to the triage notification of `id`, handled as intake handles every stored mail. */
async function replyToTriage(c: TestBotContext, id: string, text: string, from = STAFF, headers = '') {
  return deliver(c, raw({ from, subject: `Re: [${await reference(id)}] Possible deletion request`, text, headers, inReplyTo: triageMessageId(c.settings.approvalSecret, id, c.settings.botDomain) }), at);
}

describe('openTriage', () => {
  it('keeps the mail as a request in triage and asks staff, with what it read, why it doubts, the words and how to answer; the requester gets nothing', async () => {
    const long = `Hallo, bitte alles von @jess_k weg.\n${'Sehr viel Text. '.repeat(300)}ENDE-DES-MAILS`;
    const t = await possible(ctx, { from: 'jess@example.de', text: long });
    expect(t.kind).toBe('possible_request');

    const r = (await getRequest(fixture.db.pool, t.id))!;
    expect(r).toMatchObject({
      state: 'triage', instagramUsername: null, suggestedUsername: 'jess_k', senderEmail: 'jess@example.de',
      confirmationEmail: 'jess@example.de', confirmationSource: 'sender', language: 'de', threadMessageId: t.messageId,
      receivedAt: at, dueAt: dueDate(at, ctx.settings.slaDays),
    });
    expect(r.reference).toMatch(/^DR-2026-\d{5}$/);
    expect(await events(t.id)).toEqual([
      expect.objectContaining({ type: 'triage', to_state: 'triage', actor: 'intake', detail: { evidence: EVIDENCE } }),
    ]);

    const out = await mails(t.id);
    expect(out.map((m) => [m.purpose, m.to_addresses])).toEqual([['staff_triage', [STAFF]]]);
    const note = out[0]!;
    expect(note.message_id).toBe(triageMessageId(ctx.settings.approvalSecret, t.id, ctx.settings.botDomain));
    expect(note.subject).toBe(`[${r.reference}] Possible deletion request: is it one?`);
    expect(note.text_body).toContain('nothing has been sent to the sender');
    expect(note.text_body).toContain('Instagram username:   @jess_k');
    expect(note.text_body).toContain("Confirmation address: jess@example.de (the sender's address (no other was given))");
    expect(note.text_body).toContain('Language:             de');
    expect(note.text_body).toContain('the wish to delete: the subject asks for deletion and the body does not contradict it (low confidence)');
    expect(note.text_body).toContain('the Instagram username: an @mention with no account word near it (low confidence)');
    expect(note.text_body).toContain('  | Hallo, bitte alles von @jess_k weg.');
    expect(note.text_body).not.toContain('ENDE-DES-MAILS');
    expect(note.text_body).toMatch(/\[\d+ more characters not shown; the whole mail is in the mailbox\]/);
    expect(note.text_body).toContain('  REQUEST @jess_k ');
    expect(note.text_body).toContain(`  REQUEST ${actionCode(ctx.settings.approvalSecret, t.id, r.reference, 'request')} @jess_k`);
    expect(note.text_body).toContain(`  IGNORE ${actionCode(ctx.settings.approvalSecret, t.id, r.reference, 'ignore')}`);
  });

  it('says when the suggested account already has an open request', async () => {
    const open = await fileRequestDirect(ctx, { from: 'first@example.com', username: 'known_one', at });
    const t = await possible(ctx, { from: 'second@example.com', suggested: 'known_one' });
    const [note] = await mails(t.id, 'staff_triage');
    expect(note!.text_body).toContain(`An open request for @known_one already exists (${await reference(open)}): REQUEST @known_one adds this mail to it.`);
  });
});

describe('staff answer a possible request by replying', () => {
  it('REQUEST @x opens it for @x: the requester is acknowledged in their language, staff are asked to approve, and APPROVE completes it', async () => {
    const t = await possible(ctx, { from: 'anna@example.de', suggested: 'jess_k' });
    // Staff correct the handle the reader suggested.
    expect((await replyToTriage(ctx, t.id, 'REQUEST @Jess.Kitchen\n\nThanks, Maria')).kind).toBe('staff_reply');
    const r = (await getRequest(fixture.db.pool, t.id))!;
    expect(r).toMatchObject({ state: 'received', instagramUsername: 'jess.kitchen' });
    expect((await events(t.id)).at(-1)).toMatchObject({ type: 'triage_request', from_state: 'triage', to_state: 'received', actor: STAFF });

    await advanceRequest(ctx, t.id);
    expect(await state(t.id)).toBe('awaiting_approval');
    const [ack] = await mails(t.id, 'acknowledgment');
    expect(ack).toMatchObject({ to_addresses: ['anna@example.de'], in_reply_to: t.messageId });
    expect(ack!.subject).toContain('Wir haben Ihre Löschanfrage erhalten');
    expect(ack!.text_body).toContain('zum Instagram-Konto @jess.kitchen');
    const [note] = await mails(t.id, 'staff_notification');
    expect(note!.text_body).toContain('Instagram username:   @jess.kitchen');

    await deliver(ctx, raw({ from: STAFF, subject: 'Re: waiting', text: 'APPROVE', inReplyTo: notificationMessageId(ctx.settings.approvalSecret, t.id, ctx.settings.botDomain) }), at);
    expect(await state(t.id)).toBe('approved');
    await advanceRequest(ctx, t.id);
    expect(await state(t.id)).toBe('completed');
    expect((await mails(t.id, 'completion'))[0]!.to_addresses).toEqual(['anna@example.de']);
  });

  it('REQUEST without a handle asks the requester for the username, in their thread', async () => {
    const t = await possible(ctx, { from: 'ben@example.com', suggested: null, language: 'en' });
    await replyToTriage(ctx, t.id, 'request');
    expect(await state(t.id)).toBe('needs_info');
    const asked = await mails(t.id, 'needs_info');
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ to_addresses: ['ben@example.com'], in_reply_to: t.messageId });
    expect(asked[0]!.text_body).toContain('we could not find your Instagram username');
  });

  it('IGNORE closes it for good: recorded, nothing sent to the requester, one line back to staff', async () => {
    const t = await possible(ctx, { from: 'carl@example.com' });
    await replyToTriage(ctx, t.id, 'IGNORE');
    const r = (await getRequest(fixture.db.pool, t.id))!;
    expect(r).toMatchObject({ state: 'ignored', decidedBy: STAFF, instagramUsername: null });
    expect((await events(t.id)).at(-1)).toMatchObject({ type: 'ignored', from_state: 'triage', to_state: 'ignored', actor: STAFF });
    const out = await mails(t.id);
    expect(out.filter((m) => !m.to_addresses.includes(STAFF))).toEqual([]);
    expect(out.map((m) => m.purpose)).toEqual(['staff_triage', 'decision_echo']);
    expect(out[1]!.text_body).toContain('IGNORE: not a request; recorded, and nothing was sent to its sender');
    // Final: a second answer changes nothing.
    await replyToTriage(ctx, t.id, 'REQUEST @jess_k');
    expect(await state(t.id)).toBe('ignored');
    expect((await events(t.id)).at(-1)).toMatchObject({ type: 'approval_refused', detail: expect.objectContaining({ reason: 'not_in_triage' }) });
  });

  it('REQUEST @x for an account with an open request joins it: the sender is told its reference and this one is closed', async () => {
    const open = await fileRequestDirect(ctx, { from: 'owner@example.com', username: 'shared.acct', at });
    const t = await possible(ctx, { from: 'dana@example.com', suggested: 'shared.acct', language: 'en' });
    await replyToTriage(ctx, t.id, 'REQUEST @shared.acct');
    expect(await state(t.id)).toBe('cancelled');
    expect((await events(t.id)).at(-1)).toMatchObject({ type: 'cancelled', detail: expect.objectContaining({ reason: 'duplicate', joined: await reference(open) }) });
    const notice = await mails(open, 'duplicate_notice');
    expect(notice).toHaveLength(1);
    expect(notice[0]).toMatchObject({ to_addresses: ['dana@example.com'], in_reply_to: t.messageId });
    expect(notice[0]!.text_body).toContain(await reference(open));
    expect((await events(open)).some((e) => e.type === 'duplicate_joined')).toBe(true);
    expect((await mails(t.id, 'decision_echo'))[0]!.text_body).toContain(`this mail joined it`);
  });

  it('a new mail with the command\'s code decides as a reply in the thread does; a code opens only its own command', async () => {
    const t = await possible(ctx, { from: 'eva@example.com' });
    const ref = await reference(t.id);
    const ignoreCode = actionCode(ctx.settings.approvalSecret, t.id, ref, 'ignore');
    await deliver(ctx, raw({ from: STAFF, subject: 'triage', text: `REQUEST ${ignoreCode} @eva_x` }), at);
    expect(await state(t.id)).toBe('triage');
    expect((await events(t.id)).at(-1)).toMatchObject({ type: 'approval_refused', detail: expect.objectContaining({ reason: 'wrong_token' }) });

    const requestCode = actionCode(ctx.settings.approvalSecret, t.id, ref, 'request');
    await deliver(ctx, raw({ from: STAFF, subject: 'triage', text: `REQUEST ${requestCode} @eva_x` }), at);
    expect(await getRequest(fixture.db.pool, t.id)).toMatchObject({ state: 'received', instagramUsername: 'eva_x' });
  });
});

describe('triage answers that do not count', () => {
  it('a sender not on the staff list is refused, recorded and staff alerted; nothing changes', async () => {
    const t = await possible(ctx, { from: 'fred@example.com' });
    await replyToTriage(ctx, t.id, 'REQUEST @victim_acct', 'mallory@example.net');
    expect(await getRequest(fixture.db.pool, t.id)).toMatchObject({ state: 'triage', instagramUsername: null });
    expect((await events(t.id)).at(-1)).toMatchObject({
      type: 'approval_refused', actor: 'mallory@example.net',
      detail: expect.objectContaining({ reason: 'wrong_sender', command: 'REQUEST @handle' }),
    });
    const [alert] = await mails(t.id, 'staff_alert');
    expect(alert!.text_body).toContain('Reason: wrong sender: the sender is not on the staff list');
    expect(alert!.text_body).toContain('Command read: REQUEST @handle');
  });

  it('a staff sender without the thread or a code is refused and recorded', async () => {
    const t = await possible(ctx, { from: 'gina@example.com' });
    await deliver(ctx, raw({ from: STAFF, subject: `[${await reference(t.id)}] about this one`, text: 'IGNORE' }), at);
    expect(await state(t.id)).toBe('triage');
    expect((await events(t.id)).at(-1)).toMatchObject({ type: 'approval_refused', detail: expect.objectContaining({ reason: 'no_token', command: 'IGNORE' }) });
    expect(await mails(t.id, 'staff_alert')).toHaveLength(1);
  });

  it('a forged triage token is refused', async () => {
    const t = await possible(ctx, { from: 'hal@example.com' });
    const forged = `dr-triage.${t.id}.${'0'.repeat(32)}@pickrtech.com`;
    await deliver(ctx, raw({ from: STAFF, subject: 'Re: triage', text: 'IGNORE', inReplyTo: forged }), at);
    expect(await state(t.id)).toBe('triage');
    expect((await events(t.id)).at(-1)).toMatchObject({ type: 'approval_refused', detail: expect.objectContaining({ reason: 'wrong_token' }) });
  });

  it('where DMARC is required, a staff reply without a passing result is refused', async () => {
    const t = await possible(dmarcCtx, { from: 'ida@example.com' });
    await replyToTriage(dmarcCtx, t.id, 'IGNORE');
    expect(await state(t.id)).toBe('triage');
    expect((await events(t.id)).at(-1)).toMatchObject({ type: 'approval_refused', detail: expect.objectContaining({ reason: 'auth_failed' }) });
    await replyToTriage(dmarcCtx, t.id, 'IGNORE', STAFF, 'Authentication-Results: mx.pickrtech.com; dmarc=pass header.from=pickrtech.com\r\n');
    expect(await state(t.id)).toBe('ignored');
  });

  it('APPROVE on a possible request is not applicable; REQUEST on a request awaiting approval neither', async () => {
    const t = await possible(ctx, { from: 'jon@example.com' });
    await replyToTriage(ctx, t.id, 'APPROVE');
    expect(await state(t.id)).toBe('triage');
    expect((await events(t.id)).at(-1)).toMatchObject({ type: 'approval_refused', detail: expect.objectContaining({ reason: 'not_awaiting_approval', command: 'APPROVE' }) });
    expect((await mails(t.id, 'staff_alert')).at(-1)!.text_body).toContain('waiting for triage, not for a decision');
    await replyToTriage(ctx, t.id, 'EXTEND legal review');
    expect(await state(t.id)).toBe('triage');
    expect((await events(t.id)).at(-1)).toMatchObject({ type: 'approval_refused', detail: expect.objectContaining({ reason: 'not_awaiting_approval', command: 'EXTEND' }) });
    expect((await mails(t.id)).filter((m) => m.to_addresses.includes('jon@example.com'))).toEqual([]);

    const req = await fileRequestDirect(ctx, { from: 'kim@example.com', username: 'kim.k', at });
    await deliver(ctx, raw({ from: STAFF, subject: 'Re: waiting', text: 'IGNORE', inReplyTo: notificationMessageId(ctx.settings.approvalSecret, req, ctx.settings.botDomain) }), at);
    expect(await state(req)).toBe('awaiting_approval');
    expect((await events(req)).at(-1)).toMatchObject({ type: 'approval_refused', detail: expect.objectContaining({ reason: 'not_in_triage' }) });
  });

  it('once opened, APPROVE in the triage notification\'s thread does not approve: staff approve on the notification that shows the data', async () => {
    const t = await possible(ctx, { from: 'lea@example.com' });
    await replyToTriage(ctx, t.id, 'REQUEST @lea.l');
    await advanceRequest(ctx, t.id);
    expect(await state(t.id)).toBe('awaiting_approval');
    await replyToTriage(ctx, t.id, 'APPROVE');
    expect(await state(t.id)).toBe('awaiting_approval');
    expect((await events(t.id)).at(-1)).toMatchObject({ type: 'approval_refused', detail: expect.objectContaining({ reason: 'wrong_token' }) });
  });

  it('a reply not read as a command is answered with the triage commands, and nothing changes', async () => {
    const t = await possible(ctx, { from: 'max@example.com' });
    await replyToTriage(ctx, t.id, 'REQUEST @max or IGNORE');
    expect(await state(t.id)).toBe('triage');
    const [echo] = await mails(t.id, 'decision_echo');
    expect(echo!.text_body).toContain('more than one command ("REQUEST @max or IGNORE")');
    expect(echo!.text_body).toContain('  REQUEST @handle    it is a request for that Instagram account');
  });
});

describe('decideTriage, as the CLI calls it', () => {
  it('refuses a username Instagram does not allow, or PickrTech\'s own, and records it', async () => {
    const t = await possible(ctx, { from: 'ned@example.com' });
    for (const username of ['bad-name', 'pickrtech']) {
      const r = await inTransaction(ctx.pool, async (tx) =>
        decideTriage(tx, ctx, (await getRequest(tx, t.id, true))!, { action: 'request', username }, 'cli:maria', 'cli'));
      expect(r).toMatchObject({ ok: false, refusal: { reason: 'invalid_username' } });
    }
    expect(await state(t.id)).toBe('triage');
    expect((await events(t.id)).at(-1)).toMatchObject({ type: 'decision_refused', actor: 'cli:maria', detail: expect.objectContaining({ reason: 'invalid_username' }) });
    const ok = await inTransaction(ctx.pool, async (tx) =>
      decideTriage(tx, ctx, (await getRequest(tx, t.id, true))!, { action: 'ignore' }, 'cli:maria', 'cli'));
    expect(ok).toMatchObject({ ok: true, state: 'ignored' });
  });
});

describe('retention', () => {
  it('purges an ignored possible request like any ended one: the suggested handle, addresses, raw mail and mail copies go; one still in triage is kept', async () => {
    const ignored = await possible(ctx, { from: 'olga@example.com', suggested: 'olga.o' });
    await replyToTriage(ctx, ignored.id, 'IGNORE');
    const waiting = await possible(ctx, { from: 'paul@example.com', suggested: 'paul.p' });
    await sendAllPending(ctx, ignored.id);
    await sendAllPending(ctx, waiting.id);

    const later = fixture.context({ now: () => new Date(ctx.now().getTime() + (ctx.settings.retentionDays + 1) * 86_400_000) });
    await purgeExpired(later);

    const { rows } = await fixture.db.pool.query(
      `SELECT r.state, r.suggested_username, r.sender_email, r.confirmation_email, r.statement, r.purged_at IS NOT NULL AS purged,
              (SELECT raw IS NULL FROM inbound_messages WHERE id = r.source_message_id) AS raw_gone,
              (SELECT bool_and(text_body = '' AND cardinality(to_addresses) = 0) FROM outbox WHERE request_id = r.id) AS mail_gone
         FROM requests r WHERE r.id = ANY($1) ORDER BY r.reference`,
      [[ignored.id, waiting.id]],
    );
    expect(rows).toEqual([
      { state: 'ignored', suggested_username: null, sender_email: null, confirmation_email: null, statement: null, purged: true, raw_gone: true, mail_gone: true },
      { state: 'triage', suggested_username: 'paul.p', sender_email: 'paul@example.com', confirmation_email: 'paul@example.com', statement: expect.any(String), purged: false, raw_gone: false, mail_gone: false },
    ]);
  });
});
