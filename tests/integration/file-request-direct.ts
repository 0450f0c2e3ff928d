// Files a request the way the bot's jobs would, without mail servers: store the raw
// message as the poller does, handle it as the inbound job does (a group of one), run the
// request step. For tests that move the clock and call features directly.
import { randomUUID } from 'node:crypto';
import type { TestBotContext } from '../support/bot-context.js';
import { decideRequest } from '../../src/approval/decide-request.js';
import { inTransaction } from '../../src/db/pool.js';
import { handleStoredGroup } from '../../src/intake/handle-stored-group.js';
import { markSentWithEvent } from '../../src/mail-out/outbox-store.js';
import { advanceRequest } from '../../src/deletion/advance-request.js';
import { getRequest } from '../../src/requests/request-store.js';
import { storeOne } from '../support/stored-mail.js';

let uid = 1000;

export function rawMail(m: { from: string; subject: string; text: string; messageId: string; inReplyTo?: string; date?: Date }): Buffer {
  return Buffer.from(
    `From: ${m.from}\r\nTo: contact@pickrtech.com\r\nSubject: ${m.subject}\r\n` +
      `Message-ID: <${m.messageId}>\r\n` +
      (m.inReplyTo ? `In-Reply-To: <${m.inReplyTo}>\r\nReferences: <${m.inReplyTo}>\r\n` : '') +
      `Date: ${(m.date ?? new Date()).toUTCString()}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${m.text}\r\n`,
  );
}

/** Handles one stored message as the inbound job does, a group of one; resolves with the kind it was recorded as, null when it was handled already. */
export async function handleOne(ctx: TestBotContext, inboundId: string): Promise<string | null> {
  return (await handleStoredGroup(ctx, [inboundId])).get(inboundId) ?? null;
}

/** Stores one raw message received at `at` and handles it; resolves with the kind and the stored id. */
export async function deliver(ctx: TestBotContext, raw: Buffer, at: Date): Promise<{ inboundId: string; kind: string | null }> {
  uid += 1;
  const inboundId = await storeOne(ctx.pool, ctx.settings.mailbox, 1, { uid, source: raw, internalDate: at });
  if (!inboundId) throw new Error('the message was already stored');
  return { inboundId, kind: await handleOne(ctx, inboundId) };
}

/** A requester's mail for `username`, received at `at`; resolves once staff were asked to decide. */
export async function fileRequestDirect(
  ctx: TestBotContext,
  r: { from: string; username: string; at: Date; extra?: string },
): Promise<string> {
  const { inboundId } = await deliver(ctx, rawMail({
    from: r.from, subject: 'Delete my Instagram data', messageId: `req-${randomUUID()}@example.com`, date: r.at,
    text: `Please delete my Instagram-related app data. My Instagram username is @${r.username}.${r.extra ? `\r\n${r.extra}` : ''}`,
  }), r.at);
  const { rows } = await ctx.pool.query(`SELECT request_id FROM inbound_messages WHERE id = $1`, [inboundId]);
  const id = rows[0]?.request_id as string | undefined;
  if (!id) throw new Error('the mail did not open a request');
  await advanceRequest(ctx, id);
  return id;
}

export async function decideDirect(
  ctx: TestBotContext,
  id: string,
  d: { action: 'approve' } | { action: 'reject'; reason: string },
  actor = 'staff@pickrtech.com',
): Promise<void> {
  const result = await inTransaction(ctx.pool, async (tx) =>
    decideRequest(tx, ctx, (await getRequest(tx, id, true))!, { ...d, actor, via: 'email' }));
  if (!result.ok) throw new Error(`decision refused: ${result.why}`);
  // The approved request is deleted and completed by its next step.
  await advanceRequest(ctx, id);
}

/** What the mailer does once a mail went out. */
export async function sendAllPending(ctx: TestBotContext, requestId: string): Promise<void> {
  const { rows } = await ctx.pool.query(`SELECT id, purpose FROM outbox WHERE request_id = $1 AND state = 'pending' ORDER BY created_at`, [requestId]);
  for (const r of rows) {
    await markSentWithEvent(ctx.pool, r.id, r.purpose);
  }
}
