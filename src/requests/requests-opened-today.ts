import type { Queryable } from '../db/pool.js';

/**
 * SQL that is true when the request `r` was opened by the address `sender` (an SQL
 * expression) in the last 24 hours, by when its mail arrived; addresses compared without
 * regard to case (the index requests_sender_received is on lower(sender_email)). The one rule
 * of "requests opened today", for one sender ({@link requestsOpenedToday}) and for a group's
 * (new-request-facts.ts); fair-share.ts turns the count into a queue priority.
 */
export function openedTodayBy(r: string, sender: string): string {
  return `lower(${r}.sender_email) = lower(${sender}) AND ${r}.received_at > now() - interval '1 day'`;
}

/** Requests `sender` opened in the last 24 hours (by when their mail arrived); 0 without a sender. */
export async function requestsOpenedToday(db: Queryable, sender: string | null): Promise<number> {
  if (!sender) return 0;
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM requests r WHERE ${openedTodayBy('r', '$1')}`, [sender]);
  return rows[0]?.n ?? 0;
}
