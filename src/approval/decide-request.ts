import type { BotContext } from '../app/context.js';
import type { PoolClient } from '../db/pool.js';
import { inThread } from '../mail-out/outbox-store.js';
import { addRequesterMail } from '../mail-out/requester-mail.js';
import { renderRejection } from '../mail-out/templates/rejection.js';
import type { FollowUps } from '../queue/queues.js';
import { addEvent, moveState, type RequestRow } from '../requests/request-store.js';
import { requestFacts } from '../requests/request-facts.js';
import { isDecidable } from '../requests/state-rules.js';

export type Decision =
  | { action: 'approve'; actor: string; via: 'email' | 'cli' }
  | { action: 'reject'; reason: string; actor: string; via: 'email' | 'cli' };

export type DecisionResult =
  | { ok: true; state: 'approved' | 'rejected'; followUps: FollowUps }
  | { ok: false; why: string; followUps: FollowUps };

/**
 * Applies a staff decision to a request the caller has locked. A request that
 * was already decided stays as it is: the attempt is recorded and refused.
 */
export async function decideRequest(tx: PoolClient, ctx: BotContext, req: RequestRow, d: Decision): Promise<DecisionResult> {
  if (!isDecidable(req.state)) {
    const why = `the request is ${req.state.replace('_', ' ')}, not awaiting approval`;
    await addEvent(tx, req.id, { type: 'decision_refused', actor: d.actor, detail: { via: d.via, action: d.action, why } });
    return { ok: false, why, followUps: {} };
  }
  const now = ctx.now();
  if (d.action === 'approve') {
    const moved = await moveState(tx, req.id, 'awaiting_approval', 'approved',
      { type: 'approved', actor: d.actor, detail: { via: d.via } },
      { decidedBy: d.actor, decidedAt: now });
    if (!moved) return { ok: false, why: 'the request changed meanwhile', followUps: {} };
    return { ok: true, state: 'approved', followUps: { requests: [{ id: req.id, state: 'approved' }] } };
  }
  const moved = await moveState(tx, req.id, 'awaiting_approval', 'rejected',
    { type: 'rejected', actor: d.actor, detail: { via: d.via, reason: d.reason } },
    { decidedBy: d.actor, decidedAt: now, decisionReason: d.reason });
  if (!moved) return { ok: false, why: 'the request changed meanwhile', followUps: {} };
  const mails = await addRequesterMail(tx, ctx, {
    requestId: req.id, purpose: 'rejection', to: [req.senderEmail],
    mail: renderRejection(requestFacts(req), d.reason),
    ...inThread(req.threadMessageId),
  });
  return { ok: true, state: 'rejected', followUps: { mail: mails } };
}
