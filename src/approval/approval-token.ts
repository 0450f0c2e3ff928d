import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Staff decide a request by replying to the bot's notification. The
 * notification's Message-ID carries an HMAC of the request id and the action
 * `decide` under APPROVAL_SECRET, so a reply proves which notification it
 * answers (In-Reply-To / References) and nobody without the secret can make one
 * up. That thread token opens every command of its one request; the codes in
 * the notification's text (action-code.ts) each open one command.
 *
 * A possible request's triage notification (src/triage/) has an id of its own,
 * `dr-triage.…`, with an HMAC under another action (`triage`): a reply to it
 * proves the request as well, and says it answers the triage question, not the
 * approval one (prove-attempt.ts). Neither id can be turned into the other.
 */

const ACTION = 'decide';
const TRIAGE_ACTION = 'triage';
const PREFIX = 'dr-notify';
const TRIAGE_PREFIX = 'dr-triage';
// A strict UUID: a looser pattern would let a made-up id reach Postgres as an invalid uuid.
const ID_PATTERN = /^dr-(notify|triage)\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([0-9a-f]{32})@/i;

export function approvalToken(secret: string, requestId: string, action = ACTION): string {
  return createHmac('sha256', secret).update(`${requestId}\n${action}`).digest('hex').slice(0, 32);
}

/** Message-ID (without brackets) of the staff notification for one request. */
export function notificationMessageId(secret: string, requestId: string, domain: string): string {
  return `${PREFIX}.${requestId}.${approvalToken(secret, requestId)}@${domain}`;
}

/** Message-ID (without brackets) of the triage notification for one possible request. */
export function triageMessageId(secret: string, requestId: string, domain: string): string {
  return `${TRIAGE_PREFIX}.${requestId}.${approvalToken(secret, requestId, TRIAGE_ACTION)}@${domain}`;
}

/** `triage: true` when the id is a triage notification's (absent for the approval notification's). */
export type TokenCheck =
  | { status: 'valid'; requestId: string; triage?: true }
  | { status: 'forged'; requestId: string; triage?: true }
  | { status: 'absent' };

/**
 * Looks through the ids a reply points at (In-Reply-To, then References) for a
 * notification id. A well-formed id whose HMAC does not verify is reported as
 * forged, so the attempt can be recorded against that request.
 */
export function checkReplyToken(secret: string, ids: readonly string[]): TokenCheck {
  let forged: TokenCheck | null = null;
  for (const id of ids) {
    const m = ID_PATTERN.exec(id.trim());
    if (!m) continue;
    const triage = m[1]!.toLowerCase() === 'triage';
    const requestId = m[2]!.toLowerCase();
    const given = Buffer.from(m[3]!.toLowerCase(), 'utf8');
    const expected = Buffer.from(approvalToken(secret, requestId, triage ? TRIAGE_ACTION : ACTION), 'utf8');
    const kind = triage ? { triage: true as const } : {};
    if (given.length === expected.length && timingSafeEqual(given, expected)) {
      return { status: 'valid', requestId, ...kind };
    }
    forged ??= { status: 'forged', requestId, ...kind };
  }
  return forged ?? { status: 'absent' };
}
