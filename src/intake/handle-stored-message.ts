import { handleStaffReply } from './handle-staff-reply.js';
import { inTransaction, type Pool, type PoolClient } from '../db/pool.js';
import type { Logger } from '../log/logger.js';
import { enqueueFollowUps, type HandledMail, type Queues } from '../queue/queues.js';
import { answerNeedsInfo, type AnswerNeedsInfoDeps } from '../requests/answer-needs-info.js';
import { openRequest, type OpenRequestDeps } from '../requests/open-request.js';
import { openTriage, type OpenTriageDeps } from '../triage/open-triage.js';
import type { StoredMessage } from '../mail-in/stored-message.js';
import { lockUnprocessed, markProcessed } from './handling-store.js';
import type { ParsedMessage } from './parse-pool.js';
import { isResentRequestMail } from '../mail-in/resent-mail.js';
import { routeMail } from './route-mail.js';
import { tellStaffUnread } from './tell-staff-unread.js';

/** What handling one mail alone takes: each path's own needs, the pool and queues, a log. */
export type HandleMailDeps = Parameters<typeof handleStaffReply>[1] & Parameters<typeof tellStaffUnread>[0]
  & AnswerNeedsInfoDeps & OpenRequestDeps & OpenTriageDeps & { pool: Pool; queues: Queues; log: Logger };

/**
 * Acts on one stored message on its own, in one transaction that also marks the message
 * processed, then queues the follow-up work: the way of every mail of a group that a run
 * cannot take (handle-stored-group.ts, the only caller). `read` is the mail and what the
 * pure rules made of it, as its reader (a parse thread) returned them, or null for a
 * message with no source; nothing of the mail is read here. A message already processed
 * is left alone, so the job can run any number of times. Returns the kind it was recorded
 * as, or null when another run handled it.
 */
export async function handleLoadedMessage(deps: HandleMailDeps, stored: StoredMessage, read: ParsedMessage | null): Promise<string | null> {
  // Too large to download: never parsed, staff handle it by hand.
  if (stored.oversized) return tellStaffUnread(deps, stored, { kind: 'oversized' });
  const routed = await inTransaction(deps.pool, async (tx) => {
    if (!(await lockUnprocessed(tx, stored.id))) return null;
    // No source (purged before it was handled): nothing to read, and left alone in the mailbox.
    const r = read ? await route(tx, deps, stored, read) : { kind: 'purged', requestId: null, followUps: {} };
    await markProcessed(tx, stored.id, r.kind, r.requestId);
    return r;
  });
  if (!routed) return null;
  await enqueueFollowUps(deps.queues, routed.followUps);
  deps.log.info({ component: 'intake', inbound: stored.id, kind: routed.kind }, 'message handled');
  return routed.kind;
}

async function route(tx: PoolClient, deps: HandleMailDeps, stored: StoredMessage, read: ParsedMessage): Promise<HandledMail> {
  const r = routeMail(read.mail, read.reading);
  if (r.to === 'record') return { kind: r.kind, requestId: null, followUps: {} };
  if (r.to === 'decision') return handleStaffReply(tx, deps, read.mail, r.attempt);
  const { mail, understood: { understanding: u, evidence } } = r;

  // The same mail sent again (same Message-ID, same sender) is the same mail: once is enough.
  if (mail.from && (await isResentRequestMail(tx, stored.id, mail.from.address))) return { kind: 'resent', requestId: null, followUps: {} };

  const answered = await answerNeedsInfo(tx, deps, stored, mail, u, evidence, read.reading.answerUsername);
  if (answered) return answered;

  if (r.opens === 'request') return openRequest(tx, deps, stored, mail, u, evidence);
  if (r.opens === 'triage') return openTriage(tx, deps, stored, mail, u, evidence);
  return { kind: u.kind, requestId: null, followUps: {} };
}
