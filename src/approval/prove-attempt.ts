/**
 * Does a decision attempt prove it answers this request's notification, for
 * the command it asks? Pure; the rule staff read in docs/APPROVAL.md:
 *
 *  - a valid notification id in In-Reply-To/References (the reply stays in the
 *    notification's thread) proves every command for that one request;
 *  - a reply to a reminder, alert or answer names only the request's
 *    token-free staff thread, which proves nothing;
 *  - otherwise the reply's own text must carry the code printed for this
 *    request and this very command (an APPROVE code never rejects or extends);
 *  - a code of another request, or a subject naming another request than the
 *    one the token proves, refuses the attempt: a token never serves another
 *    request;
 *  - a reply to a possible request's triage notification proves the request,
 *    but APPROVE, REJECT or EXTEND in it count only while the request is still
 *    in triage (where they are refused as not applicable): once staff opened it,
 *    they decide on the approval notification, which shows what would be erased.
 */
import type { StaffCommand } from '../understanding/types.js';
import { verifyActionCode, type CodeAction, type FoundCode } from './action-code.js';
import type { DecisionAttempt } from './decision-attempt.js';

export type Proof =
  | { ok: true; via: 'thread' | 'code' }
  | { ok: false; reason: 'no_token' | 'wrong_token'; why: string };

/** Which request an attempt is about: the strongest claim first. */
export function claimedRequest(a: DecisionAttempt): { id: string } | { reference: string } | null {
  if (a.threadRequestId) return { id: a.threadRequestId };
  if (a.codes[0]) return { reference: a.codes[0].reference };
  if (a.forgedThreadRequestId) return { id: a.forgedThreadRequestId };
  if (a.staffThreadRequestId) return { id: a.staffThreadRequestId };
  const named = a.subjectReferences[0] ?? a.textReferences[0];
  return named ? { reference: named } : null;
}

export function proveAttempt(a: DecisionAttempt, req: { id: string; reference: string; state?: string }, secret: string): Proof {
  const ref = req.reference.toUpperCase();
  const foreign = a.codes.find((c) => c.reference !== ref);
  if (foreign) return { ok: false, reason: 'wrong_token', why: `the reply carries a code of another request (${foreign.reference}), not of ${ref}` };
  if (a.subjectReferences.length > 0 && !a.subjectReferences.includes(ref)) {
    return { ok: false, reason: 'wrong_token', why: `the subject names ${a.subjectReferences.join(', ')} but the reply's token is for ${ref}` };
  }
  if (a.threadRequestId === req.id) {
    const c = a.command.action;
    if (a.threadTriage && (c === 'approve' || c === 'reject' || c === 'extend') && req.state !== 'triage') {
      return {
        ok: false,
        reason: 'wrong_token',
        why: `the reply answers ${ref}'s triage notification, which takes REQUEST or IGNORE only: ${c.toUpperCase()} counts in reply to its approval notification, which shows what would be erased`,
      };
    }
    return { ok: true, via: 'thread' };
  }

  const valid = a.codes.filter((c) => verifyActionCode(secret, req, c));
  const wanted = commandAction(a.command);
  if (valid.some((c) => wanted === null || c.action === wanted)) return { ok: true, via: 'code' };

  if (valid[0] && wanted) {
    return { ok: false, reason: 'wrong_token', why: `the code is for ${valid[0].action.toUpperCase()}, not ${wanted.toUpperCase()}: a code opens only its own command` };
  }
  if (a.codes.length > 0) return { ok: false, reason: 'wrong_token', why: describeBadCodes(a.codes) };
  if (a.forgedThreadRequestId === req.id) {
    return { ok: false, reason: 'wrong_token', why: 'the notification id the reply answers does not verify (its token is not ours)' };
  }
  if (a.staffThreadRequestId === req.id) {
    return {
      ok: false,
      reason: 'no_token',
      why: `the mail answers a reminder, alert or answer about ${ref}, which carries no token: reply to the notification itself, or write the command with its code from the notification`,
    };
  }
  return {
    ok: false,
    reason: 'no_token',
    why: `the mail does not answer ${ref}'s notification and carries no code for ${wanted ? wanted.toUpperCase() : 'a command'}`,
  };
}

function commandAction(c: StaffCommand): CodeAction | null {
  return c.action === 'unknown' ? null : c.action;
}

function describeBadCodes(codes: readonly FoundCode[]): string {
  return `the decision code${codes.length > 1 ? 's' : ''} in the reply do${codes.length > 1 ? '' : 'es'} not verify for ${codes[0]!.reference}`;
}
