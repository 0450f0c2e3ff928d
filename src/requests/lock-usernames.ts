import type { Queryable } from '../db/pool.js';

/**
 * Serialises every change about these usernames until the transaction ends (one open request
 * per username: open-request-for-username.ts). Taken in one order, so two transactions
 * locking several usernames cannot deadlock; case does not matter.
 */
export async function lockUsernames(tx: Queryable, usernames: readonly string[]): Promise<void> {
  if (usernames.length === 0) return;
  await tx.query(
    `SELECT pg_advisory_xact_lock(hashtext('deletion-bot:open-request'), h)
       FROM (SELECT DISTINCT hashtext(lower(u)) AS h FROM unnest($1::text[]) AS u ORDER BY h) AS locks`,
    [usernames],
  );
}

/** {@link lockUsernames} of one. */
export async function lockUsername(tx: Queryable, username: string): Promise<void> {
  await lockUsernames(tx, [username]);
}
