import type { ImapFlow } from 'imapflow';
import { inTransaction, type Pool } from '../db/pool.js';
import { advanceCheckpoint, headerFromAddress, storeInboundMany, type FetchedMessage } from './inbound-store.js';
import { packUids } from './uid-set.js';

/** What one batch needs: the open mailbox, where to store, and the limits. */
export interface BatchReader {
  client: ImapFlow;
  pool: Pool;
  mailbox: string;
  uidValidity: number;
  maxMessageBytes: number;
  /** Messages received before this are left out (back-fill, re-scan); null takes all. */
  takeSince: Date | null;
  /** Called once per committed group with the new rows: their ids and the address in each From header (null without one). */
  onStored: (stored: { id: string; sender: string | null }[]) => Promise<void>;
  /** Asked between batches: false ends a long read early. */
  mayContinue: () => boolean;
}

export interface BatchResult {
  stored: number;
  /** Already known (same place, or same Message-ID and content). */
  known: number;
  /** Received before takeSince. */
  leftOut: number;
  oversized: number;
}

/** Bytes of message sources requested in one FETCH, whatever the batch size. */
const RUN_BYTES = 32 * 1024 * 1024;
/** Headers of an oversized message are read up to this size (a longer header block is cut). */
const HEADER_BYTES = 64 * 1024;

interface Meta {
  uid: number;
  size: number;
  internalDate: Date;
}

/**
 * Reads one batch of UIDs (ascending) into Postgres. First the sizes and
 * dates only, then the sources in runs of bounded bytes, so a batch never
 * holds more than RUN_BYTES of mail; a message above the size limit is
 * fetched by its headers only. All fetches use BODY.PEEK: nothing is marked
 * \Seen. Messages are stored and the checkpoint moved in the same transaction
 * (a group of up to GROUP_MESSAGES); the checkpoint only passes a UID once
 * every lower UID of the batch is done, so a crash never skips a message.
 */
export async function readBatch(r: BatchReader, uids: number[]): Promise<BatchResult> {
  const result: BatchResult = { stored: 0, known: 0, leftOut: 0, oversized: 0 };
  if (uids.length === 0) return result;
  const metas = await fetchMeta(r.client, uids);
  const frontier = new Frontier(uids);
  for (const uid of uids) if (!metas.has(uid)) frontier.done(uid); // expunged meanwhile

  const group = new GroupCommit(r, result);
  const store = async (m: FetchedMessage): Promise<void> => {
    await group.store(m, frontier.done(m.uid));
  };

  try {
    let run: Meta[] = [];
    let runBytes = 0;
    const flush = async (): Promise<void> => {
      if (run.length === 0) return;
      const wanted = new Map(run.map((m) => [m.uid, m]));
      run = [];
      runBytes = 0;
      for await (const msg of r.client.fetch(packUids([...wanted.keys()]), { uid: true, source: true }, { uid: true })) {
        const meta = wanted.get(msg.uid);
        if (!meta || !msg.source) continue;
        wanted.delete(msg.uid);
        await store({ uid: msg.uid, source: msg.source, internalDate: meta.internalDate });
      }
      for (const uid of wanted.keys()) frontier.done(uid); // expunged between the two fetches
      await group.commit(null);
    };

    for (const uid of uids) {
      const meta = metas.get(uid);
      if (!meta) continue;
      if (r.takeSince && meta.internalDate < r.takeSince) {
        result.leftOut += 1;
        frontier.done(uid); // the checkpoint passes it with the next stored message or at the batch's end
        continue;
      }
      if (meta.size > r.maxMessageBytes) {
        await flush();
        const headers = await fetchHeaders(r.client, uid);
        if (headers) await store({ uid, source: headers, internalDate: meta.internalDate, oversizedBytes: meta.size });
        else frontier.done(uid);
        continue;
      }
      if (run.length > 0 && runBytes + meta.size > RUN_BYTES) await flush();
      run.push(meta);
      runBytes += meta.size;
    }
    await flush();
    await group.commit(uids[uids.length - 1]!);
  } catch (err) {
    await group.abort();
    throw err;
  }
  return result;
}

async function fetchMeta(client: ImapFlow, uids: number[]): Promise<Map<number, Meta>> {
  const metas = new Map<number, Meta>();
  const first = uids[0]!;
  const last = uids[uids.length - 1]!;
  for await (const msg of client.fetch(packUids(uids), { uid: true, size: true, internalDate: true }, { uid: true })) {
    if (msg.uid < first || msg.uid > last) continue;
    const internalDate = msg.internalDate instanceof Date ? msg.internalDate : new Date(msg.internalDate ?? Date.now());
    metas.set(msg.uid, { uid: msg.uid, size: msg.size ?? 0, internalDate });
  }
  return metas;
}

/** The header block of a message, read with a partial BODY.PEEK[] (the body is never downloaded). */
async function fetchHeaders(client: ImapFlow, uid: number): Promise<Buffer | null> {
  const msg = await client.fetchOne(String(uid), { uid: true, source: { maxLength: HEADER_BYTES } }, { uid: true });
  if (!msg || !msg.source) return null;
  const src = msg.source;
  const crlf = src.indexOf('\r\n\r\n');
  const lf = src.indexOf('\n\n');
  const end = crlf >= 0 && (lf < 0 || crlf < lf) ? crlf + 4 : lf >= 0 ? lf + 2 : src.length;
  return Buffer.from(src.subarray(0, end));
}

/**
 * The highest UID of a batch below which every UID is done. Sources may come
 * back in any order; the checkpoint follows this frontier, never a gap.
 */
export class Frontier {
  private readonly pending: Set<number>;
  private index = 0;

  constructor(private readonly uids: readonly number[]) {
    this.pending = new Set(uids);
  }

  /** Marks `uid` done; returns the new frontier when it moved, else null. */
  done(uid: number): number | null {
    this.pending.delete(uid);
    const before = this.index;
    while (this.index < this.uids.length && !this.pending.has(this.uids[this.index]!)) this.index += 1;
    return this.index > before ? this.uids[this.index - 1]! : null;
  }
}

/** Messages stored in one transaction: one INSERT and one commit (one disk flush) per group, not per message. */
const GROUP_MESSAGES = 100;
/** A group's sources are held until its INSERT: this bounds what they take in memory. */
const GROUP_BYTES = 4 * 1024 * 1024;

/**
 * Stores messages and moves the checkpoint in the same transaction, a group
 * at a time: a crash loses the whole open group and its checkpoint move
 * together, so the messages are fetched again, never skipped. Jobs for the
 * new rows are queued only after their commit.
 */
class GroupCommit {
  private pending: FetchedMessage[] = [];
  private bytes = 0;
  private checkpoint: number | null = null;

  constructor(private readonly r: BatchReader, private readonly result: BatchResult) {}

  /** Adds one message to the group; `checkpoint` is how far the checkpoint may move once it is stored (null: not further). */
  async store(m: FetchedMessage, checkpoint: number | null): Promise<void> {
    this.pending.push(m);
    if (checkpoint !== null) this.checkpoint = Math.max(this.checkpoint ?? 0, checkpoint);
    this.bytes += m.source.length;
    if (this.pending.length >= GROUP_MESSAGES || this.bytes >= GROUP_BYTES) await this.commit(null);
  }

  /** Stores the open group and commits, moving the checkpoint to `upTo` when given (else to the group's frontier). */
  async commit(upTo: number | null): Promise<void> {
    const target = upTo ?? this.checkpoint;
    const group = this.pending;
    this.pending = [];
    this.bytes = 0;
    this.checkpoint = null;
    if (group.length === 0) {
      if (target !== null) await advanceCheckpoint(this.r.pool, this.r.mailbox, target);
      return;
    }
    const ids = await inTransaction(this.r.pool, async (tx) => {
      const stored = await storeInboundMany(tx, this.r.mailbox, this.r.uidValidity, group);
      if (target !== null) await advanceCheckpoint(tx, this.r.mailbox, target);
      return stored;
    });
    const stored: { id: string; sender: string | null }[] = [];
    group.forEach((m, i) => {
      const id = ids[i];
      if (id) {
        stored.push({ id, sender: headerFromAddress(m.source) });
        this.result.stored += 1;
        if (m.oversizedBytes !== undefined) this.result.oversized += 1;
      } else {
        this.result.known += 1;
      }
    });
    if (stored.length > 0) await this.r.onStored(stored);
  }

  /** Drops the open group: none of its messages nor its checkpoint move are kept. */
  async abort(): Promise<void> {
    this.pending = [];
    this.bytes = 0;
    this.checkpoint = null;
  }
}
