import type { ImapFlow } from 'imapflow';
import type { Logger } from '../log/logger.js';
import { inTransaction, type Pool } from '../db/pool.js';
import { readCheckpoint, storeInbound, writeCheckpoint } from './inbound-store.js';

/**
 * Returns the ids of the messages it stored. Takes every message above the checkpoint's UID from the open mailbox. Each
 * message is stored and the checkpoint moved in one transaction, so a crash
 * at any point neither skips nor repeats a message. On first sight of a
 * mailbox the checkpoint starts at the newest UID: old mail is never answered
 * by surprise. A changed UIDVALIDITY means the UIDs were renumbered: the whole
 * mailbox is read again, and the content hash keeps known messages out.
 */
export async function fetchNewMail(
  client: ImapFlow,
  pool: Pool,
  mailbox: string,
  onStored: (id: string) => Promise<void>,
  log: Logger,
): Promise<string[]> {
  const box = client.mailbox;
  if (!box) throw new Error(`Mailbox ${mailbox} is not open`);
  const uidValidity = Number(box.uidValidity);
  let cp = await readCheckpoint(pool, mailbox);
  if (!cp) {
    const start = { uidValidity, lastUid: Math.max(0, box.uidNext - 1) };
    await writeCheckpoint(pool, mailbox, start);
    log.info({ component: 'intake', lastUid: start.lastUid }, 'first start on this mailbox: taking mail from now on');
    return [];
  }
  if (cp.uidValidity !== uidValidity) {
    log.warn({ component: 'intake', was: cp.uidValidity, now: uidValidity }, 'UIDVALIDITY changed: re-reading the mailbox');
    cp = { uidValidity, lastUid: 0 };
    await writeCheckpoint(pool, mailbox, cp);
  }
  // NOOP makes the server report news we may have missed (e.g. while not idling).
  await client.noop();
  if (client.mailbox && client.mailbox.exists === 0) return [];

  const stored: string[] = [];
  const range = `${cp.lastUid + 1}:*`;
  for await (const msg of client.fetch(range, { uid: true, source: true, internalDate: true }, { uid: true })) {
    // `N:*` also returns the highest message when it is below N.
    if (msg.uid <= cp.lastUid || !msg.source) continue;
    const internalDate = msg.internalDate instanceof Date ? msg.internalDate : new Date(msg.internalDate ?? Date.now());
    const id = await inTransaction(pool, async (tx) => {
      const newId = await storeInbound(tx, mailbox, uidValidity, { uid: msg.uid, source: msg.source!, internalDate });
      await writeCheckpoint(tx, mailbox, { uidValidity, lastUid: msg.uid });
      return newId;
    });
    cp = { uidValidity, lastUid: msg.uid };
    if (id) {
      stored.push(id);
      await onStored(id);
    }
  }
  return stored;
}
