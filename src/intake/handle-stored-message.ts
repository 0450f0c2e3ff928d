import type { BotContext } from '../app/context.js';
import { inTransaction, type PoolClient } from '../db/pool.js';
import { readDecisionAttempt } from '../approval/decision-attempt.js';
import { handleStaffReply } from '../approval/handle-staff-reply.js';
import { isOwnMessageId } from '../mail-out/message-ids.js';
import { readMail } from '../mail-in/read-mail.js';
import { enqueueFollowUps, type FollowUps } from '../queue/queues.js';
import { answerNeedsInfo } from '../requests/answer-needs-info.js';
import { openRequest } from '../requests/open-request.js';
import { understandWithEvidence } from '../understanding/understand.js';
import type { Evidence } from '../understanding/evidence.js';
import type { InboundMail, Understanding } from '../understanding/types.js';
import { loadInbound, lockUnprocessed, markProcessed, type StoredMessage } from './inbound-store.js';
import { isResentRequestMail } from './resent-mail.js';
import { tellStaffOversized } from './tell-staff-oversized.js';

interface Routed {
  kind: string;
  requestId: string | null;
  followUps: FollowUps;
}

/**
 * Understands one stored message and acts on it, in one transaction that also
 * marks the message processed, then queues the follow-up work. A message
 * already processed is left alone, so the job can run any number of times.
 */
export async function handleStoredMessage(ctx: BotContext, inboundId: string): Promise<string | null> {
  const stored = await loadInbound(ctx.pool, inboundId);
  if (!stored || stored.processedAt) return null;
  return handleLoadedMessage(ctx, stored, await readStored(stored));
}

/** The parsed mail of a stored message; null when there is nothing to parse (oversized, purged). */
export async function readStored(stored: StoredMessage): Promise<InboundMail | null> {
  return stored.raw && !stored.oversized ? readMail(stored.raw) : null;
}

/** {@link handleStoredMessage} for a message already loaded and parsed (`mail` from {@link readStored}). */
export async function handleLoadedMessage(ctx: BotContext, stored: StoredMessage, mail: InboundMail | null): Promise<string | null> {
  // Too large to download: never parsed, staff handle it by hand.
  if (stored.oversized) return tellStaffOversized(ctx, stored);
  const routed = await inTransaction(ctx.pool, async (tx) => {
    if (!(await lockUnprocessed(tx, stored.id))) return null;
    const r = mail ? await route(tx, ctx, stored, mail) : { kind: 'unreadable', requestId: null, followUps: {} };
    await markProcessed(tx, stored.id, r.kind, r.requestId);
    return r;
  });
  if (!routed) return null;
  await enqueueFollowUps(ctx.queues, routed.followUps);
  ctx.log.info({ component: 'intake', inbound: stored.id, kind: routed.kind }, 'message handled');
  return routed.kind;
}

/**
 * The understanding of a mail that, unless Postgres says otherwise, opens a new request:
 * not the bot's own, no decision attempt, a request (complete or not). Null for every
 * other mail. {@link route} asks the same questions in the same order.
 */
export function newRequestCandidate(ctx: BotContext, mail: InboundMail): { understanding: Understanding; evidence: Evidence } | null {
  const s = ctx.settings;
  if (isOwnMessageId(mail.messageId, s.botDomain)) return null;
  if (readDecisionAttempt(mail, s.approvalSecret)) return null;
  const found = understandWithEvidence(mail, { staffEmails: s.staffEmails, botAddress: s.botAddress, ownHandles: s.ownHandles });
  const kind = found.understanding.kind;
  return kind === 'deletion_request' || kind === 'incomplete_request' ? found : null;
}

async function route(tx: PoolClient, ctx: BotContext, stored: StoredMessage, mail: InboundMail): Promise<Routed> {
  const s = ctx.settings;
  // The bot's own mail coming back (a copy, a loop) is never acted on.
  if (isOwnMessageId(mail.messageId, s.botDomain)) return { kind: 'own_mail', requestId: null, followUps: {} };

  // A reply to a staff notification, a decision code, or a command naming a request is a decision attempt, whoever sent it.
  const attempt = readDecisionAttempt(mail, s.approvalSecret);
  if (attempt) return handleStaffReply(tx, ctx, mail, attempt);

  const { understanding: u, evidence } = understandWithEvidence(mail, { staffEmails: s.staffEmails, botAddress: s.botAddress, ownHandles: s.ownHandles });
  if (u.kind === 'auto_reply') return { kind: u.kind, requestId: null, followUps: {} };

  // The same request mail sent again (same Message-ID, same sender) is the same mail: once is enough.
  if (mail.from && (await isResentRequestMail(tx, stored.id, mail.from.address))) return { kind: 'resent', requestId: null, followUps: {} };

  const answered = await answerNeedsInfo(tx, ctx, stored, mail, u, evidence);
  if (answered) return answered;

  if (u.kind === 'deletion_request' || u.kind === 'incomplete_request') {
    return openRequest(tx, ctx, stored, mail, u, evidence);
  }
  return { kind: u.kind, requestId: null, followUps: {} };
}
