import { DAY_MS } from '../time/day.js';

/**
 * The deadline promised to the requester. The clock starts when the mail was
 * received. The public promise is SLA_DAYS (30) days; GDPR counts one calendar
 * month. The earlier of the two is the due date.
 */
export function dueDate(receivedAt: Date, slaDays: number): Date {
  const byDays = new Date(receivedAt.getTime() + slaDays * DAY_MS);
  const byMonth = addCalendarMonth(receivedAt);
  return byDays < byMonth ? byDays : byMonth;
}

/** Same day next month; when that day does not exist (31 Jan), the month's last day. */
export function addCalendarMonth(d: Date): Date {
  return addCalendarMonths(d, 1);
}

/** The same day `n` months later; when that day does not exist (30 Feb), the month's last day. */
export function addCalendarMonths(d: Date, n: number): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(d.getUTCDate(), lastDay);
  return new Date(Date.UTC(y, m, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()));
}
