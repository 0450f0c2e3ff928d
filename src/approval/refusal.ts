import type { Queryable } from '../db/pool.js';
import type { Logger } from '../log/logger.js';
import { addStaffAlert, type StaffAlertSettings } from '../mail-out/staff-alert.js';
import { addEvent, type RequestRow } from '../requests/request-store.js';
import { inStaffThread } from '../understanding/staff-thread-id.js';
import { recordRefusedAttempt } from './refusal-alert-cap.js';

/**
 * A refused decision attempt changes nothing on the request. A mail attempt is
 * recorded as an `approval_refused` event (the audit trail) and staff receive
 * one alert naming the reason, so a forgery never goes unnoticed. A refused CLI
 * command is recorded as `decision_refused`; its user reads the error at once.
 */

export type RefusalReason =
  | 'wrong_sender'
  | 'no_token'
  | 'wrong_token'
  | 'auth_failed'
  | 'already_decided'
  | 'already_extended'
  | 'not_awaiting_approval'
  | 'not_in_triage'
  | 'invalid_username';

export interface Refusal {
  reason: RefusalReason;
  /** One sentence for staff: what exactly was wrong. */
  why: string;
}

export const REASON_LABELS: Record<RefusalReason, string> = {
  wrong_sender: 'wrong sender',
  no_token: 'no token',
  wrong_token: 'wrong token',
  auth_failed: 'authentication failed',
  already_decided: 'already decided',
  already_extended: 'already extended',
  not_awaiting_approval: 'not awaiting approval',
  not_in_triage: 'not waiting for triage',
  invalid_username: 'not a valid username',
};

export interface AttemptFacts {
  /** Sender address (email) or `cli:NAME`. */
  actor: string;
  via: 'email' | 'cli';
  /** The command as read, e.g. `APPROVE`, `REJECT`, `EXTEND`, `REQUEST @handle`, `IGNORE`, `not understood`. */
  command: string;
}

export async function recordRefusal(db: Queryable, requestId: string, attempt: AttemptFacts, r: Refusal): Promise<void> {
  await addEvent(db, requestId, {
    type: attempt.via === 'cli' ? 'decision_refused' : 'approval_refused',
    actor: attempt.actor || null,
    detail: { reason: r.reason, why: r.why, via: attempt.via, command: attempt.command },
  });
}

/** Where alerts about refused attempts go, how many an hour get one of their own, and a log. */
export interface RefusalAlertDeps {
  log: Logger;
  settings: StaffAlertSettings & { refusalAlertsPerHour: number };
}

/**
 * The alert to staff about a refused mail attempt, in the request's token-free staff thread;
 * past REFUSAL_ALERTS_PER_HOUR in an hour the attempt is only recorded and the next digest
 * counts it (returns null: no mail now).
 */
export async function alertRefusal(db: Queryable, deps: RefusalAlertDeps, req: RequestRow | null, attempt: AttemptFacts, r: Refusal): Promise<string | null> {
  const s = deps.settings;
  const label = REASON_LABELS[r.reason];
  const recorded = await recordRefusedAttempt(db, req?.id ?? null, r.reason, s.refusalAlertsPerHour);
  deps.log.warn({ component: 'approval', ref: req?.reference ?? null, reason: r.reason, alerted: recorded.alert }, 'decision attempt refused');
  if (!recorded.alert) return null;
  return addStaffAlert(db, s, {
    requestId: req?.id ?? null,
    reference: req?.reference ?? null,
    headline: `a decision attempt was refused (${label})`,
    details: [
      `Request: ${req ? `${req.reference} (state: ${req.state.replace(/_/g, ' ')})` : 'none that the bot knows'}`,
      `Command read: ${attempt.command}`,
      `Sent by: ${attempt.actor || 'unknown'}`,
      `Reason: ${label}: ${r.why}`,
    ],
    ...(req ? { thread: inStaffThread(req.id, s.botDomain) } : {}),
  });
}
