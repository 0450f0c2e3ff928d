import type { PoolClient } from '../db/pool.js';
import type { StoredMessage } from '../mail-in/stored-message.js';
import type { HandledMail } from '../queue/queues.js';
import type { Evidence } from '../understanding/evidence.js';
import type { AnswerUsername } from '../understanding/answer-username.js';
import type { InboundMail, Understanding } from '../understanding/types.js';
import { joinOpenRequest, type JoinOpenRequestDeps } from './join-open-request.js';
import { lockUsername } from './lock-usernames.js';
import { answerThread, findAnsweredRequest } from './needs-info-answered.js';
import { findOpenRequest } from './open-request-for-username.js';
import { addEvent, moveState } from './request-store.js';

/** What an answer takes: a join's needs, when the account it names has an open request already. */
export type AnswerNeedsInfoDeps = JoinOpenRequestDeps;

/**
 * The requester's answer to "we need your username", recognised by its thread
 * (In-Reply-To/References) or the reference in the subject, from the same
 * sender. It completes the same request instead of opening a new one; so
 * does a complete request the same sender sends later without threading
 * (people often write anew rather than reply): needs-info-answered.ts. An
 * answer still without a username is recorded and not asked about again: the
 * bot asks once. An answer naming an account that already has an open request
 * joins that request, and the one that was waiting is cancelled.
 */
export async function answerNeedsInfo(
  tx: PoolClient,
  deps: AnswerNeedsInfoDeps,
  stored: StoredMessage,
  mail: InboundMail,
  u: Understanding,
  evidence: Evidence | null,
  /** The username the mail gives as an answer ("it's jess_k"), as its reading found it. */
  answer: AnswerUsername | null,
): Promise<(HandledMail & { requestId: string }) | null> {
  const sender = mail.from?.address ?? null;
  if (!sender) return null;
  const thread = answerThread(mail);
  const req = await findAnsweredRequest(tx, {
    thread: thread?.ids ?? [], reference: thread?.reference ?? null, sender, complete: u.kind === 'deletion_request',
  });
  if (!req) return null;

  const found = u.instagramUsername
    ? { handle: u.instagramUsername, evidence: evidence?.username ?? null }
    : answer;
  const username = found?.handle ?? null;
  if (!username) {
    await addEvent(tx, req.id, { type: 'needs_info_reply_without_username', actor: 'requester', detail: { inboundMessage: stored.id } });
    return { kind: 'needs_info_answer', requestId: req.id, followUps: {} };
  }

  await lockUsername(tx, username);
  const open = await findOpenRequest(tx, username, req.id);
  if (open) {
    await moveState(tx, req.id, 'needs_info', 'cancelled',
      { type: 'cancelled', actor: 'bot', detail: { reason: 'duplicate', joined: open.reference } });
    // A short answer says little about its language; the request it answers was detected on the whole first mail.
    const sent = await joinOpenRequest(tx, deps, open, { inboundId: stored.id, mail, instagramUsername: username, via: 'needs_info_answer', language: req.language });
    return { kind: 'needs_info_answer', requestId: open.id, followUps: { mail: sent } };
  }

  await moveState(tx, req.id, 'needs_info', 'received',
    { type: 'info_received', actor: 'requester', detail: { fields: ['instagramUsername'], ...(found?.evidence ? { evidence: { username: found.evidence } } : {}) } },
    { instagramUsername: username });
  return { kind: 'needs_info_answer', requestId: req.id, followUps: { requests: [{ id: req.id, state: 'received' }] } };
}
