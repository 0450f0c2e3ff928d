import { describe, expect, it } from 'vitest';
import { addCalendarMonth, dueDate } from '../../src/requests/due-date.js';

const d = (s: string) => new Date(s);

describe('due date', () => {
  it('is 30 days after receipt when that comes before one calendar month', () => {
    // 1 March + 30 days = 31 March; + 1 month = 1 April.
    expect(dueDate(d('2026-03-01T10:00:00Z'), 30).toISOString()).toBe('2026-03-31T10:00:00.000Z');
  });

  it('is one calendar month after receipt when that comes first (February)', () => {
    // 1 February + 1 month = 1 March (28 days); + 30 days = 3 March.
    expect(dueDate(d('2026-02-01T08:00:00Z'), 30).toISOString()).toBe('2026-03-01T08:00:00.000Z');
  });

  it('counts from the time the mail arrived, not a later triage', () => {
    expect(dueDate(d('2026-11-28T23:59:00Z'), 30).toISOString()).toBe('2026-12-28T23:59:00.000Z');
  });

  it('uses the last day of a shorter month', () => {
    expect(addCalendarMonth(d('2026-01-31T00:00:00Z')).toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(addCalendarMonth(d('2028-01-31T00:00:00Z')).toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(addCalendarMonth(d('2026-12-15T12:00:00Z')).toISOString()).toBe('2027-01-15T12:00:00.000Z');
  });

  it('honours a shorter promise', () => {
    expect(dueDate(d('2026-05-01T00:00:00Z'), 10).toISOString()).toBe('2026-05-11T00:00:00.000Z');
  });
});
