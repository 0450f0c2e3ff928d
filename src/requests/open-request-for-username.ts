import type { Queryable } from '../db/pool.js';
import { OPEN_STATES, type RequestState } from './state-rules.js';

/**
 * One open request per Instagram username: a second request for the same
 * account joins the first. Whoever is about to open a request for a username,
 * or to give one a username, first takes that username's lock for the rest of
 * the transaction (lock-usernames.ts), then looks for an open request; two mails
 * handled at once are thereby serialised and the second sees the first's request.
 * (sql/0005_open_request_unique.sql enforces the same rule in the database.)
 */


export interface OpenRequest {
  id: string;
  reference: string;
  state: RequestState;
  senderEmail: string | null;
}

/**
 * SQL that is true when the request `r` is open for the username `username` (an SQL
 * expression), whatever its case: the one rule of "the account has an open request", for
 * {@link findOpenRequest} and for a group's look (new-request-facts.ts). `openStates` is the
 * parameter the caller binds to {@link OPEN_STATES}.
 */
export function openFor(r: string, username: string, openStates: string): string {
  return `lower(${r}.instagram_username) = lower(${username}) AND ${r}.state = ANY(${openStates})`;
}

/**
 * The open request for this username (other than `except`), share-locked so it
 * cannot be closed while a mail joins it; a request closed meanwhile is not found.
 */
export async function findOpenRequest(db: Queryable, username: string, except: string | null = null): Promise<OpenRequest | null> {
  const { rows } = await db.query(
    `SELECT id, reference, state, sender_email FROM requests r
      WHERE ${openFor('r', '$1', '$2')} AND ($3::uuid IS NULL OR id <> $3)
      ORDER BY received_at, reference LIMIT 1
        FOR SHARE`,
    [username, OPEN_STATES, except],
  );
  const r = rows[0];
  return r ? { id: r.id, reference: r.reference, state: r.state, senderEmail: r.sender_email } : null;
}
