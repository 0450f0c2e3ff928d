import type { Queryable } from '../db/pool.js';

/**
 * Fair turns in the queues. BullMQ takes jobs first come, first served, so 1,000 mails from
 * one address would keep everyone who writes after them waiting until all of them are done.
 * Two rules put a job further back (a BullMQ priority; jobs without one go first):
 * - an address that opened more than FAIR_SHARE requests in the last 24 hours: the work of
 *   each further request (its first step, its acknowledgment, its staff notification) gets
 *   priority `requests - FAIR_SHARE`, so the flood waits behind everyone else and its own
 *   earlier mails;
 * - a staff notification yields to mail a requester is waiting for (one step further back):
 *   staff read notifications within the SLA's days, a requester expects the acknowledgment now.
 * Priorities only order jobs; every one still runs. Jobs the reconciler re-queues after a
 * restart or a Redis loss carry none.
 */

export const FAIR_SHARE = 5;
/** BullMQ's largest priority. */
const MAX_PRIORITY = 2_097_152;

/** The priority of work for a request whose sender opened `openedToday` requests in 24 hours (undefined: none). */
export function fairPriority(openedToday: number, { staffMail = false } = {}): number | undefined {
  const p = Math.max(0, openedToday - FAIR_SHARE) + (staffMail ? 1 : 0);
  return p === 0 ? undefined : Math.min(p, MAX_PRIORITY);
}

/** Requests `sender` opened in the last 24 hours (by when their mail arrived); 0 without a sender. */
export async function requestsOpenedToday(db: Queryable, sender: string | null): Promise<number> {
  if (!sender) return 0;
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM requests WHERE lower(sender_email) = lower($1) AND received_at > now() - interval '1 day'`,
    [sender],
  );
  return rows[0]?.n ?? 0;
}
