import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Staff decide a request by replying to the bot's notification. The
 * notification's Message-ID carries an HMAC of the request id and the action
 * `decide` under APPROVAL_SECRET, so a reply proves which notification it
 * answers (In-Reply-To / References) and nobody without the secret can make one
 * up. That thread token opens every command of its one request; the codes in
 * the notification's text (action-code.ts) each open one command.
 */

const ACTION = 'decide';
const PREFIX = 'dr-notify';
// A strict UUID: a looser pattern would let a made-up id reach Postgres as an invalid uuid.
const ID_PATTERN = /^dr-notify\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([0-9a-f]{32})@/i;

export function approvalToken(secret: string, requestId: string, action = ACTION): string {
  return createHmac('sha256', secret).update(`${requestId}\n${action}`).digest('hex').slice(0, 32);
}

/** Message-ID (without brackets) of the staff notification for one request. */
export function notificationMessageId(secret: string, requestId: string, domain: string): string {
  return `${PREFIX}.${requestId}.${approvalToken(secret, requestId)}@${domain}`;
}

export type TokenCheck =
  | { status: 'valid'; requestId: string }
  | { status: 'forged'; requestId: string }
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
    const requestId = m[1]!.toLowerCase();
    const given = Buffer.from(m[2]!.toLowerCase(), 'utf8');
    const expected = Buffer.from(approvalToken(secret, requestId), 'utf8');
    if (given.length === expected.length && timingSafeEqual(given, expected)) {
      return { status: 'valid', requestId };
    }
    forged ??= { status: 'forged', requestId };
  }
  return forged ?? { status: 'absent' };
}
