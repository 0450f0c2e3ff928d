import type { Queryable } from '../db/pool.js';

/**
 * Personal data that reached a request after its purge: a late reply to the
 * notification (its raw mail, the refused attempt's sender, the alert to
 * staff naming them). Such rows are purged on the next pass, once their mail
 * went out. `keep` lists addresses that may stay as actors (staff, the bot).
 */
export const LEFTOVERS_CONDITION = `(
  EXISTS (SELECT 1 FROM outbox o WHERE o.request_id = r.id AND o.state <> 'pending'
           AND (o.text_body <> '' OR o.subject <> '' OR cardinality(o.to_addresses) > 0))
  OR EXISTS (SELECT 1 FROM inbound_messages m WHERE m.request_id = r.id AND m.raw IS NOT NULL AND m.processed_at IS NOT NULL)
  OR EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id AND e.actor LIKE '%@%'
              AND lower(e.actor) <> ALL($KEEP::text[])
              AND lower(e.actor) IS DISTINCT FROM lower(r.decided_by)
              AND lower(e.actor) IS DISTINCT FROM lower(r.extended_by)))`;

/** Purged requests holding leftovers; `keep` is bound as the given parameter number. */
export function leftoversWhere(keepParam: number): string {
  return LEFTOVERS_CONDITION.replace('$KEEP', `$${keepParam}`);
}

export async function hasLeftovers(db: Queryable, requestId: string, keep: string[]): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM requests r WHERE r.id = $1 AND ${leftoversWhere(2)}`,
    [requestId, keep.map((a) => a.toLowerCase())],
  );
  return rows.length > 0;
}
