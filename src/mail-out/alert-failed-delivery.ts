import type { BotContext } from '../app/context.js';
import { inTransaction } from '../db/pool.js';
import { enqueueFollowUps } from '../queue/queues.js';
import { addEvent, getRequest } from '../requests/request-store.js';
import { addToOutbox, loadOutboxRow } from './outbox-store.js';
import { renderStaffAlert } from './templates/staff-alert.js';

/**
 * A mail the SMTP server refused for good: staff are told which request and
 * which mail. An alert that itself fails is not alerted again (no loop).
 */
export async function alertFailedDelivery(ctx: BotContext, outboxId: string): Promise<void> {
  const followUps = await inTransaction(ctx.pool, async (tx) => {
    const row = await loadOutboxRow(tx, outboxId);
    if (!row || row.purpose === 'staff_alert') return {};
    const req = row.requestId ? await getRequest(tx, row.requestId) : null;
    if (req) await addEvent(tx, req.id, { type: 'mail_failed', actor: 'mailer', detail: { purpose: row.purpose } });
    const id = await addToOutbox(tx, {
      requestId: row.requestId, purpose: 'staff_alert', to: ctx.settings.staffEmails, domain: ctx.settings.botDomain,
      mail: renderStaffAlert(req?.reference ?? null, 'a mail could not be delivered', [
        `Mail: ${row.purpose.replace('_', ' ')} (${row.messageId})`,
        'The receiving server refused it permanently (5xx); it will not be retried.',
      ]),
    });
    return { mail: [id] };
  });
  await enqueueFollowUps(ctx.queues, followUps);
}
