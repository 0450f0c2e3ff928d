import type { PoolClient } from '../db/pool.js';
import { inThread } from '../mail-out/outbox-store.js';
import type { MailTemplates } from '../mail-out/mail-templates.js';
import { addRequesterMail, type RequesterMailDeps } from '../requests/requester-mail.js';
import { renderRejection } from '../mail-out/templates/rejection.js';
import type { FollowUps } from '../queue/queues.js';
import { moveState, type RequestRow } from '../requests/request-store.js';
import { requestFacts } from '../requests/request-facts.js';
import { isApprovable, isDecidable, isFinal, isTriage, type RequestState } from '../requests/state-rules.js';
import { recordRefusal, type Refusal } from './refusal.js';

export type Decision =
  /** `redactMentions`: staff asked to redact mentions of the username also when no account has it. */
  | { action: 'approve'; actor: string; via: 'email' | 'cli'; redactMentions?: boolean }
  | { action: 'reject'; reason: string; actor: string; via: 'email' | 'cli' };

/** What a decision needs: the clock that stamps it and, for a rejection, the requester mail and its templates. */
export type DecideRequestDeps = RequesterMailDeps & { now: () => Date; templates: MailTemplates };

export type DecisionResult =
  | { ok: true; state: 'approved' | 'rejected'; followUps: FollowUps }
  | { ok: false; why: string; refusal?: Refusal; followUps: FollowUps };

/**
 * Applies a staff decision to a request the caller has locked. A request that
 * was already decided stays as it is: the attempt is recorded and refused.
 */
export async function decideRequest(tx: PoolClient, deps: DecideRequestDeps, req: RequestRow, d: Decision): Promise<DecisionResult> {
  // APPROVE also applies to a deletion that failed its check: it runs the deletion again.
  if (!(d.action === 'approve' ? isApprovable(req.state) : isDecidable(req.state))) {
    const refusal = notDecidable(req.state);
    await recordRefusal(tx, req.id, { actor: d.actor, via: d.via, command: d.action.toUpperCase() }, refusal);
    return { ok: false, why: refusal.why, refusal, followUps: {} };
  }
  const now = deps.now();
  if (d.action === 'approve') {
    const moved = await moveState(tx, req.id, req.state, 'approved',
      { type: 'approved', actor: d.actor, detail: { via: d.via, ...(d.redactMentions ? { redactMentions: true } : {}) } },
      { decidedBy: d.actor, decidedAt: now });
    if (!moved) return { ok: false, why: 'the request changed meanwhile', followUps: {} };
    return { ok: true, state: 'approved', followUps: { requests: [{ id: req.id, state: 'approved' }] } };
  }
  const moved = await moveState(tx, req.id, 'awaiting_approval', 'rejected',
    { type: 'rejected', actor: d.actor, detail: { via: d.via, reason: d.reason } },
    { decidedBy: d.actor, decidedAt: now, decisionReason: d.reason });
  if (!moved) return { ok: false, why: 'the request changed meanwhile', followUps: {} };
  const mails = await addRequesterMail(tx, deps, {
    requestId: req.id, purpose: 'rejection', to: [req.senderEmail],
    mail: renderRejection(deps.templates, requestFacts(req), d.reason, req.language),
    ...inThread(req.threadMessageId),
  });
  return { ok: true, state: 'rejected', followUps: { mail: mails } };
}

/** Why a request in `state` cannot take a decision: decided already, or not yet shown to staff. */
function notDecidable(state: RequestState): Refusal {
  const why = isTriage(state)
    ? 'the request is waiting for triage, not for a decision: answer REQUEST @handle, REQUEST or IGNORE first'
    : `the request is ${state.replace(/_/g, ' ')}, not awaiting approval`;
  const decided = isFinal(state) || state === 'approved' || state === 'deleting';
  return { reason: decided ? 'already_decided' : 'not_awaiting_approval', why };
}
