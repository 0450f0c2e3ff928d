import { describe, expect, it } from 'vitest';
import { dueInWords, wholeDaysBetween } from '../../src/sla/sla-clock.js';

const t = (s: string) => new Date(s);

// The reminder and escalation rules are SQL: tests/integration/sla-due-rules.test.ts.

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
