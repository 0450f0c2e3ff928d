import type { Queryable } from '../db/pool.js';
import { inThread, type NewMail } from '../mail-out/outbox-store.js';

/**
 * Threading for staff mail about a request: under the staff notification when
 * there is one. The notification's Message-ID carries the approval token, so a
 * staff reply to a mail in that thread names it in References and counts as a
 * reply to the notification.
 */
export async function underNotification(db: Queryable, requestId: string): Promise<Pick<NewMail, 'inReplyTo' | 'references'>> {
  const { rows } = await db.query(
    `SELECT message_id FROM outbox WHERE request_id = $1 AND purpose = 'staff_notification' ORDER BY created_at LIMIT 1`,
    [requestId],
  );
  return inThread((rows[0]?.message_id as string | undefined) ?? null);
}
