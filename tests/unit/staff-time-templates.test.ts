import { describe, expect, it } from 'vitest';
import { renderStaffEscalation } from '../../src/mail-out/templates/staff-escalation.js';
import { renderStaffReminder } from '../../src/mail-out/templates/staff-reminder.js';

describe('staff reminder and escalation mails', () => {
  it('the reminder says how long the request waited, when it is due and how to decide', () => {
    const m = renderStaffReminder({
      reference: 'DR-2026-00042', receivedAt: new Date('2026-11-28T09:00:00Z'), dueAt: new Date('2026-12-28T09:00:00Z'),
      waitingSince: new Date('2026-11-28T09:01:00Z'), waitingDays: 6, dueWords: 'due in 24 days', reminderNumber: 2,
    });
    expect(m.subject).toBe('[DR-2026-00042] Reminder: waiting 6 days for your decision');
    expect(m.text).toContain('has been waiting for your decision for 6 days (since 2026-11-28)');
    expect(m.text).toContain('Due:       2026-12-28 (due in 24 days)');
    expect(m.text).toContain('Reminder:  2');
    expect(m.text).toMatch(/^ {2}APPROVE$/m);
    expect(m.text).toMatch(/^ {2}REJECT <reason the requester will read>$/m);
    expect(m.text).toContain('deletion-bot approve DR-2026-00042 --by NAME');
    expect(m.text).toMatch(/^ {2}EXTEND <reason/m);
  });

  it('the escalation says OVERDUE when the date has passed', () => {
    const m = renderStaffEscalation({
      reference: 'DR-2026-00042', state: 'awaiting_approval', receivedAt: new Date('2026-10-01T00:00:00Z'),
      dueAt: new Date('2026-10-31T00:00:00Z'), overdue: true, dueWords: 'overdue by 3 days', extended: false,
    });
    expect(m.subject).toBe('[DR-2026-00042] Escalation: OVERDUE since 2026-10-31');
    expect(m.text.split('\n')[0]).toBe('Deletion request DR-2026-00042 is OVERDUE: it was due on 2026-10-31 (overdue by 3 days).');
    expect(m.text).toContain('State:     awaiting approval');
    expect(m.text).toContain('It is waiting for a staff decision');
    expect(m.text).toContain('reply EXTEND <reason> instead');
    expect(m.text).toContain('deletion-bot extend DR-2026-00042 --reason TEXT');
  });

  it('the escalation before the date says how long is left and what each state needs', () => {
    const base = { reference: 'DR-2026-00043', receivedAt: new Date('2026-11-01T00:00:00Z'), dueAt: new Date('2026-12-01T00:00:00Z'), overdue: false, dueWords: 'due in 4 days', extended: false };
    const waiting = renderStaffEscalation({ ...base, state: 'needs_info' });
    expect(waiting.subject).toBe('[DR-2026-00043] Escalation: Due 2026-12-01: request still open');
    expect(waiting.text.split('\n')[0]).toBe('Deletion request DR-2026-00043 is due in 4 days (2026-12-01) and is not finished.');
    expect(waiting.text).toContain('waiting for the requester to send their Instagram username');
    expect(renderStaffEscalation({ ...base, state: 'deleting' }).text).toContain('the deletion has not finished');
    const extended = renderStaffEscalation({ ...base, state: 'awaiting_approval', extended: true }).text;
    expect(extended).toContain('Its due date was already extended once; it cannot be extended again.');
    expect(extended).not.toContain('EXTEND');
  });
});
