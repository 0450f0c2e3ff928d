import { inTransaction, type Pool } from '../db/pool.js';
import type { Logger } from '../log/logger.js';
import { addStaffAlert, type StaffAlertSettings } from '../mail-out/staff-alert.js';
import { enqueueFollowUps, type Queues } from '../queue/queues.js';
import type { InboundMail } from '../understanding/types.js';
import type { StoredMessage } from '../mail-in/stored-message.js';
import { lockUnprocessed, markProcessed } from './handling-store.js';
import type { ReadingSettings } from './new-request-candidate.js';
import { sameThreadReader, type MailReader, type UnreadableMessage } from './parse-pool.js';

/**
 * Why the bot did not read a message: it is above MAX_MESSAGE_BYTES (only its headers were
 * downloaded), or reading it stopped two threads in turn (parse-pool.ts).
 */
export type Unread = { kind: 'oversized' } | ({ kind: 'unreadable' } & UnreadableMessage);

export interface TellStaffUnreadDeps {
  pool: Pool;
  queues: Queues;
  log: Logger;
  /** Reads the header block; absent: on the calling thread, with `settings`. */
  reader?: MailReader;
  /** `mailbox`: named in the alert, so staff know where to look. */
  settings: StaffAlertSettings & ReadingSettings & { mailbox: string };
}

/** Longest header block read for the alert: the limit the poller downloads of an oversized message. */
const HEADER_BYTES = 64 * 1024;

/**
 * A message the bot did not read is never understood automatically. Staff get one alert
 * naming it (From, Subject, Date, size, mailbox UID, why) so a person can open it in the
 * mailbox; the alert and the "processed" mark (kind `oversized` or `unreadable`, both
 * handled) are one transaction, so it is sent once and the message is not read again.
 */
export async function tellStaffUnread(deps: TellStaffUnreadDeps, stored: StoredMessage, unread: Unread): Promise<string | null> {
  const head = await readHead(deps, stored);
  const from = head?.from ? (head.from.name ? `${head.from.name} <${head.from.address}>` : head.from.address) : 'unknown';
  const oversized = unread.kind === 'oversized';
  const alertId = await inTransaction(deps.pool, async (tx) => {
    if (!(await lockUnprocessed(tx, stored.id))) return null;
    const id = await addStaffAlert(tx, deps.settings, {
      requestId: null,
      reference: null,
      headline: oversized ? 'a message is too large for the bot to read' : 'the bot could not read a message',
      details: [
        `From: ${from}`,
        `Subject: ${head?.subject || '(none)'}`,
        `Date: ${head?.date ? head.date.toISOString() : stored.receivedAt.toISOString()}`,
        oversized
          ? `Size: ${formatBytes(stored.sizeBytes)} (${stored.sizeBytes} bytes; the limit is MAX_MESSAGE_BYTES)`
          : `Size: ${formatBytes(stored.sizeBytes)} (${stored.sizeBytes} bytes)`,
        `Mailbox: ${deps.settings.mailbox}, UID ${stored.uid}`,
        ...(oversized
          ? ['The bot recorded only its headers and did not read it: please handle it by hand.']
          : [`Why: ${unread.unreadable}.`, 'The bot stored it, did not act on it and will not read it again: please open it in the mailbox and handle it by hand.']),
      ],
    });
    await markProcessed(tx, stored.id, unread.kind, null);
    return id;
  });
  if (!alertId) return null;
  await enqueueFollowUps(deps.queues, { mail: [alertId] });
  const cause = unread.kind === 'unreadable' ? { cause: unread.cause } : {};
  deps.log.info({ component: 'intake', inbound: stored.id, kind: unread.kind, sizeBytes: stored.sizeBytes, ...cause }, `${unread.kind} message: staff alerted`);
  return unread.kind;
}

/**
 * The message's header block, read like any message (on a reading thread, within the
 * budget): for a message that could not be read whole, its headers usually can.
 */
async function readHead(deps: TellStaffUnreadDeps, stored: StoredMessage): Promise<InboundMail | null> {
  if (!stored.raw) return null;
  const reader = deps.reader ?? sameThreadReader(deps.settings);
  const read = await reader.read(headerBlock(stored.raw)).catch(() => null);
  return read && 'mail' in read ? read.mail : null;
}

/** The raw header block up to the blank line that ends it, at most {@link HEADER_BYTES}. */
export function headerBlock(raw: Buffer): Buffer {
  const head = raw.subarray(0, Math.min(raw.length, HEADER_BYTES));
  const ends = [head.indexOf('\r\n\r\n'), head.indexOf('\n\n')].filter((at) => at >= 0);
  return ends.length === 0 ? head : head.subarray(0, Math.min(...ends));
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
