import type { Queryable } from '../db/pool.js';
import { usernameHash } from './username-hash.js';

export interface EarlierRequest {
  reference: string;
  state: string;
  receivedAt: Date;
  purged: boolean;
}

async function query(db: Queryable, hash: string | null, username: string | null, excludeId: string | null): Promise<EarlierRequest[]> {
  const { rows } = await db.query(
    `SELECT reference, state, received_at, purged_at IS NOT NULL AS purged
       FROM requests
      WHERE (username_hash = $1 OR lower(instagram_username) = lower($2))
        AND id IS DISTINCT FROM $3::uuid
      ORDER BY received_at DESC, reference DESC`,
    [hash, username, excludeId],
  );
  return rows.map((r) => ({ reference: r.reference, state: r.state, receivedAt: r.received_at, purged: r.purged }));
}

/**
 * "Was this username handled before?": requests for the same Instagram
 * username, found by the username while a request still has it and by the
 * keyed hash once it was purged. Newest first.
 */
export function requestsForUsername(db: Queryable, secret: string, username: string, opts: { excludeId?: string } = {}): Promise<EarlierRequest[]> {
  const handle = username.trim().replace(/^@/, '');
  return query(db, usernameHash(secret, handle), handle, opts.excludeId ?? null);
}

/** The other requests for the same account as this one, whether it still has its username or only the hash. */
export function requestsForSameAccount(
  db: Queryable,
  secret: string,
  r: { id: string; instagramUsername: string | null; usernameHash: string | null },
): Promise<EarlierRequest[]> {
  if (r.instagramUsername) return requestsForUsername(db, secret, r.instagramUsername, { excludeId: r.id });
  if (r.usernameHash) return query(db, r.usernameHash, null, r.id);
  return Promise.resolve([]);
}
