import { describe, expect, it } from 'vitest';
import { extendedDueDate } from '../../src/approval/extended-due-date.js';
import { addCalendarMonths } from '../../src/requests/due-date.js';

describe('extendedDueDate: two calendar months later (GDPR Art. 12(3))', () => {
  it.each([
    ['2026-12-28T10:00:00.000Z', '2027-02-28T10:00:00.000Z'],
    ['2026-01-15T00:00:00.000Z', '2026-03-15T00:00:00.000Z'],
    ['2026-12-31T23:59:59.000Z', '2027-02-28T23:59:59.000Z'],
    ['2027-12-31T08:00:00.000Z', '2028-02-29T08:00:00.000Z'],
    ['2026-01-30T12:00:00.000Z', '2026-03-30T12:00:00.000Z'],
    ['2026-07-31T12:00:00.000Z', '2026-09-30T12:00:00.000Z'],
    ['2026-11-30T12:00:00.000Z', '2027-01-30T12:00:00.000Z'],
  ])('%s -> %s', (due, extended) => {
    expect(extendedDueDate(new Date(due)).toISOString()).toBe(extended);
  });

  it('adds any number of months, keeping the time of day', () => {
    expect(addCalendarMonths(new Date('2026-03-31T09:30:00Z'), 1).toISOString()).toBe('2026-04-30T09:30:00.000Z');
    expect(addCalendarMonths(new Date('2026-03-31T09:30:00Z'), 12).toISOString()).toBe('2027-03-31T09:30:00.000Z');
    expect(addCalendarMonths(new Date('2026-03-31T09:30:00Z'), 0).toISOString()).toBe('2026-03-31T09:30:00.000Z');
  });
});
