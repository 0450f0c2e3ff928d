/**
 * Where one read mail goes: the one place that says in which order the intake asks. The
 * bot's own mail coming back and machines' mail are only recorded; a decision attempt
 * (APPROVE, REJECT, EXTEND, and triage's REQUEST and IGNORE) goes to the staff-reply
 * path whoever sent it; every other mail is a person's, which Postgres may find to repeat
 * an earlier mail or to answer a request waiting for its username, and which otherwise
 * opens a request, goes to staff triage (a possible request), or is recorded under its
 * kind. Pure: a mail handled alone (handle-stored-message.ts), the group's choice of a run
 * of new requests (handle-stored-group.ts) and the quiet-mail run (quiet-mail.ts) all take it
 * from here.
 */
import type { DecisionAttempt } from '../approval/decision-attempt.js';
import { answerThread } from '../requests/needs-info-answered.js';
import type { Evidence } from '../understanding/evidence.js';
import type { InboundMail, Understanding } from '../understanding/types.js';
import type { MailReading } from './new-request-candidate.js';

export type MailRoute =
  /** Recorded under this kind, never acted on. */
  | { to: 'record'; kind: 'own_mail' | 'auto_reply' }
  | { to: 'decision'; attempt: DecisionAttempt }
  | PersonRoute;

export interface PersonRoute {
  to: 'person';
  /** The mail as its writer wrote it: a request staff forwarded is handled as its original sender's mail. */
  mail: InboundMail;
  forwarded: boolean;
  understood: { understanding: Understanding; evidence: Evidence };
  /** What it opens unless Postgres finds it repeats an earlier mail or answers a waiting request; null: recorded under its kind. */
  opens: 'request' | 'triage' | null;
  /** It names a thread or a reference, so it may answer a request waiting for its username even when it opens nothing. */
  inThread: boolean;
}

export function routeMail(mail: InboundMail, reading: MailReading): MailRoute {
  // The bot's own mail coming back (a copy, a loop) is never acted on.
  if (reading.own) return { to: 'record', kind: 'own_mail' };
  // A reply to a staff notification, a decision code, or a command naming a request is a decision attempt, whoever sent it.
  if (reading.attempt) return { to: 'decision', attempt: reading.attempt };
  const understood = reading.understood!;
  const kind = understood.understanding.kind;
  // Machines are never answered.
  if (kind === 'auto_reply') return { to: 'record', kind };
  const own = reading.forwarded ?? mail;
  const opens = kind === 'deletion_request' || kind === 'incomplete_request' ? 'request' : kind === 'possible_request' ? 'triage' : null;
  return { to: 'person', mail: own, forwarded: reading.forwarded !== undefined, understood, opens, inThread: answerThread(own) !== null };
}
