import type { BotContext } from '../app/context.js';
import { inTransaction } from '../db/pool.js';
import { readMail } from '../mail-in/read-mail.js';
import { addToOutbox } from '../mail-out/outbox-store.js';
import { renderStaffAlert } from '../mail-out/templates/staff-alert.js';
import { enqueueFollowUps } from '../queue/queues.js';
import { lockUnprocessed, markProcessed, type StoredMessage } from './inbound-store.js';

/**
 * A message above MAX_MESSAGE_BYTES: only its headers were downloaded and it
 * is never understood automatically. Staff get one alert naming it (From,
 * Subject, Date, size, mailbox UID) so a person can open it in the mailbox;
 * the alert and the "processed" mark are one transaction, so it is sent once.
 */
export async function tellStaffOversized(ctx: BotContext, stored: StoredMessage): Promise<string | null> {
  // Only the header block is read here; the body was never fetched.
  const head = stored.raw ? await readMail(stored.raw) : null;
  const from = head?.from ? (head.from.name ? `${head.from.name} <${head.from.address}>` : head.from.address) : 'unknown';
  const alertId = await inTransaction(ctx.pool, async (tx) => {
    if (!(await lockUnprocessed(tx, stored.id))) return null;
    const id = await addToOutbox(tx, {
      requestId: null,
      purpose: 'staff_alert',
      to: ctx.settings.staffEmails,
      domain: ctx.settings.botDomain,
      mail: renderStaffAlert(null, 'a message is too large for the bot to read', [
        `From: ${from}`,
        `Subject: ${head?.subject || '(none)'}`,
        `Date: ${head?.date ? head.date.toISOString() : stored.receivedAt.toISOString()}`,
        `Size: ${formatBytes(stored.sizeBytes)} (${stored.sizeBytes} bytes; the limit is MAX_MESSAGE_BYTES)`,
        `Mailbox: ${ctx.settings.mailbox}, UID ${stored.uid}`,
        'The bot recorded only its headers and did not read it: please handle it by hand.',
      ]),
    });
    await markProcessed(tx, stored.id, 'oversized', null);
    return id;
  });
  if (!alertId) return null;
  await enqueueFollowUps(ctx.queues, { mail: [alertId] });
  ctx.log.info({ component: 'intake', inbound: stored.id, kind: 'oversized', sizeBytes: stored.sizeBytes }, 'oversized message: staff alerted');
  return 'oversized';
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
