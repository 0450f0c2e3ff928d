/**
 * When staff are owed a reminder or an escalation: pure rules over dates, so
 * tests can move the clock and the housekeeping tick only asks "is it time?".
 */

export const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function wholeDaysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}

/**
 * A request waiting for approval earns a reminder every `everyDays` days,
 * counted from when staff were asked, then from the last reminder. A tick that
 * runs late sends one reminder, not one per missed period.
 */
export function reminderDue(waitingSince: Date, lastReminderAt: Date | null, now: Date, everyDays: number): boolean {
  const from = lastReminderAt && lastReminderAt > waitingSince ? lastReminderAt : waitingSince;
  return now.getTime() - from.getTime() >= everyDays * DAY_MS;
}

/**
 * An open request is escalated once when its due date is `daysBefore` days
 * away or already past. An extension gives it a new due date and so one new
 * escalation, if that date comes close too.
 */
export function escalationDue(
  r: { dueAt: Date; escalatedAt: Date | null; extendedAt: Date | null },
  now: Date,
  daysBefore: number,
): boolean {
  const alreadyForThisDueDate = r.escalatedAt !== null && (r.extendedAt === null || r.escalatedAt >= r.extendedAt);
  if (alreadyForThisDueDate) return false;
  return r.dueAt.getTime() - now.getTime() <= daysBefore * DAY_MS;
}

/** How a due date stands at `now`, in words staff read: "in 4 days", "today", "3 days ago". */
export function dueInWords(dueAt: Date, now: Date): { overdue: boolean; words: string } {
  const ms = dueAt.getTime() - now.getTime();
  if (ms < 0) {
    const days = Math.floor(-ms / DAY_MS);
    return { overdue: true, words: days === 0 ? 'overdue since today' : `overdue by ${days} day${days === 1 ? '' : 's'}` };
  }
  const days = Math.floor(ms / DAY_MS);
  return { overdue: false, words: days === 0 ? 'due within a day' : `due in ${days} day${days === 1 ? '' : 's'}` };
}
