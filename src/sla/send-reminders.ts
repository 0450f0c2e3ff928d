import type { BotContext } from '../app/context.js';
import { inTransaction } from '../db/pool.js';
import { addToOutbox } from '../mail-out/outbox-store.js';
import { renderStaffReminder } from '../mail-out/templates/staff-reminder.js';
import { addEvent } from '../requests/request-store.js';
import { dueInWords, reminderDue, wholeDaysBetween } from './sla-clock.js';
import { underNotification } from './staff-thread.js';

interface Waiting {
  id: string;
  reference: string;
  receivedAt: Date;
  dueAt: Date;
  lastReminderAt: Date | null;
  waitingSince: Date;
  reminders: number;
}

/** Requests waiting for a staff decision, with when staff were asked (the move into awaiting_approval). */
async function waitingRequests(ctx: BotContext): Promise<Waiting[]> {
  const { rows } = await ctx.pool.query(
    `SELECT r.id, r.reference, r.received_at, r.due_at, r.last_reminder_at,
            coalesce((SELECT max(e.at) FROM request_events e
                       WHERE e.request_id = r.id AND e.to_state = 'awaiting_approval'), r.received_at) AS waiting_since,
            (SELECT count(*)::int FROM request_events e WHERE e.request_id = r.id AND e.type = 'reminder_sent') AS reminders
       FROM requests r
      WHERE r.state = 'awaiting_approval'
      ORDER BY r.received_at
      LIMIT 1000`,
  );
  return rows.map((r) => ({
    id: r.id, reference: r.reference, receivedAt: r.received_at, dueAt: r.due_at,
    lastReminderAt: r.last_reminder_at, waitingSince: r.waiting_since, reminders: r.reminders,
  }));
}

/**
 * Writes a reminder to staff for every request that has waited for their
 * decision APPROVAL_REMINDER_DAYS since they were asked or last reminded. The
 * guarded UPDATE of last_reminder_at, the event and the mail are one
 * transaction, so a second tick, or a second bot, finds nothing left to do.
 * Returns the outbox ids to queue after commit.
 */
export async function sendDueReminders(ctx: BotContext): Promise<string[]> {
  const now = ctx.now();
  const every = ctx.settings.approvalReminderDays;
  const due = (await waitingRequests(ctx)).filter((w) => reminderDue(w.waitingSince, w.lastReminderAt, now, every));
  const mail: string[] = [];
  for (const w of due) {
    const id = await inTransaction(ctx.pool, async (tx) => {
      // Timestamps are compared at the millisecond, the precision a JS Date carries.
      const claimed = await tx.query(
        `UPDATE requests SET last_reminder_at = $2
          WHERE id = $1 AND state = 'awaiting_approval'
            AND date_trunc('milliseconds', last_reminder_at) IS NOT DISTINCT FROM $3`,
        [w.id, now, w.lastReminderAt],
      );
      if ((claimed.rowCount ?? 0) === 0) return null;
      const number = w.reminders + 1;
      const waitingDays = wholeDaysBetween(w.waitingSince, now);
      await addEvent(tx, w.id, { type: 'reminder_sent', actor: 'bot', detail: { number, waitingDays } });
      return addToOutbox(tx, {
        requestId: w.id, purpose: 'staff_reminder', to: ctx.settings.staffEmails, domain: ctx.settings.botDomain,
        mail: renderStaffReminder({
          reference: w.reference, receivedAt: w.receivedAt, dueAt: w.dueAt, waitingSince: w.waitingSince,
          waitingDays, dueWords: dueInWords(w.dueAt, now).words, reminderNumber: number,
        }),
        ...(await underNotification(tx, w.id)),
      });
    });
    if (id) {
      mail.push(id);
      ctx.log.info({ component: 'sla', ref: w.reference }, 'approval reminder written');
    }
  }
  return mail;
}
