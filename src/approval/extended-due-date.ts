/**
 * GDPR Art. 12(3): the controller may extend the one-month period "by two
 * further months where necessary", telling the person why. The bot allows one
 * extension per request, by two calendar months from the current due date.
 */

export const EXTENSION_MONTHS = 2;

export function extendedDueDate(dueAt: Date): Date {
  return addCalendarMonths(dueAt, EXTENSION_MONTHS);
}

/** The same day `n` months later; when that day does not exist (30 Feb), the month's last day. */
export function addCalendarMonths(d: Date, n: number): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(d.getUTCDate(), lastDay);
  return new Date(Date.UTC(y, m, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()));
}
