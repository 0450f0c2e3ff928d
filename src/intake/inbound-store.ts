import { createHash } from 'node:crypto';
import type { Queryable } from '../db/pool.js';

/** Inbound messages and the mailbox checkpoint: the exactly-once front door. */

export interface Checkpoint {
  uidValidity: number;
  lastUid: number;
}

export async function readCheckpoint(db: Queryable, mailbox: string): Promise<Checkpoint | null> {
  const { rows } = await db.query(`SELECT uid_validity, last_uid FROM mailbox_checkpoints WHERE mailbox = $1`, [mailbox]);
  return rows[0] ? { uidValidity: Number(rows[0].uid_validity), lastUid: Number(rows[0].last_uid) } : null;
}

export async function writeCheckpoint(db: Queryable, mailbox: string, cp: Checkpoint): Promise<void> {
  await db.query(
    `INSERT INTO mailbox_checkpoints (mailbox, uid_validity, last_uid) VALUES ($1, $2, $3)
     ON CONFLICT (mailbox) DO UPDATE SET uid_validity = $2, last_uid = $3, updated_at = now()`,
    [mailbox, cp.uidValidity, cp.lastUid],
  );
}

export interface FetchedMessage {
  uid: number;
  source: Buffer;
  internalDate: Date;
}

/** Message-ID header of a raw message, read without a full parse. */
export function headerMessageId(source: Buffer): string | null {
  const head = source.subarray(0, Math.min(source.length, 64 * 1024)).toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  const headers = (end >= 0 ? head.slice(0, end) : head).replace(/\r?\n[ \t]+/g, ' ');
  const m = /^message-id:\s*<?([^>\s]+)>?/im.exec(headers);
  return m ? m[1]!.slice(0, 500) : null;
}

/**
 * Stores one message unless it is already known, by its place in the mailbox
 * (UIDVALIDITY, UID) or by its Message-ID and content hash. Returns the new
 * row's id, or null when it was a duplicate.
 */
export async function storeInbound(db: Queryable, mailbox: string, uidValidity: number, m: FetchedMessage): Promise<string | null> {
  const sha = createHash('sha256').update(m.source).digest('hex');
  const { rows } = await db.query(
    `INSERT INTO inbound_messages (mailbox, uid_validity, uid, message_id, content_sha256, size_bytes, raw, received_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT DO NOTHING RETURNING id`,
    [mailbox, uidValidity, m.uid, headerMessageId(m.source), sha, m.source.length, m.source, m.internalDate],
  );
  return rows[0]?.id ?? null;
}

export interface StoredMessage {
  id: string;
  raw: Buffer | null;
  receivedAt: Date;
  processedAt: Date | null;
}

export async function loadInbound(db: Queryable, id: string): Promise<StoredMessage | null> {
  const { rows } = await db.query(`SELECT id, raw, received_at, processed_at FROM inbound_messages WHERE id = $1`, [id]);
  const r = rows[0];
  return r ? { id: r.id, raw: r.raw, receivedAt: r.received_at, processedAt: r.processed_at } : null;
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

export async function unprocessedInboundIds(db: Queryable, limit = 1000): Promise<string[]> {
  const { rows } = await db.query(
    `SELECT id FROM inbound_messages WHERE processed_at IS NULL ORDER BY stored_at LIMIT $1`,
    [limit],
  );
  return rows.map((r) => r.id as string);
}
