import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Meta's `signed_request`: `<signature>.<payload>`, both base64url; the signature is
 * HMAC-SHA256 of the payload part (as sent) under the app secret; the payload is JSON
 * with `algorithm`, `issued_at` (Unix seconds) and `user_id` (app-scoped user id).
 * Pure: the caller gives the secret, the clock and the age limit.
 */

export interface SignedRequestPayload {
  userId: string;
  issuedAt: Date;
}

/** Why a `signed_request` is not accepted (unrelated to a staff refusal of a deletion). */
export type SignedRequestProblem =
  | 'missing'
  | 'malformed'
  | 'bad_signature'
  | 'not_json'
  | 'unknown_algorithm'
  | 'no_user_id'
  | 'stale'
  | 'future';

export type SignedRequestResult = { ok: true; payload: SignedRequestPayload } | { ok: false; reason: SignedRequestProblem };

/** Longest `signed_request` read; Meta's are a few hundred characters. */
export const MAX_SIGNED_REQUEST_LENGTH = 8192;
/** Clock skew tolerated for an `issued_at` in the future. */
export const FUTURE_TOLERANCE_S = 300;

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;

export function verifySignedRequest(
  signedRequest: unknown,
  secret: string,
  opts: { now: Date; maxAgeSeconds: number },
): SignedRequestResult {
  if (typeof signedRequest !== 'string' || signedRequest.length === 0) return { ok: false, reason: 'missing' };
  if (signedRequest.length > MAX_SIGNED_REQUEST_LENGTH) return { ok: false, reason: 'malformed' };
  const parts = signedRequest.split('.');
  if (parts.length !== 2) return { ok: false, reason: 'malformed' };
  const [sigPart, payloadPart] = parts as [string, string];
  if (!BASE64URL.test(sigPart) || !BASE64URL.test(payloadPart)) return { ok: false, reason: 'malformed' };

  const given = Buffer.from(sigPart, 'base64url');
  const expected = createHmac('sha256', secret).update(payloadPart).digest();
  // timingSafeEqual needs equal lengths; a wrong length is compared against itself so the
  // time taken does not depend on how much of the signature was right.
  const same = given.length === expected.length ? timingSafeEqual(given, expected) : (timingSafeEqual(expected, expected), false);
  if (!same) return { ok: false, reason: 'bad_signature' };

  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(payloadPart, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'not_json' };
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return { ok: false, reason: 'not_json' };
  const p = payload as Record<string, unknown>;
  if (typeof p.algorithm !== 'string' || p.algorithm.toUpperCase() !== 'HMAC-SHA256') return { ok: false, reason: 'unknown_algorithm' };
  // Meta's ids exceed 2^53: a JSON number may already have been rounded to another user's id.
  const userId = typeof p.user_id === 'number' ? (Number.isSafeInteger(p.user_id) && p.user_id > 0 ? String(p.user_id) : undefined) : p.user_id;
  if (typeof userId !== 'string' || !/^[0-9A-Za-z_-]{1,64}$/.test(userId)) return { ok: false, reason: 'no_user_id' };
  const issuedAt = typeof p.issued_at === 'number' ? p.issued_at : typeof p.issued_at === 'string' ? Number(p.issued_at) : NaN;
  if (!Number.isFinite(issuedAt)) return { ok: false, reason: 'malformed' };
  const nowS = opts.now.getTime() / 1000;
  if (issuedAt > nowS + FUTURE_TOLERANCE_S) return { ok: false, reason: 'future' };
  if (nowS - issuedAt > opts.maxAgeSeconds) return { ok: false, reason: 'stale' };
  return { ok: true, payload: { userId, issuedAt: new Date(issuedAt * 1000) } };
}

/** Builds a signed request the way Meta does: for tests and for checking a deployment by hand. */
export function signRequest(payload: Record<string, unknown>, secret: string): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const sig = createHmac('sha256', secret).update(body).digest('base64url');
  return `${sig}.${body}`;
}
