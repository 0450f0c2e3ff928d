import { readDecisionAttempt, type DecisionAttempt } from '../approval/decision-attempt.js';
import { staffMailAuthenticated } from '../approval/staff-authentication.js';
import { isOwnMessageId } from '../understanding/message-ids.js';
import { answerThread } from '../requests/needs-info-answered.js';
import { field, type Evidence } from '../understanding/evidence.js';
import { findUsernameWithRule } from '../understanding/instagram-username.js';
import { understandWithEvidence } from '../understanding/understand.js';
import { visibleSubject, visibleText } from '../understanding/visible-text.js';
import { isStaffSender } from '../understanding/staff-address.js';
import { forwardedOriginal } from '../understanding/staff-forward.js';
import type { InboundMail, Understanding } from '../understanding/types.js';
import type { AnswerUsername } from '../understanding/answer-username.js';

/** The settings that decide what a mail is: all a parse thread needs. */
export interface ReadingSettings {
  botDomain: string;
  approvalSecret: string;
  staffEmails: string[];
  botAddress: string;
  ownHandles: string[];
  staffRequireDmarc?: boolean;
  trustedAuthservId?: string | null;
}

/**
 * What the pure rules make of a mail, in the order the intake asks: the bot's own mail
 * coming back, else a decision attempt (whoever sent it), else what kind of mail it is.
 * Computed without Postgres, so it can be worked out on a parse thread.
 */
export interface MailReading {
  own: boolean;
  attempt: DecisionAttempt | null;
  /** Set unless `own` or `attempt`. */
  understood: { understanding: Understanding; evidence: Evidence } | null;
  /** A request staff forwarded, as its original sender wrote it: `understood` reads this mail, and it is handled in its place. */
  forwarded?: InboundMail;
  /**
   * The username the mail gives when it is read as an answer to "we need your username"
   * ("it's jess_k": no request of its own, so `understood` names none), and the rule that
   * found it; null when `understood` names one, or the mail gives none (answer-needs-info.ts).
   */
  answerUsername: AnswerUsername | null;
}

export type { AnswerUsername };

export function readingOf(s: ReadingSettings, mail: InboundMail): MailReading {
  if (isOwnMessageId(mail.messageId, s.botDomain)) return { own: true, attempt: null, understood: null, answerUsername: null };
  // Both rule sets read the mail's own words: its lines are split from quotes and signature once.
  let body: string | undefined;
  const visible = (): string => (body ??= visibleText(mail.text, mail.subject, mail.from?.address ?? ''));
  const attempt = readDecisionAttempt(mail, s.approvalSecret, visible, isStaffSender(mail, s.staffEmails));
  if (attempt) return { own: false, attempt, understood: null, answerUsername: null };
  const opts = { staffEmails: s.staffEmails, botAddress: s.botAddress, ownHandles: s.ownHandles };
  const forwarded = isStaffSender(mail, s.staffEmails) && staffMailTrusted(s, mail)
    ? forwardedOriginal(mail, [...s.staffEmails, s.botAddress])
    : null;
  if (forwarded) {
    const understood = understandWithEvidence(forwarded, opts);
    // Only a forwarded request (or possible request) is read in the original sender's name; any other forward is left to a person.
    const kind = understood.understanding.kind;
    if (kind === 'deletion_request' || kind === 'incomplete_request' || kind === 'possible_request') {
      return { own: false, attempt: null, understood, forwarded, answerUsername: answerUsername(s, forwarded, understood.understanding) };
    }
  }
  const understood = understandWithEvidence(mail, opts, visible);
  return { own: false, attempt: null, understood, answerUsername: answerUsername(s, mail, understood.understanding, visible) };
}

/** {@link MailReading.answerUsername}: looked for only when the understanding names no account. */
function answerUsername(
  s: ReadingSettings,
  mail: InboundMail,
  u: Understanding,
  visible: () => string = () => visibleText(mail.text, mail.subject, mail.from?.address ?? ''),
): AnswerUsername | null {
  // A machine's mail answers nothing, and only a mail answerNeedsInfo can match to a waiting
  // request (by its thread or reference, or as a request from the same sender) is read as an answer.
  if (u.instagramUsername || u.kind === 'auto_reply') return null;
  if (u.kind !== 'deletion_request' && answerThread(mail) === null) return null;
  const found = findUsernameWithRule(visible(), visibleSubject(mail.subject), s.ownHandles);
  return found ? { handle: found.handle, evidence: field(found.rule, found.confidence) } : null;
}

/**
 * A forwarded request makes the bot write to the address in it, so a staff From counts
 * as much here as for a decision: under STAFF_REQUIRE_DMARC the mail must pass it.
 */
function staffMailTrusted(s: ReadingSettings, mail: InboundMail): boolean {
  if (!s.staffRequireDmarc) return true;
  return !!s.trustedAuthservId && staffMailAuthenticated(mail.headers, s.trustedAuthservId, mail.from?.address ?? '').ok;
}

export { newRequestCandidate } from './request-candidate.js';
