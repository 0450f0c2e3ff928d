/**
 * GDPR Art. 12(3): the controller may extend the one-month period "by two
 * further months where necessary", telling the person why. The bot allows one
 * extension per request, by two calendar months from the current due date.
 */
import { addCalendarMonths } from '../requests/due-date.js';

export const EXTENSION_MONTHS = 2;

export function extendedDueDate(dueAt: Date): Date {
  return addCalendarMonths(dueAt, EXTENSION_MONTHS);
}
