/**
 * Reads a staff member's decision from their reply. The command is the first
 * non-empty line they wrote, in any case; quoted lines (`>`) never count, so a
 * command that only appears in the quoted notification cannot decide anything.
 *
 *   APPROVE                      "Approve.", "approved - looks fine"
 *   REJECT <reason>              the reason may also follow on the next lines
 *   EXTEND <reason>              likewise
 *
 * Anything doubtful is not a command: a question ("Approve?"), two commands on
 * the line ("APPROVE or REJECT"), or REJECT/EXTEND without a reason (the
 * requester reads it). The caller removes decision codes before calling this.
 */
import type { StaffCommand, StaffCommandProblem } from './types.js';

const COMMAND = /^(approve|reject|extend)(?:d|ed)?(?![\p{L}\p{N}])/iu;
const ANY_COMMAND = /(?<![\p{L}\p{N}])(?:approve|reject|extend)(?:d|ed)?(?![\p{L}\p{N}])/iu;
/** REJECT/EXTEND followed straight by another command: "reject / approve", "extend or reject". */
const ALTERNATIVE = /^[\s.!,:;\-–—/|]*(?:(?:or|and|oder|ou|o)[\s/|]+)?(?:approve|reject|extend)(?![\p{L}\p{N}])/iu;
const SEPARATORS = /^[\s.!,:;\-–—]+/u;
/** The notification's own placeholder, copied as is: "REJECT <reason the requester will read>". */
const PLACEHOLDER = /^<[^<>]*>[\s.]*$/u;
const MAX_REASON = 2000;

export function parseStaffCommand(visibleTextOfReply: string): StaffCommand {
  const lines = visibleTextOfReply
    .slice(0, 200_000)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/^[\s*_\u00a0\ufeff]+|[\s*_\u00a0]+$/g, ''));
  const firstIndex = lines.findIndex((line) => line !== '' && !line.startsWith('>'));
  const first = firstIndex >= 0 ? (lines[firstIndex] ?? '') : '';
  const unknown = (problem: StaffCommandProblem): StaffCommand => ({ action: 'unknown', firstLine: first.slice(0, 500), problem });

  const m = COMMAND.exec(first);
  if (!m) return unknown('no_command');
  if (/\?[\s.!]*$/.test(first)) return unknown('question');
  const word = m[1]!.toLowerCase() as 'approve' | 'reject' | 'extend';
  const rest = first.slice(m[0].length);

  if (word === 'approve') {
    if (ANY_COMMAND.test(rest)) return unknown('ambiguous');
    return /^\s+redact[\s.!]*$/iu.test(rest.slice(0, 100)) && rest.length < 100 ? { action: 'approve', redactMentions: true } : { action: 'approve' };
  }
  if (ALTERNATIVE.test(rest)) return unknown('ambiguous');

  let reason = cleanReason(rest);
  if (reason === '') {
    // "REJECT" alone: the reason is written on the following lines, up to the quote.
    const after = lines.slice(firstIndex + 1);
    const quote = after.findIndex((line) => line.startsWith('>'));
    reason = cleanReason((quote >= 0 ? after.slice(0, quote) : after).filter((line) => line !== '').join(' '));
  }
  if (reason === '') return unknown('reason_missing');
  return { action: word, reason: reason.slice(0, MAX_REASON) };
}

function cleanReason(s: string): string {
  const r = s.replace(SEPARATORS, '').replace(/\s+/g, ' ').trim();
  return PLACEHOLDER.test(r) || !/[\p{L}\p{N}]/u.test(r) ? '' : r;
}
