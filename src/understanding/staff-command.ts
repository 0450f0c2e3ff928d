/**
 * Reads a staff member's decision from their reply. The command is the first
 * non-empty line they wrote, in any case; quoted lines (`>`) never count, so a
 * command that only appears in the quoted notification cannot decide anything.
 * Approving deletes data for good, so only an unambiguous command decides:
 *
 *   APPROVE                      alone on its line: "Approve.", "approved!"
 *   APPROVE REDACT               likewise; also redact mentions of the username
 *   REJECT <reason>              the reason may also follow on the next lines
 *   EXTEND <reason>              likewise
 *
 * Anything else is not a command and gets the "not understood" answer:
 *  - APPROVE with other words on its line ("Approve: NO", "approve, but ...",
 *    "approve if legal agrees", "approve not yet"): `not_alone`;
 *  - a question mark after the command word ("Approve? No - ...", "Reject? I
 *    think we should approve"), or a line that ends in one: `question`;
 *  - two commands ("APPROVE or REJECT"): `ambiguous`; so is APPROVE when any
 *    of staff's own lines below it (up to the quote; the caller has removed
 *    the signature) holds a question mark, another command word (REDACT too),
 *    or takes it back or doubts it: a line starting with "no", "wait", "if",
 *    "but" ..., or "actually", "kidding", "hold off", "or not", "not yet",
 *    "unless", "don't", "hmm" anywhere ("Approve\nIs this right?",
 *    "Approve\nJust kidding"). A plain signature below it ("Maria Lopez",
 *    "Thanks, Maria") leaves the approval as it is;
 *  - REJECT/EXTEND whose reason, on its line or below, names another command
 *    ("Reject, we should approve it"): `ambiguous`, so the requester never
 *    reads an argument for another decision;
 *  - a sentence that merely contains the word ("Don't approve", "we should
 *    approve"): `no_command`, since the command must start the line;
 *  - REJECT/EXTEND whose reason is missing, or starts by negating or hedging
 *    the command ("REJECT: no", "EXTEND if legal asks"): `reason_missing` /
 *    `not_alone`. The requester reads the reason, so it is only what staff
 *    wrote: it ends at the quote or at a quoted header block ("From: ...").
 *
 * A possible request's triage notification is answered, with the same strictness as APPROVE, by
 *
 *   REQUEST @handle              alone on its line: it is a request for that account
 *   REQUEST                      alone: it is a request; the sender is asked for the username
 *   IGNORE                       alone: it is not a request
 *
 * The handle is written with its `@` and must be one Instagram allows (`bad_username` otherwise);
 * other words on the line ("REQUEST alice", "IGNORE it", "REQUEST @x please") are `not_alone`;
 * two handles or another command word, on the line or on staff's lines below, are `ambiguous`;
 * a question mark is a `question`; doubt or a take-back below it, as for APPROVE, is `ambiguous`.
 * The caller removes decision codes before calling this.
 */
import { isInstagramHandle } from './handle-rules.js';
import type { StaffCommand, StaffCommandProblem } from './types.js';
import { HEADER_ANY } from './visible-text.js';

const COMMAND = /^(approve|reject|extend)(?:d|ed)?(?![\p{L}\p{N}])/iu;
const TRIAGE_COMMAND = /^(request|ignore)(?:d|ed)?(?![\p{L}\p{N}])/iu;
const ANY_COMMAND = /(?<![\p{L}\p{N}])(?:approve|reject|extend|request|ignore)(?:d|ed)?(?![\p{L}\p{N}])/iu;
/** REJECT/EXTEND followed straight by another command: "reject / approve", "extend or reject", "reject or ignore". */
const ALTERNATIVE = /^[\s.!,:;\-–—/|]*(?:(?:or|and|oder|ou|o)[\s/|]+)?(?:approve|reject|extend|ignore)(?![\p{L}\p{N}])/iu;
/** Below a triage command: another command word anywhere ("request" only starting a line: "the request looks real" is a remark). */
const COMMAND_BELOW_TRIAGE = /(?<![\p{L}\p{N}])(?:approve|reject|extend|redact|ignore)(?:d|ed)?(?![\p{L}\p{N}])/iu;
const REQUEST_START = /^request(?:ed)?(?![\p{L}\p{N}])/iu;
/** A handle written with its `@` (not an address's). */
const HANDLE_MENTION = /(?<![\p{L}\p{N}._+-])@[\p{L}\p{N}._]/u;
const SEPARATORS = /^[\s.!,:;\-–—]+/u;
/** The notification's own placeholder, copied as is: "REJECT <reason the requester will read>". */
const PLACEHOLDER = /^<[^<>]*>[\s.]*$/u;
const MAX_REASON = 2000;

/** Words that take back, question or hedge what comes before them: "wait", "maybe", "if ...", "don't". */
const DOUBT = /^(?:nope|nah|don['’]?t|do not|never|wait|hold on|stop|maybe|perhaps|probably|unless|if|only if|pending|but|nein|nicht|pas)(?![\p{L}\p{N}'’])/iu;
/** "no"/"not" on their own or before "yet", "sure" ...: "REJECT: no", "approve not yet"; "no such account" is a reason. */
const NO_ALONE = /^(?:no|not|non)(?:$|[\s]*[^\s\p{L}\p{N}]|\s+(?:yet|sure|now|wait|until|before|today|so fast)(?![\p{L}\p{N}]))/iu;
/** Below APPROVE, a second command: REDACT counts, since APPROVE REDACT belongs on one line. */
const COMMAND_BELOW_APPROVE = /(?<![\p{L}\p{N}])(?:approve|reject|extend|redact|ignore)(?:d|ed)?(?![\p{L}\p{N}])/iu;
/** Words that take back or doubt an APPROVE anywhere on staff's lines below it; tested on single-spaced lines. */
const TAKE_BACK =
  /(?<![\p{L}\p{N}])(?:actually|kidding|joking|jk|hold (?:off|on|it)|or not|wait|unless|not yet|not sure|unsure|don['’]?t|do not|hm+|but|maybe|perhaps|never ?mind|scratch that|second thought)(?![\p{L}\p{N}])/iu;
/** "no", "not", "nope" starting a line below APPROVE: "no such account though". */
const NO_START = /^(?:no|not|non|nope|nah)(?![\p{L}\p{N}])/iu;
/** A REJECT/EXTEND reason that names another command argues for it: "Reject, we should approve it". */
const OTHER_COMMAND: Record<'reject' | 'extend', RegExp> = {
  reject: /(?<![\p{L}\p{N}])(?:approve|extend)(?:d|ed)?(?![\p{L}\p{N}])/iu,
  extend: /(?<![\p{L}\p{N}])(?:approve|reject)(?:d|ed)?(?![\p{L}\p{N}])/iu,
};
const MAX_READ = 200_000;

export function parseStaffCommand(visibleTextOfReply: string): StaffCommand {
  const raw = visibleTextOfReply
    .slice(0, MAX_READ)
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const lines = raw.map(trimMarks);
  const firstIndex = lines.findIndex((line) => line !== '' && !line.startsWith('>'));
  const first = firstIndex >= 0 ? (lines[firstIndex] ?? '') : '';
  const unknown = (problem: StaffCommandProblem): StaffCommand => ({ action: 'unknown', firstLine: first.slice(0, 500), problem });

  const m = COMMAND.exec(first);
  if (!m) {
    const t = TRIAGE_COMMAND.exec(first);
    if (!t) return unknown('no_command');
    const truncated = visibleTextOfReply.length > MAX_READ;
    const verdict = readTriage(t[1]!.toLowerCase() as 'request' | 'ignore', t[0].length, first, raw[firstIndex] ?? '', ownLinesAfter(lines, firstIndex), truncated);
    return typeof verdict === 'string' ? unknown(verdict) : verdict;
  }
  const word = m[1]!.toLowerCase() as 'approve' | 'reject' | 'extend';
  const rest = first.slice(m[0].length);
  if (rest.trimStart().startsWith('?') || withoutEndMarks(rest).endsWith('?')) return unknown('question');
  const own = ownLinesAfter(lines, firstIndex);

  if (word === 'approve') {
    if (ANY_COMMAND.test(rest)) return unknown('ambiguous');
    if (rest.includes('?')) return unknown('question');
    const extra = withoutEndMarks(rest).trim().toLowerCase();
    if (extra !== '' && extra !== 'redact') return unknown('not_alone');
    // Words beyond what is read could take it back.
    if (visibleTextOfReply.length > MAX_READ || own.some(doubtsApproval)) return unknown('ambiguous');
    return extra === 'redact' ? { action: 'approve', redactMentions: true } : { action: 'approve' };
  }
  if (ALTERNATIVE.test(rest)) return unknown('ambiguous');
  if (OTHER_COMMAND[word].test(rest) || own.some((line) => OTHER_COMMAND[word].test(line))) return unknown('ambiguous');

  let reason = cleanReason(rest);
  if (reason === '') {
    // "REJECT" alone: the reason is written on the following lines, up to the quote.
    reason = cleanReason(own.filter((line) => line !== '').join(' '));
  }
  if (reason === '') return unknown('reason_missing');
  if (reason.startsWith('?')) return unknown('question');
  if (DOUBT.test(reason) || NO_ALONE.test(reason)) return unknown('not_alone');
  return { action: word, reason: reason.slice(0, MAX_REASON) };
}

/**
 * REQUEST [@handle] or IGNORE, starting `first` with `length` characters; `rawFirst` is the same
 * line before emphasis marks were trimmed, since a handle may end in "_".
 */
function readTriage(
  word: 'request' | 'ignore',
  length: number,
  first: string,
  rawFirst: string,
  own: readonly string[],
  truncated: boolean,
): StaffCommand | StaffCommandProblem {
  const rest = first.slice(length);
  if (rest.trimStart().startsWith('?') || withoutEndMarks(rest).endsWith('?')) return 'question';
  if (ANY_COMMAND.test(rest)) return 'ambiguous';
  if (rest.includes('?')) return 'question';
  // Words beyond what is read could take it back.
  if (truncated || own.some(doubtsTriage)) return 'ambiguous';
  if (word === 'ignore') return withoutEndMarks(rest).trim() === '' ? { action: 'ignore' } : 'not_alone';

  const tail = withoutEndMarks(trimEmphasis(rawFirst).slice(length).replace(SEPARATORS, '')).trim();
  if (tail === '') return { action: 'request', username: null };
  const words = tail.split(/\s+/);
  if (!words.every((w) => w.startsWith('@'))) return 'not_alone';
  if (words.length > 1) return 'ambiguous';
  const handle = words[0]!.slice(1).normalize('NFC').toLowerCase();
  return isInstagramHandle(handle) ? { action: 'request', username: handle } : 'bad_username';
}

/** A line below a triage command that questions it, names another command or handle, or takes it back. */
function doubtsTriage(line: string): boolean {
  if (line === '') return false;
  if (line.includes('?') || COMMAND_BELOW_TRIAGE.test(line) || REQUEST_START.test(line) || HANDLE_MENTION.test(line)) return true;
  const words = line.replace(/\s+/g, ' ');
  if (TAKE_BACK.test(words)) return true;
  const start = words.replace(/^[^\p{L}\p{N}]+/u, '');
  return DOUBT.test(start) || NO_START.test(start);
}

/** The lines staff wrote below the command line: up to a quote or a quoted header block. */
function ownLinesAfter(lines: readonly string[], commandIndex: number): string[] {
  const out: string[] = [];
  for (let i = commandIndex + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('>') || HEADER_ANY.test(line) || line.startsWith('-----')) break;
    out.push(line);
  }
  return out;
}

/** A line below APPROVE that questions it, names another command, or takes it back or doubts it. */
function doubtsApproval(line: string): boolean {
  if (line === '') return false;
  if (line.includes('?') || COMMAND_BELOW_APPROVE.test(line)) return true;
  const words = line.replace(/\s+/g, ' ');
  if (TAKE_BACK.test(words)) return true;
  const start = words.replace(/^[^\p{L}\p{N}]+/u, '');
  return DOUBT.test(start) || NO_START.test(start);
}

function isMark(ch: string): boolean {
  return ch === '*' || ch === '_' || ch.trim() === '' || ch === '\ufeff';
}

/**
 * The line without surrounding blanks and `*`; underscores too only when it starts with one
 * (`_REQUEST @jess_k_`), so a handle that ends in "_" keeps it. Plain loops, linear in the line.
 */
function trimEmphasis(line: string): string {
  const underscores = line.trimStart().replace(/^[*\ufeff]+/u, '').startsWith('_');
  if (underscores) return trimMarks(line);
  let a = 0;
  let b = line.length;
  const mark = (ch: string) => ch === '*' || ch.trim() === '' || ch === '\ufeff';
  while (a < b && mark(line[a]!)) a++;
  while (b > a && mark(line[b - 1]!)) b--;
  return line.slice(a, b);
}

/** The line without surrounding blanks and emphasis marks (`*APPROVE*`); plain loops, linear in the line. */
function trimMarks(line: string): string {
  let a = 0;
  let b = line.length;
  while (a < b && isMark(line[a]!)) a++;
  while (b > a && isMark(line[b - 1]!)) b--;
  return line.slice(a, b);
}

/** `s` without trailing blanks, dots and exclamation marks. */
function withoutEndMarks(s: string): string {
  let b = s.length;
  while (b > 0 && (s[b - 1] === '.' || s[b - 1] === '!' || s[b - 1]!.trim() === '')) b--;
  return s.slice(0, b);
}

function cleanReason(s: string): string {
  const r = s.replace(SEPARATORS, '').replace(/\s+/g, ' ').trim();
  return PLACEHOLDER.test(r) || !/[\p{L}\p{N}]/u.test(r) ? '' : r;
}
