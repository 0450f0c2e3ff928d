/**
 * Reads a staff member's decision from their reply. The command is the first
 * non-empty line they wrote; quoted lines (`>`) never count, so an "APPROVE"
 * that only appears in the quoted approval request cannot approve anything.
 */
import type { StaffCommand } from './types.js';

/** "APPROVE", "Approve.", "approve - looks fine"; not "approve?" (a question). */
const APPROVE = /^approved?(?![\p{L}\p{N}])(?![\s.!,:;\-–—]*\?)/iu;
/** "REJECT not an Instagram user", "Reject: wrong account", "rejected - duplicate". */
const REJECT = /^reject(?:ed)?(?![\p{L}\p{N}])[\s.!,:;\-–—]*(.*)$/iu;

export function parseStaffCommand(visibleTextOfReply: string): StaffCommand {
  const lines = visibleTextOfReply
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/^[\s*_\u00a0\ufeff]+|[\s*_\u00a0]+$/g, ''));
  const firstIndex = lines.findIndex((line) => line !== '' && !line.startsWith('>'));
  const first = firstIndex >= 0 ? (lines[firstIndex] ?? '') : '';
  if (first === '') return { action: 'unknown', firstLine: '' };

  if (APPROVE.test(first)) return { action: 'approve' };

  const reject = REJECT.exec(first);
  if (reject) {
    let reason = (reject[1] ?? '').trim();
    if (reason === '') {
      // "REJECT" alone: the reason is written on the following lines.
      const rest = lines.slice(firstIndex + 1);
      const quote = rest.findIndex((line) => line.startsWith('>'));
      reason = (quote >= 0 ? rest.slice(0, quote) : rest)
        .filter((line) => line !== '')
        .join(' ')
        .trim();
    }
    if (reason !== '') return { action: 'reject', reason: reason.slice(0, 2000) };
  }
  return { action: 'unknown', firstLine: first.slice(0, 500) };
}
