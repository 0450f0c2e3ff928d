import type { Queryable } from '../db/pool.js';

/**
 * One line of `triage list`: a possible request waiting for staff to say REQUEST or IGNORE.
 * No personal data (no handle, no address, no words of the mail), so the list can be shown
 * and pasted freely; `requests show REF` has the rest.
 */
export interface TriageSummary {
  reference: string;
  receivedAt: Date;
  dueAt: Date;
  /** ISO 639-1 code of the language the mail was read in. */
  language: string;
  extended: boolean;
}

/** The possible requests waiting for triage, oldest first (the one closest to its due date leads). */
export async function listTriage(db: Queryable, limit: number): Promise<TriageSummary[]> {
  const { rows } = await db.query(
    `SELECT reference, received_at, due_at, language, extended_at IS NOT NULL AS extended
       FROM requests
      WHERE state = 'triage'
      ORDER BY received_at, reference
      LIMIT $1`,
    [limit],
  );
  return rows.map((r) => ({ reference: r.reference, receivedAt: r.received_at, dueAt: r.due_at, language: r.language, extended: r.extended }));
}
