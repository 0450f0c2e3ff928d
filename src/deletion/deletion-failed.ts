import { inTransaction, type Pool } from '../db/pool.js';
import type { Logger } from '../log/logger.js';
import { addStaffAlert, type StaffAlertSettings } from '../mail-out/staff-alert.js';
import type { FollowUps } from '../queue/queues.js';
import { moveState } from '../requests/request-store.js';
import { underNotification } from '../sla/staff-thread.js';
import type { InventoryLine } from '../mail-out/inventory-types.js';

export interface FailedDeletionDeps {
  pool: Pool;
  log: Logger;
  settings: StaffAlertSettings;
}

/**
 * The check after erasing still found rows: trying again cannot help while
 * whatever keeps them is there (a trigger, a job writing for the account, a
 * table the plan misses). The erasing was rolled back whole; the request moves
 * to `deletion_failed` and staff get one alert naming what was left, in the
 * notification's thread. Staff remove the cause and approve again.
 */
export async function recordFailedDeletion(deps: FailedDeletionDeps, requestId: string, reference: string, left: readonly InventoryLine[]): Promise<FollowUps> {
  const lines = left.filter((l) => l.rows > 0);
  const mail = await inTransaction(deps.pool, async (tx) => {
    const moved = await moveState(tx, requestId, 'deleting', 'deletion_failed', {
      type: 'deletion_failed', actor: 'bot', detail: { left: lines.map((l) => ({ id: l.id, rows: l.rows })) },
    });
    if (!moved) return null;
    return addStaffAlert(tx, deps.settings, {
      requestId, reference, headline: 'the deletion left data behind and was undone',
      details: [
        'After erasing, the deletion plan still found:',
        ...lines.map((l) => `${l.category}: ${l.rows} row${l.rows === 1 ? '' : 's'} (table ${l.table})`),
        'Nothing was erased (the deletion is one transaction) and the requester was not told.',
        'Something in the application database keeps or re-creates these rows: a trigger, a job writing for the account, or a table the deletion plan misses.',
        `Remove the cause, then reply APPROVE to the notification, or on the server: deletion-bot approve ${reference} --by NAME. The deletion runs again.`,
      ],
      thread: await underNotification(tx, requestId),
    });
  });
  if (!mail) return {};
  deps.log.warn({ component: 'deletion', ref: reference, left: lines.map((l) => ({ id: l.id, rows: l.rows })) }, 'deletion left data behind; staff alerted');
  return { mail: [mail] };
}
