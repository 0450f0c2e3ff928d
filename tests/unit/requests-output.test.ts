import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/run-command.js';
import { parseLimit } from '../../src/cli/commands/requests.js';
import { formatRequestList, formatRequestShow } from '../../src/cli/commands/requests-output.js';
import { describeEvent } from '../../src/requests/describe-event.js';
import type { RequestRow } from '../../src/requests/request-store.js';

const now = new Date('2026-12-10T12:00:00Z');

describe('requests list output', () => {
  it('shows state, source, age in days, received and due dates, and marks overdue, extended and purged', () => {
    const out = formatRequestList([
      { reference: 'DR-2026-00003', state: 'awaiting_approval', receivedAt: new Date('2026-11-01T09:00:00Z'), dueAt: new Date('2026-12-01T09:00:00Z'), extended: false, purged: false, source: 'email' },
      { reference: 'DR-2026-00002', state: 'needs_info', receivedAt: new Date('2026-12-06T09:00:00Z'), dueAt: new Date('2027-01-05T09:00:00Z'), extended: true, purged: false, source: 'meta' },
      { reference: 'DR-2026-00001', state: 'completed', receivedAt: new Date('2026-10-01T09:00:00Z'), dueAt: new Date('2026-10-31T09:00:00Z'), extended: false, purged: true, source: 'email' },
    ], now);
    expect(out.split('\n')).toEqual([
      'REFERENCE       STATE              SOURCE   AGE  RECEIVED    DUE         STANDING',
      'DR-2026-00003   awaiting_approval  email    39d  2026-11-01  2026-12-01  OVERDUE BY 9 DAYS',
      'DR-2026-00002   needs_info         meta      4d  2026-12-06  2027-01-05  due in 25 days, extended',
      'DR-2026-00001   completed          email    70d  2026-10-01  2026-10-31  purged',
      '',
    ]);
  });
});

describe('--limit', () => {
  it('takes a whole number from 1 to 10000', () => {
    expect(parseLimit(undefined)).toBe(100);
    expect(parseLimit('50')).toBe(50);
  });

  it.each(['abc', '0', '-1', '2.5', '1e3', '', '10001'])('refuses %j as a usage error naming the option', (v) => {
    try {
      parseLimit(v);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(CliError);
      expect((err as CliError).exitCode).toBe(2);
      expect((err as CliError).message).toContain('--limit must be a whole number from 1 to 10000');
    }
  });
});

describe('timeline', () => {
  const ev = (type: string, actor: string | null, detail: Record<string, unknown> = {}) => ({ type, actor, detail, fromState: null, toState: null });

  it('says who decided, how many rows went per table, which mail was sent, and what was refused', () => {
    expect(describeEvent(ev('approved', 'staff@pickrtech.com', { via: 'email' })).summary).toBe('Approved by staff@pickrtech.com by email');
    expect(describeEvent(ev('rejected', 'alice', { via: 'cli', reason: 'Not your account' })).summary)
      .toBe('Rejected by alice on the command line: "Not your account"');
    const deleted = describeEvent(ev('deleted', 'bot', {
      accountFound: true, legalHold: false,
      counts: [{ table: 'ig_access_tokens', action: 'delete', rows: 2, category: 'access tokens' }, { table: 'ig_error_logs', action: 'redact', rows: 3, category: 'mentions' }],
    }));
    expect(deleted.summary).toBe('Deleted 5 rows; request completed');
    expect(deleted.more).toEqual(['ig_access_tokens  delete      2  access tokens', 'ig_error_logs     redact      3  mentions']);
    expect(describeEvent(ev('mail_sent', 'mailer', { purpose: 'acknowledgment' })).summary).toBe('Mail sent: acknowledgment to the requester');
    expect(describeEvent(ev('approval_refused', 'non-staff sender', { why: 'the sender is not on the staff list' })).summary)
      .toBe('Decision attempt from non-staff sender refused: the sender is not on the staff list; staff alerted');
    expect(describeEvent(ev('reminder_sent', 'bot', { number: 2, waitingDays: 6 })).summary).toBe('Reminder 2 to staff: waiting 6 days for a decision');
    expect(describeEvent(ev('escalated', 'bot', { state: 'awaiting_approval', dueAt: '2026-12-01T09:00:00.000Z', overdue: true, due: 'overdue by 9 days' })).summary)
      .toBe('Escalation to staff: overdue by 9 days (due 2026-12-01, state awaiting approval)');
    expect(describeEvent(ev('purged', 'bot', { rawMessages: 2, mails: 4, events: 1, retentionDays: 30 })).summary)
      .toBe('Personal data purged after 30 days: 2 raw mails and 4 mail copies emptied, 1 audit entry scrubbed; minimal record kept');
  });

  it('shows an event type it does not know with its raw detail, hiding nothing', () => {
    expect(describeEvent({ type: 'something_new', actor: 'bot', fromState: 'a', toState: 'b', detail: { x: 1, y: 'z' } }).summary)
      .toBe('something new (a -> b) (x: 1, y: z)');
  });

  it('lays out a purged request: personal fields say purged, the timeline keeps time, type, actor and words', () => {
    const r = {
      id: '00000000-0000-0000-0000-000000000001', reference: 'DR-2026-00001', state: 'completed',
      instagramUsername: null, senderEmail: null, confirmationEmail: null, confirmationSource: 'explicit', statement: null,
      threadMessageId: null, receivedAt: new Date('2026-10-01T09:00:00Z'), dueAt: new Date('2026-10-31T09:00:00Z'),
      inventory: null, deletedCounts: null, decidedBy: 'staff@pickrtech.com', decidedAt: new Date('2026-10-02T10:00:00Z'),
      decisionReason: null, completedAt: new Date('2026-10-02T10:00:05Z'), language: 'en', senderAuth: { dkim: 'pass', spf: 'pass', dmarc: 'pass' },
      extendedAt: null, extendedBy: null, extensionReason: null, lastReminderAt: null, escalatedAt: null,
      purgedAt: new Date('2026-11-01T10:05:00Z'), usernameHash: 'ab'.repeat(32),
      source: 'email', metaUserId: null, statusCode: null,
    } as RequestRow;
    const out = formatRequestShow({
      request: r, now, sameUsername: [{ reference: 'DR-2026-00007', state: 'awaiting_approval', receivedAt: now, purged: false }],
      events: [
        { at: new Date('2026-10-01T09:00:01Z'), type: 'received', actor: 'intake', fromState: null, toState: 'received', detail: {} },
        { at: new Date('2026-10-02T10:00:00Z'), type: 'approved', actor: 'staff@pickrtech.com', fromState: 'awaiting_approval', toState: 'approved', detail: { via: 'email' } },
        { at: new Date('2026-11-01T10:05:00Z'), type: 'purged', actor: 'bot', fromState: null, toState: null, detail: { rawMessages: 1, mails: 3, events: 0, retentionDays: 30 } },
      ],
    });
    expect(out).toContain('  Source:                email');
    expect(out).toContain('  Instagram username:    (purged; keyed hash kept)');
    expect(out).toContain('  Sender:                (purged)');
    expect(out).toContain('  Sender authentication: dkim=pass spf=pass dmarc=pass');
    expect(out).toContain('  Decision:              approved by staff@pickrtech.com on 2026-10-02 10:00');
    expect(out).toContain('  Same username:         DR-2026-00007 (awaiting approval)');
    expect(out).toContain('Timeline (UTC, 3 events):');
    expect(out).toContain('  2026-10-01 09:00  received  intake               Request mail received; request opened');
    expect(out).toContain('  2026-10-02 10:00  approved  staff@pickrtech.com  Approved by staff@pickrtech.com by email');
    expect(out).toContain('  2026-11-01 10:05  purged    bot                  Personal data purged after 30 days');
  });
});
