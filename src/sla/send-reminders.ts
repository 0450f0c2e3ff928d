import { inTransaction, type Pool } from '../db/pool.js';
import type { Logger } from '../log/logger.js';
import { addToOutbox } from '../mail-out/outbox-store.js';
import { renderStaffReminder } from '../mail-out/templates/staff-reminder.js';
import { addEvent } from '../requests/request-store.js';
import { dueInWords, reminderDueSql, WAITING_SINCE_SQL, wholeDaysBetween } from './sla-clock.js';
import { underNotification } from './staff-thread.js';
import { forEachIdInPages, PAGE_SIZE } from '../db/pages-by-id.js';

export interface RemindersDeps {
  pool: Pool;
  log: Logger;
  now: () => Date;
  settings: { staffEmails: string[]; botDomain: string; approvalReminderDays: number };
}

/** The ids of requests owed a reminder at `now`, one page after `after` (in id order). */
async function dueForReminder(deps: RemindersDeps, now: Date, after: string): Promise<string[]> {
  const { rows } = await deps.pool.query(
    `SELECT r.id FROM requests r
      WHERE ${reminderDueSql('$1', '$2')} AND r.id > $3
      ORDER BY r.id
      LIMIT ${PAGE_SIZE}`,
    [now, deps.settings.approvalReminderDays, after],
  );
  return rows.map((r) => r.id as string);
}

/**
 * Writes a reminder to staff for every request that has waited for their
 * decision (triage or approval) APPROVAL_REMINDER_DAYS since they were asked or last reminded,
 * however many others were reminded already: Postgres finds the ones owed
 * one, page by page. The UPDATE of last_reminder_at is guarded by the same
 * rule, and it, the event and the mail are one transaction, so a second
 * tick, or a second bot, finds nothing left to do. Returns the outbox ids to
 * queue after commit.
 */
export async function sendDueReminders(deps: RemindersDeps): Promise<string[]> {
  const now = deps.now();
  const mail: string[] = [];
  await forEachIdInPages((after) => dueForReminder(deps, now, after), async (id) => {
    const sent = await remind(deps, id, now);
    if (sent) mail.push(sent);
  });
  return mail;
}

/** Claims one request's reminder and writes it; null when it is not owed one (any more). */
async function remind(deps: RemindersDeps, id: string, now: Date): Promise<string | null> {
  const written = await inTransaction(deps.pool, async (tx) => {
    // The waiting time is read before the claim moves last_reminder_at.
    const { rows } = await tx.query(
      `WITH owed AS (
         SELECT r.id, ${WAITING_SINCE_SQL} AS waiting_since FROM requests r
          WHERE r.id = $3 AND ${reminderDueSql('$1', '$2')}
       )
       UPDATE requests r SET last_reminder_at = $1
         FROM owed
        WHERE r.id = owed.id AND ${reminderDueSql('$1', '$2')}
        RETURNING r.reference, r.state, r.received_at, r.due_at, owed.waiting_since,
                  (SELECT count(*)::int FROM request_events e
                    WHERE e.request_id = r.id AND e.type = 'reminder_sent' AND e.at >= owed.waiting_since) AS reminders`,
      [now, deps.settings.approvalReminderDays, id],
    );
    const w = rows[0];
    if (!w) return null;
    // Numbered within the wait: a possible request confirmed at triage starts again at 1 for its approval.
    const number = (w.reminders as number) + 1;
    const waitingDays = wholeDaysBetween(w.waiting_since, now);
    await addEvent(tx, id, { type: 'reminder_sent', actor: 'bot', detail: { number, waitingDays } });
    // A possible request past the hourly cap of triage notices has none: it was in a digest.
    const thread = await underNotification(tx, id);
    const outboxId = await addToOutbox(tx, {
      requestId: id, purpose: 'staff_reminder', to: deps.settings.staffEmails, domain: deps.settings.botDomain,
      mail: renderStaffReminder({
        reference: w.reference, state: w.state, receivedAt: w.received_at, dueAt: w.due_at, waitingSince: w.waiting_since,
        waitingDays, dueWords: dueInWords(w.due_at, now).words, reminderNumber: number, notified: thread.inReplyTo !== undefined,
      }),
      ...thread,
    });
    return { outboxId, reference: w.reference as string, triage: w.state === 'triage' };
  });
  if (!written) return null;
  deps.log.info({ component: 'sla', ref: written.reference }, written.triage ? 'triage reminder written' : 'approval reminder written');
  return written.outboxId;
}
