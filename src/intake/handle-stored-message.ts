import type { BotContext } from '../app/context.js';
import { inTransaction, type PoolClient } from '../db/pool.js';
import { handleStaffReply } from '../approval/handle-staff-reply.js';
import { enqueueFollowUps, type HandledMail } from '../queue/queues.js';
import { answerNeedsInfo } from '../requests/answer-needs-info.js';
import { openRequest } from '../requests/open-request.js';
import { openTriage } from '../triage/open-triage.js';
import type { StoredMessage } from '../mail-in/stored-message.js';
import { loadUnprocessedInbound, lockUnprocessed, markProcessed } from './inbound-store.js';
import { sameThreadReader, type ParsedMessage } from './parse-pool.js';
import { isResentRequestMail } from '../mail-in/resent-mail.js';
import { routeMail } from './route-mail.js';
import { tellStaffUnread } from './tell-staff-unread.js';

/**
 * Understands one stored message and acts on it, in one transaction that also
 * marks the message processed, then queues the follow-up work. A message
 * already processed is left alone, so the job can run any number of times.
 */
export async function handleStoredMessage(ctx: BotContext, inboundId: string): Promise<string | null> {
  const [stored] = await loadUnprocessedInbound(ctx.pool, [inboundId]);
  if (!stored) return null;
  // Oversized messages (headers only) and purged ones are never parsed.
  const read = stored.raw && !stored.oversized ? await (ctx.reader ?? sameThreadReader(ctx.settings)).read(stored.raw) : null;
  if (read && 'unreadable' in read) return tellStaffUnread(ctx, stored, { kind: 'unreadable', ...read });
  return handleLoadedMessage(ctx, stored, read);
}

/**
 * {@link handleStoredMessage} for a message already loaded and read: `read` is the mail and
 * what the pure rules made of it, as its reader (a parse thread) returned them, or null for
 * a message with no source. Nothing of the mail is read here.
 */
export async function handleLoadedMessage(ctx: BotContext, stored: StoredMessage, read: ParsedMessage | null): Promise<string | null> {
  // Too large to download: never parsed, staff handle it by hand.
  if (stored.oversized) return tellStaffUnread(ctx, stored, { kind: 'oversized' });
  const routed = await inTransaction(ctx.pool, async (tx) => {
    if (!(await lockUnprocessed(tx, stored.id))) return null;
    // No source (purged before it was handled): nothing to read, and left alone in the mailbox.
    const r = read ? await route(tx, ctx, stored, read) : { kind: 'purged', requestId: null, followUps: {} };
    await markProcessed(tx, stored.id, r.kind, r.requestId);
    return r;
  });
  if (!routed) return null;
  await enqueueFollowUps(ctx.queues, routed.followUps);
  ctx.log.info({ component: 'intake', inbound: stored.id, kind: routed.kind }, 'message handled');
  return routed.kind;
}

async function route(tx: PoolClient, ctx: BotContext, stored: StoredMessage, read: ParsedMessage): Promise<HandledMail> {
  const r = routeMail(read.mail, read.reading);
  if (r.to === 'record') return { kind: r.kind, requestId: null, followUps: {} };
  if (r.to === 'decision') return handleStaffReply(tx, ctx, read.mail, r.attempt);
  const { mail, understood: { understanding: u, evidence } } = r;

  // The same mail sent again (same Message-ID, same sender) is the same mail: once is enough.
  if (mail.from && (await isResentRequestMail(tx, stored.id, mail.from.address))) return { kind: 'resent', requestId: null, followUps: {} };

  const answered = await answerNeedsInfo(tx, ctx, stored, mail, u, evidence, read.reading.answerUsername);
  if (answered) return answered;

  if (r.opens === 'request') return openRequest(tx, ctx, stored, mail, u, evidence);
  if (r.opens === 'triage') return openTriage(tx, ctx, stored, mail, u, evidence);
  return { kind: u.kind, requestId: null, followUps: {} };
}
