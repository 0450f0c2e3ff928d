import { describe, expect, it } from 'vitest';
import { dueInWords, escalationDue, reminderDue, wholeDaysBetween } from '../../src/sla/sla-clock.js';

const t = (s: string) => new Date(s);

describe('reminder rule', () => {
  const asked = t('2026-11-01T10:00:00Z');

  it('is due after exactly APPROVAL_REMINDER_DAYS since staff were asked, not a minute before', () => {
    expect(reminderDue(asked, null, t('2026-11-04T09:59:00Z'), 3)).toBe(false);
    expect(reminderDue(asked, null, t('2026-11-04T10:00:00Z'), 3)).toBe(true);
  });

  it('counts from the last reminder once there was one', () => {
    const last = t('2026-11-04T10:05:00Z');
    expect(reminderDue(asked, last, t('2026-11-07T10:04:00Z'), 3)).toBe(false);
    expect(reminderDue(asked, last, t('2026-11-07T10:05:00Z'), 3)).toBe(true);
  });

  it('a tick that comes late owes one reminder, counted from then on', () => {
    expect(reminderDue(asked, null, t('2026-11-20T00:00:00Z'), 3)).toBe(true);
  });
});

describe('escalation rule', () => {
  const dueAt = t('2026-12-01T00:00:00Z');
  const open = { dueAt, escalatedAt: null, extendedAt: null };

  it('is due within ESCALATION_DAYS_BEFORE_DUE of the due date, and when past it', () => {
    expect(escalationDue(open, t('2026-11-25T23:59:00Z'), 5)).toBe(false);
    expect(escalationDue(open, t('2026-11-26T00:00:00Z'), 5)).toBe(true);
    expect(escalationDue(open, t('2026-12-09T00:00:00Z'), 5)).toBe(true);
  });

  it('happens once per due date', () => {
    expect(escalationDue({ ...open, escalatedAt: t('2026-11-26T00:00:00Z') }, t('2026-11-30T00:00:00Z'), 5)).toBe(false);
  });

  it('happens again for the new due date after an extension', () => {
    const extended = { dueAt: t('2027-01-30T00:00:00Z'), escalatedAt: t('2026-11-26T00:00:00Z'), extendedAt: t('2026-11-28T00:00:00Z') };
    expect(escalationDue(extended, t('2027-01-20T00:00:00Z'), 5)).toBe(false);
    expect(escalationDue(extended, t('2027-01-26T00:00:00Z'), 5)).toBe(true);
  });

  it('with 0 days, only once the due date has come', () => {
    expect(escalationDue(open, t('2026-11-30T23:59:00Z'), 0)).toBe(false);
    expect(escalationDue(open, dueAt, 0)).toBe(true);
  });
});

describe('due date in words', () => {
  const dueAt = t('2026-12-10T12:00:00Z');
  it('counts whole days left, and days overdue', () => {
    expect(dueInWords(dueAt, t('2026-12-06T12:00:00Z'))).toEqual({ overdue: false, words: 'due in 4 days' });
    expect(dueInWords(dueAt, t('2026-12-09T11:00:00Z'))).toEqual({ overdue: false, words: 'due in 1 day' });
    expect(dueInWords(dueAt, t('2026-12-10T06:00:00Z'))).toEqual({ overdue: false, words: 'due within a day' });
    expect(dueInWords(dueAt, t('2026-12-10T18:00:00Z'))).toEqual({ overdue: true, words: 'overdue since today' });
    expect(dueInWords(dueAt, t('2026-12-12T13:00:00Z'))).toEqual({ overdue: true, words: 'overdue by 2 days' });
  });

  it('whole days between two instants round down', () => {
    expect(wholeDaysBetween(t('2026-11-01T10:00:00Z'), t('2026-11-04T09:59:59Z'))).toBe(2);
    expect(wholeDaysBetween(t('2026-11-01T10:00:00Z'), t('2026-11-04T10:00:00Z'))).toBe(3);
  });
});
