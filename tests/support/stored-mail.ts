// Stores and loads inbound mail the way production does: the poller stores a batch
// (here a batch of one), the worker loads the unprocessed messages it was given.
import type { Queryable } from '../../src/db/pool.js';
import { loadUnprocessedInbound } from '../../src/intake/handling-store.js';
import { storeInboundMany, type FetchedMessage } from '../../src/poller/inbound-store.js';
import type { StoredMessage } from '../../src/mail-in/stored-message.js';

/** Stores one message; its new id, or null when the message was already known. */
export async function storeOne(db: Queryable, mailbox: string, uidValidity: number, m: FetchedMessage): Promise<string | null> {
  return (await storeInboundMany(db, mailbox, uidValidity, [m]))[0] ?? null;
}

/** A stored message not yet handled, as the worker loads it; throws when it is gone or handled. */
export async function loadUnhandled(db: Queryable, id: string): Promise<StoredMessage> {
  const [stored] = await loadUnprocessedInbound(db, [id]);
  if (!stored) throw new Error(`inbound message ${id} is gone or already handled`);
  return stored;
}
