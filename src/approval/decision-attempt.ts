/**
 * Whether an inbound mail is an attempt to decide a request, and what it
 * claims. Pure: the handler then checks the claims against the database.
 *
 * A mail is a decision attempt, whoever sent it, when it is not a machine's
 * (auto-replies are never answered) and
 *  - its In-Reply-To/References hold a notification id (valid or not), or
 *  - they hold the request's token-free staff thread (a reply to a reminder,
 *    alert or answer) and its first own line is a command: it proves nothing,
 *    so it is refused and staff are told to answer the notification, or
 *  - its own text (above the quote) holds a decision code, or
 *  - its first own line starts with APPROVE/REJECT/EXTEND, or is a clean
 *    REQUEST [@handle] or IGNORE, and its subject or own text names a
 *    reference (DR-YYYY-NNNNN): a decision without a token, which is refused
 *    and reported rather than silently ignored. A line that merely starts with
 *    "Request" or "Ignore" ("Ignore my last mail, my username is ...") is a
 *    requester's words, not an attempt: it goes on as ordinary mail.
 */
import { isAutoReply } from '../understanding/auto-reply.js';
import { parseStaffCommand } from '../understanding/staff-command.js';
import type { InboundMail, StaffCommand } from '../understanding/types.js';
import { visibleText } from '../understanding/visible-text.js';
import { checkReplyToken } from './approval-token.js';
import { findActionCodes, withoutActionCodes, type FoundCode } from './action-code.js';
import { staffThreadRequestId } from '../understanding/staff-thread-id.js';

export interface DecisionAttempt {
  /** The request whose notification the reply answers, proven by a valid thread token. */
  threadRequestId: string | null;
  /** A request named by a notification id whose token does not verify. */
  forgedThreadRequestId: string | null;
  /** The notification id (valid or not) is a possible request's triage notification, not an approval notification. */
  threadTriage?: boolean;
  /** The request whose token-free staff thread (reminder, alert) the reply answers; proves nothing. */
  staffThreadRequestId?: string | null;
  /** Decision codes in the reply's own text. */
  codes: FoundCode[];
  /** References in the subject, upper case. */
  subjectReferences: string[];
  /** References in the reply's own text outside codes, upper case. */
  textReferences: string[];
  command: StaffCommand;
}

/** A first line starting with a triage command word: only a clean command of that kind is an attempt. */
const TRIAGE_WORD = /^(?:request|ignore)/i;
const REFERENCE = /(?<![\p{L}\p{N}])DR-\d{4}-\d{5,}(?![\p{L}\p{N}])/giu;
/**
 * The words of a reference, wherever they stand: every reference and every decision code
 * holds them. Written with no space, so removing codes and runs of spaces from the text
 * never makes them where they were not.
 */
const REFERENCE_WORDS = /DR-\d{4}-\d{5,}/iu;

export function readDecisionAttempt(
  mail: InboundMail,
  secret: string,
  /** The mail's own words, when the caller reads them for other rules too. */
  visible: () => string = () => visibleText(mail.text, mail.subject),
  /**
   * Whether the sender is on the staff list. A requester's answer may well start with
   * "Request" or "Ignore" and name its reference; without a thread or a code such a line
   * is a triage decision attempt only from staff, so the answer is read as an answer.
   */
  fromStaff = true,
): DecisionAttempt | null {
  if (isAutoReply(mail)) return null;
  const ids = [...mail.inReplyTo, ...mail.references];
  const thread = checkReplyToken(secret, ids);
  const staffThread = staffThreadRequestId(ids);
  const own = visible();
  // Out of any staff thread, a mail that names no reference (and so holds no code) is no
  // attempt, whatever its first line: most mail, left without reading a command in it.
  if (thread.status === 'absent' && staffThread === null && !REFERENCE_WORDS.test(own) && !REFERENCE_WORDS.test(mail.subject)) return null;
  const codes = findActionCodes(own);
  const rest = withoutActionCodes(own);
  const command = parseStaffCommand(rest);
  const attempt: DecisionAttempt = {
    threadRequestId: thread.status === 'valid' ? thread.requestId : null,
    forgedThreadRequestId: thread.status === 'forged' ? thread.requestId : null,
    threadTriage: thread.status !== 'absent' && thread.triage === true,
    staffThreadRequestId: staffThread,
    codes,
    subjectReferences: references(mail.subject),
    textReferences: references(rest),
    command,
  };
  if (thread.status !== 'absent' || codes.length > 0) return attempt;
  if (!fromStaff && (command.action === 'request' || command.action === 'ignore')) return null;
  const commandLike = !(command.action === 'unknown' && (command.problem === 'no_command' || TRIAGE_WORD.test(command.firstLine)));
  const named = attempt.subjectReferences.length + attempt.textReferences.length > 0;
  return commandLike && (named || attempt.staffThreadRequestId !== null) ? attempt : null;
}

function references(text: string): string[] {
  return [...new Set([...text.slice(0, 100_000).matchAll(REFERENCE)].map((m) => m[0].toUpperCase()))].slice(0, 20);
}
