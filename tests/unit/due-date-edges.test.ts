import { describe, expect, it } from 'vitest';
import { dueDate } from '../../src/requests/due-date.js';

/**
 * Due date = the earlier of received + SLA_DAYS and the same date one calendar
 * month later (a day the next month lacks becomes that month's last day).
 */
const due = (received: string, slaDays = 30) => dueDate(new Date(received), slaDays).toISOString();

describe('due date at month ends and in leap years', () => {
  it('31 January: the month rule gives the last day of February (28 in 2026)', () => {
    // +30 days = 2 March; +1 month = 28 February.
    expect(due('2026-01-31T10:00:00Z')).toBe('2026-02-28T10:00:00.000Z');
  });

  it('31 January of a leap year: 29 February', () => {
    expect(due('2028-01-31T10:00:00Z')).toBe('2028-02-29T10:00:00.000Z');
  });

  it('30 January: 28 February in a common year, 29 in a leap year', () => {
    expect(due('2026-01-30T00:00:00Z')).toBe('2026-02-28T00:00:00.000Z');
    expect(due('2028-01-30T00:00:00Z')).toBe('2028-02-29T00:00:00.000Z');
  });

  it('29 February (leap year): 29 March by the month, before +30 days (30 March)', () => {
    expect(due('2028-02-29T12:00:00Z')).toBe('2028-03-29T12:00:00.000Z');
  });

  it('1 February: 1 March by the month, before +30 days (3 March; 2 March in a leap year)', () => {
    expect(due('2026-02-01T08:00:00Z')).toBe('2026-03-01T08:00:00.000Z');
    expect(due('2028-02-01T08:00:00Z')).toBe('2028-03-01T08:00:00.000Z');
  });

  it('in a 31-day month the 30 days come first', () => {
    // 1 July + 30 days = 31 July; + 1 month = 1 August.
    expect(due('2026-07-01T00:00:00Z')).toBe('2026-07-31T00:00:00.000Z');
    // 31 December + 30 days = 30 January; + 1 month = 31 January.
    expect(due('2026-12-31T23:00:00Z')).toBe('2027-01-30T23:00:00.000Z');
  });

  it('31 March: both rules meet on 30 April', () => {
    expect(due('2026-03-31T09:30:00Z')).toBe('2026-04-30T09:30:00.000Z');
  });

  it('31 August: 30 September either way', () => {
    expect(due('2026-08-31T00:00:00Z')).toBe('2026-09-30T00:00:00.000Z');
  });

  it('keeps the time of day the mail arrived, to the millisecond', () => {
    expect(due('2026-11-28T23:59:59.999Z')).toBe('2026-12-28T23:59:59.999Z');
  });

  it('a shorter SLA_DAYS wins over the month everywhere', () => {
    expect(due('2026-01-31T10:00:00Z', 14)).toBe('2026-02-14T10:00:00.000Z');
    expect(due('2028-02-29T00:00:00Z', 1)).toBe('2028-03-01T00:00:00.000Z');
  });

  it('is never more than 30 days nor later than one calendar month, over every day of 2026-2028', () => {
    for (let t = Date.UTC(2026, 0, 1, 13); t < Date.UTC(2029, 0, 1); t += 86_400_000) {
      const r = new Date(t);
      const d = dueDate(r, 30);
      expect(d.getTime() - t).toBeLessThanOrEqual(30 * 86_400_000);
      // One calendar month later: the next month, never past its last day.
      const monthsLater = (d.getUTCFullYear() - r.getUTCFullYear()) * 12 + d.getUTCMonth() - r.getUTCMonth();
      expect(monthsLater === 0 || (monthsLater === 1 && d.getUTCDate() <= r.getUTCDate())).toBe(true);
      expect(d.getTime() - t).toBeGreaterThanOrEqual(28 * 86_400_000);
    }
  });
});
