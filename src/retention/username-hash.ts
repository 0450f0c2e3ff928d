import { createHmac } from 'node:crypto';

/**
 * The keyed hash kept in place of a username after the purge: HMAC-SHA256
 * under APPROVAL_SECRET of the lowercased handle. A repeat request for the
 * same account can be recognised, but without the secret nobody can test
 * guesses against the stored hashes.
 */
export function usernameHash(secret: string, username: string): string {
  const handle = username.trim().replace(/^@/, '').toLowerCase();
  return createHmac('sha256', secret).update(`instagram-username\n${handle}`).digest('hex');
}
