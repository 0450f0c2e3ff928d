import type { PoolClient } from '../db/pool.js';
import type { Logger } from '../log/logger.js';
import type { MailTemplates } from '../mail-out/mail-templates.js';
import { inThread } from '../mail-out/outbox-store.js';
import { addRequesterMail, type RequesterMailDeps } from '../requests/requester-mail.js';
import { isoDate } from '../mail-out/templates/rendered-mail.js';
import { renderExtension } from '../mail-out/templates/extension.js';
import type { FollowUps } from '../queue/queues.js';
import { requestFacts } from '../requests/request-facts.js';
import { addEvent, type RequestRow } from '../requests/request-store.js';
import { isFinal, isTriage } from '../requests/state-rules.js';
import { extendedDueDate } from './extended-due-date.js';
import { recordRefusal, type Refusal } from './refusal.js';

export interface Extension {
  reason: string;
  actor: string;
  via: 'email' | 'cli';
}

/** What an extension needs: the clock that stamps it, the requester mail and its templates, a log. */
export type ExtendRequestDeps = RequesterMailDeps & { now: () => Date; templates: MailTemplates; log: Logger };

export type ExtensionResult =
  | { ok: true; previousDueAt: Date; dueAt: Date; followUps: FollowUps }
  | { ok: false; refusal: Refusal; followUps: FollowUps };

/**
 * EXTEND: moves the due date of an open request by two calendar months, once,
 * and tells the requester why and until when. The request keeps its state.
 * The caller holds the request row locked. A refused extension changes nothing
 * and is recorded as an `approval_refused` event.
 */
export async function extendRequest(tx: PoolClient, deps: ExtendRequestDeps, req: RequestRow, e: Extension): Promise<ExtensionResult> {
  const refuse = async (refusal: Refusal): Promise<ExtensionResult> => {
    await recordRefusal(tx, req.id, { actor: e.actor, via: e.via, command: 'EXTEND' }, refusal);
    return { ok: false, refusal, followUps: {} };
  };
  // A possible request's sender has heard nothing yet: they are told nothing before staff answer REQUEST.
  if (isTriage(req.state)) {
    return refuse({ reason: 'not_awaiting_approval', why: 'the request is waiting for triage, not for a decision: answer REQUEST @handle, REQUEST or IGNORE first' });
  }
  if (isFinal(req.state)) {
    return refuse({ reason: 'already_decided', why: `the request is ${req.state.replace(/_/g, ' ')}; only an open request can be extended` });
  }
  if (req.extendedAt) {
    return refuse({
      reason: 'already_extended',
      why: `its due date was already extended on ${isoDate(req.extendedAt)} by ${req.extendedBy ?? 'someone'} (to ${isoDate(req.dueAt)}); a request can be extended only once`,
    });
  }
  const dueAt = extendedDueDate(req.dueAt);
  const res = await tx.query(
    `UPDATE requests SET due_at = $2, extended_at = $3, extended_by = $4, extension_reason = $5, updated_at = now()
      WHERE id = $1 AND extended_at IS NULL`,
    [req.id, dueAt, deps.now(), e.actor, e.reason],
  );
  if ((res.rowCount ?? 0) === 0) {
    return refuse({ reason: 'already_extended', why: 'its due date was extended meanwhile; a request can be extended only once' });
  }
  await addEvent(tx, req.id, {
    type: 'extended',
    actor: e.actor,
    detail: { via: e.via, reason: e.reason, previousDueAt: req.dueAt.toISOString(), dueAt: dueAt.toISOString() },
  });
  const mail = await addRequesterMail(tx, deps, {
    requestId: req.id,
    purpose: 'extension',
    to: [req.senderEmail],
    mail: renderExtension(deps.templates, { ...requestFacts(req), dueAt }, e.reason, req.dueAt, req.language),
    ...inThread(req.threadMessageId),
  });
  deps.log.info({ component: 'approval', ref: req.reference }, 'due date extended');
  return { ok: true, previousDueAt: req.dueAt, dueAt, followUps: { mail } };
}
