import { createHash } from 'node:crypto';
import type { Queryable } from '../db/pool.js';
import { contentHash } from './content-hash.js';

/** Inbound messages and the mailbox checkpoint: the exactly-once front door. */

export interface Checkpoint {
  uidValidity: number;
  lastUid: number;
  /** HIGHESTMODSEQ after the last complete read, when the server offers CONDSTORE. */
  highestModseq: bigint | null;
  /** Mail is taken from this instant on (first start or back-fill date). */
  takeSince: Date | null;
  /** While set, UIDs up to here are read with the takeSince filter (back-fill, re-scan). */
  scanUntilUid: number | null;
}

export async function readCheckpoint(db: Queryable, mailbox: string): Promise<Checkpoint | null> {
  const { rows } = await db.query(
    `SELECT uid_validity, last_uid, highest_modseq, take_since, scan_until_uid FROM mailbox_checkpoints WHERE mailbox = $1`,
    [mailbox],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    uidValidity: Number(r.uid_validity),
    lastUid: Number(r.last_uid),
    highestModseq: r.highest_modseq === null ? null : BigInt(r.highest_modseq),
    takeSince: r.take_since,
    scanUntilUid: r.scan_until_uid === null ? null : Number(r.scan_until_uid),
  };
}

export async function writeCheckpoint(db: Queryable, mailbox: string, cp: Checkpoint): Promise<void> {
  await db.query(
    `INSERT INTO mailbox_checkpoints (mailbox, uid_validity, last_uid, highest_modseq, take_since, scan_until_uid)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (mailbox) DO UPDATE SET uid_validity = $2, last_uid = $3, highest_modseq = $4, take_since = $5,
       scan_until_uid = $6, updated_at = now()`,
    [mailbox, cp.uidValidity, cp.lastUid, cp.highestModseq?.toString() ?? null, cp.takeSince, cp.scanUntilUid],
  );
}

/** Moves the last UID forward (never back). */
export async function advanceCheckpoint(db: Queryable, mailbox: string, lastUid: number): Promise<void> {
  await db.query(
    `UPDATE mailbox_checkpoints SET last_uid = $2, updated_at = now() WHERE mailbox = $1 AND last_uid < $2`,
    [mailbox, lastUid],
  );
}

/** Ends a back-fill or re-scan: every UID up to scan_until_uid was read. */
export async function finishScan(db: Queryable, mailbox: string, scanUntilUid: number): Promise<void> {
  await db.query(
    `UPDATE mailbox_checkpoints SET last_uid = GREATEST(last_uid, $2), scan_until_uid = NULL, updated_at = now()
      WHERE mailbox = $1`,
    [mailbox, scanUntilUid],
  );
}

export async function recordModseq(db: Queryable, mailbox: string, modseq: bigint): Promise<void> {
  await db.query(
    `UPDATE mailbox_checkpoints SET highest_modseq = $2, updated_at = now() WHERE mailbox = $1`,
    [mailbox, modseq.toString()],
  );
}

export interface FetchedMessage {
  uid: number;
  /** The whole message, or only its headers when `oversizedBytes` is set. */
  source: Buffer;
  internalDate: Date;
  /** The message's real size (RFC822.SIZE) when it was too large to download. */
  oversizedBytes?: number;
}

/** The header block of a raw message (its first 64 KB at most), folded lines unfolded. */
function headerBlock(source: Buffer): string {
  const head = source.subarray(0, Math.min(source.length, 64 * 1024)).toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  return (end >= 0 ? head.slice(0, end) : head).replace(/\r?\n[ \t]+/g, ' ');
}

/** Message-ID header of a raw message, read without a full parse. */
function headerMessageId(source: Buffer): string | null {
  const m = /^message-id:\s*<?([^>\s]+)>?/im.exec(headerBlock(source));
  return m ? m[1]!.slice(0, 500) : null;
}

/** The address in a message's From header, lower-cased; null when there is none. */
export function headerFromAddress(source: Buffer): string | null {
  const from = /^from:(.*)$/im.exec(headerBlock(source))?.[1] ?? '';
  const address = /<([^<>\s]+@[^<>\s]+)>/.exec(from)?.[1] ?? /([^\s<>",;:]+@[^\s<>",;]+)/.exec(from)?.[1];
  return address ? address.toLowerCase() : null;
}

/** The identity hash: of the content, or of headers and size for a message we only saw the headers of. */
function identityHash(m: FetchedMessage): string {
  if (m.oversizedBytes === undefined) return contentHash(m.source);
  return createHash('sha256').update(`oversized:${m.oversizedBytes}:${contentHash(m.source)}`).digest('hex');
}

/** A known message met at a new place (a re-scan after a UIDVALIDITY change): its row moves there. */
const RELOCATE_KNOWN = `UPDATE inbound_messages SET uid_validity = $3, uid = $4, marked_at = NULL
  WHERE mailbox = $1 AND coalesce(message_id, '') = coalesce($2, '') AND content_sha256 = $5 AND uid_validity <> $3
    AND NOT EXISTS (SELECT 1 FROM inbound_messages WHERE mailbox = $1 AND uid_validity = $3 AND uid = $4)`;

/**
 * Stores a group of messages with one INSERT, each unless it is already known, by its
 * place in the mailbox (UIDVALIDITY, UID) or by its Message-ID and content hash. For each
 * message in order: the new row's id, or null when it was a duplicate. A known message
 * met under a new UIDVALIDITY (a re-scan) is not stored again, but its row moves to the
 * new place, so its keyword and move can be applied there. Sources go as binary parameters.
 */
export async function storeInboundMany(db: Queryable, mailbox: string, uidValidity: number, ms: readonly FetchedMessage[]): Promise<(string | null)[]> {
  if (ms.length === 0) return [];
  const values: unknown[] = [mailbox, uidValidity];
  const tuples: string[] = [];
  const keys = ms.map((m) => ({ sha: identityHash(m), messageId: headerMessageId(m.source) }));
  ms.forEach((m, i) => {
    const at = values.length;
    values.push(m.uid, keys[i]!.messageId, keys[i]!.sha, m.oversizedBytes ?? m.source.length, m.source, m.internalDate, m.oversizedBytes !== undefined);
    tuples.push(`($1, $2, $${at + 1}::bigint, $${at + 2}::text, $${at + 3}::text, $${at + 4}::int, $${at + 5}::bytea, $${at + 6}::timestamptz, $${at + 7}::boolean)`);
  });
  const { rows } = await db.query(
    `INSERT INTO inbound_messages (mailbox, uid_validity, uid, message_id, content_sha256, size_bytes, raw, received_at, oversized)
     VALUES ${tuples.join(', ')}
     ON CONFLICT DO NOTHING RETURNING id, uid`,
    values,
  );
  const byUid = new Map(rows.map((r) => [Number(r.uid), r.id as string]));
  const ids: (string | null)[] = [];
  for (const [i, m] of ms.entries()) {
    const id = byUid.get(m.uid) ?? null;
    ids.push(id);
    if (id === null) {
      await db.query(RELOCATE_KNOWN, [mailbox, keys[i]!.messageId, uidValidity, m.uid, keys[i]!.sha]);
    }
  }
  return ids;
}

/**
 * Kinds the bot acted on without a request link. Together with "linked to a
 * request", this is what "handled" means for the keyword and the move; every
 * other kind (other, auto replies, own mail) stays exactly as it was.
 */
// Staff mail without a request (no decision, no forwarded request) is left for a person to read.
const HANDLED_KINDS_WITHOUT_REQUEST = ['oversized', 'unreadable'] as const;

export interface Unmarked {
  id: string;
  uidValidity: number;
  uid: number;
  handled: boolean;
}

/** Processed messages whose mailbox follow-up (keyword, move, or nothing) is not done yet. */
export async function unmarkedProcessed(db: Queryable, mailbox: string, limit = 500): Promise<Unmarked[]> {
  const { rows } = await db.query(
    `SELECT id, uid_validity, uid, (request_id IS NOT NULL OR kind = ANY($2)) AS handled
       FROM inbound_messages
      WHERE mailbox = $1 AND processed_at IS NOT NULL AND marked_at IS NULL
      ORDER BY uid_validity, uid LIMIT $3`,
    [mailbox, HANDLED_KINDS_WITHOUT_REQUEST, limit],
  );
  return rows.map((r) => ({ id: r.id, uidValidity: Number(r.uid_validity), uid: Number(r.uid), handled: r.handled === true }));
}

export async function setMarked(db: Queryable, ids: string[]): Promise<void> {
  await db.query(`UPDATE inbound_messages SET marked_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
}
