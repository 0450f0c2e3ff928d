import { inStaffThread } from '../understanding/staff-thread-id.js';
import type { Queryable } from '../db/pool.js';
import type { NewMail } from '../mail-out/outbox-store.js';

/**
 * Threading for staff mail about a request (reminders, escalations, alerts),
 * once a notification (the approval one, or a possible request's triage one) was
 * written: under the request's token-free staff thread
 * (staff-thread-id.ts), never under the notification itself, whose Message-ID
 * carries the approval token. A forwarded reminder therefore proves nothing;
 * to decide, staff answer the notification or write the command with its code.
 */
export async function underNotification(db: Queryable, requestId: string): Promise<Pick<NewMail, 'inReplyTo' | 'references'>> {
  const { rows } = await db.query(
    `SELECT message_id FROM outbox WHERE request_id = $1 AND purpose IN ('staff_notification', 'staff_triage') ORDER BY created_at LIMIT 1`,
    [requestId],
  );
  const noteId = (rows[0]?.message_id as string | undefined) ?? null;
  if (!noteId) return {};
  // Same domain as the notification, so the thread reads as one conversation.
  return inStaffThread(requestId, noteId.slice(noteId.lastIndexOf('@') + 1));
}
