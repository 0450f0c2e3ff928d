import { inTransaction, type Pool } from '../db/pool.js';
import { enqueueFollowUps, type Queues } from '../queue/queues.js';
import { addEvent, getRequest } from './request-store.js';
import { loadOutboxRow } from '../mail-out/outbox-store.js';
import { addStaffAlert, type StaffAlertSettings } from '../mail-out/staff-alert.js';

/** Why a mail is given up: refused for good (5xx), or every attempt its job allows failed for now (4xx, network). */
export type GivenUp = 'permanent' | 'transient';

export interface AlertFailedDeliveryDeps {
  pool: Pool;
  queues: Queues;
  settings: StaffAlertSettings;
}

/**
 * A mail given up: its outbox row becomes failed and staff are told which
 * request and which mail, in one transaction guarded by the row still being
 * pending, so staff are told once however often this runs. An alert that
 * itself fails is not alerted again (no loop).
 */
export async function alertFailedDelivery(deps: AlertFailedDeliveryDeps, outboxId: string, why: GivenUp): Promise<void> {
  const followUps = await inTransaction(deps.pool, async (tx) => {
    const { rows } = await tx.query(
      `UPDATE outbox SET state = 'failed' WHERE id = $1 AND state = 'pending' RETURNING attempts`,
      [outboxId],
    );
    if (rows.length === 0) return {};
    const attempts = rows[0].attempts as number;
    const row = await loadOutboxRow(tx, outboxId);
    if (!row || row.purpose === 'staff_alert') return {};
    const req = row.requestId ? await getRequest(tx, row.requestId) : null;
    if (req) {
      await addEvent(tx, req.id, {
        type: 'mail_failed', actor: 'mailer', detail: why === 'permanent' ? { purpose: row.purpose } : { purpose: row.purpose, attempts },
      });
    }
    const id = await addStaffAlert(tx, deps.settings, {
      requestId: row.requestId, reference: req?.reference ?? null, headline: 'a mail could not be delivered',
      details: [
        `Mail: ${row.purpose.replace(/_/g, ' ')} (${row.messageId})`,
        why === 'permanent'
          ? 'The receiving server refused it permanently (5xx); it will not be retried.'
          : `The mail server answered with temporary errors (4xx) on all ${attempts} attempts, or could not be reached; ` +
            'it will not be retried. Check the SMTP settings and server (deletion-bot doctor).',
      ],
    });
    return { mail: [id] };
  });
  await enqueueFollowUps(deps.queues, followUps);
}
