import type { Queryable } from '../db/pool.js';
import { OPEN_STATES, type RequestState } from './state-rules.js';

/** One line of `requests list`: no personal data, so the list can be shown and pasted freely. */
export interface RequestSummary {
  reference: string;
  state: RequestState;
  receivedAt: Date;
  dueAt: Date;
  extended: boolean;
  purged: boolean;
  /** `email` or `meta` (Meta's data-deletion callback). */
  source: string;
}

export interface ListFilter {
  state?: RequestState;
  /** Only open requests whose due date is before `now`. */
  overdue?: boolean;
  now: Date;
  limit: number;
}

export async function listRequestSummaries(db: Queryable, f: ListFilter): Promise<RequestSummary[]> {
  const { rows } = await db.query(
    `SELECT reference, state, received_at, due_at, extended_at IS NOT NULL AS extended, purged_at IS NOT NULL AS purged, source
       FROM requests
      WHERE ($1::text IS NULL OR state = $1)
        AND (NOT $2 OR (state = ANY($3) AND due_at < $4))
      ORDER BY received_at DESC, reference DESC
      LIMIT $5`,
    [f.state ?? null, f.overdue ?? false, OPEN_STATES, f.now, f.limit],
  );
  return rows.map((r) => ({
    reference: r.reference, state: r.state, receivedAt: r.received_at, dueAt: r.due_at, extended: r.extended, purged: r.purged, source: r.source,
  }));
}
