import type { Queryable } from '../db/pool.js';
import type { StoredMessage } from '../mail-in/stored-message.js';

/** Stored inbound messages as the worker handles them: load, lock, mark processed, find the ones left. */

function toStored(r: Record<string, unknown>): StoredMessage {
  return {
    id: r.id as string, raw: r.raw as Buffer | null, receivedAt: r.received_at as Date, processedAt: r.processed_at as Date | null,
    uid: Number(r.uid), sizeBytes: Number(r.size_bytes), oversized: r.oversized === true,
  };
}

/** The messages of `ids` not yet processed, in the order of `ids` (one query). */
export async function loadUnprocessedInbound(db: Queryable, ids: readonly string[]): Promise<StoredMessage[]> {
  const { rows } = await db.query(
    `SELECT m.id, m.raw, m.received_at, m.processed_at, m.uid, m.size_bytes, m.oversized
       FROM unnest($1::uuid[]) WITH ORDINALITY AS wanted(id, n) JOIN inbound_messages m ON m.id = wanted.id
      WHERE m.processed_at IS NULL ORDER BY wanted.n`,
    [ids],
  );
  return rows.map(toStored);
}

/** Locks a message row for handling; false when it is gone or another attempt already handled it. */
export async function lockUnprocessed(db: Queryable, id: string): Promise<boolean> {
  const { rows } = await db.query(`SELECT processed_at FROM inbound_messages WHERE id = $1 FOR UPDATE`, [id]);
  return rows.length > 0 && rows[0].processed_at === null;
}

export async function markProcessed(db: Queryable, id: string, kind: string, requestId: string | null): Promise<void> {
  await db.query(
    `UPDATE inbound_messages SET kind = $2, request_id = $3, processed_at = now() WHERE id = $1`,
    [id, kind, requestId],
  );
}

/** Messages not yet handled, oldest first; with `storedBeforeSeconds`, only those stored at least that long ago. */
export async function unprocessedInboundIds(db: Queryable, limit = 1000, storedBeforeSeconds = 0): Promise<string[]> {
  const { rows } = await db.query(
    `SELECT id FROM inbound_messages WHERE processed_at IS NULL AND stored_at <= now() - make_interval(secs => $2)
      ORDER BY stored_at LIMIT $1`,
    [limit, storedBeforeSeconds],
  );
  return rows.map((r) => r.id as string);
}
