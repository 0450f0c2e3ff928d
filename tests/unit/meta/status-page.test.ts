import { describe, expect, it } from 'vitest';
import { describeStatus, renderStatusPage, renderUnknownCodePage, type StatusFacts } from '../../../src/meta/status-page.js';

const base: StatusFacts = {
  reference: 'DR-2026-00042', state: 'received', receivedAt: new Date('2026-12-01T10:00:00Z'), dueAt: new Date('2026-12-31T10:00:00Z'),
  extendedAt: null, extensionReason: null, decisionReason: null, completedAt: null, categoriesDeleted: [],
};

describe('status page', () => {
  it('says received, under review, completed with the categories, rejected with the reason, extended with the date and why', () => {
    expect(describeStatus(base)).toEqual({ headline: 'Received', lines: ['We received your request on 2026-12-01.', 'We will complete it by 2026-12-31.'] });
    for (const state of ['awaiting_approval', 'approved', 'deleting'] as const) expect(describeStatus({ ...base, state }).headline).toBe('Under review');
    expect(describeStatus({ ...base, state: 'completed', completedAt: new Date('2026-12-05T09:00:00Z'), categoriesDeleted: ['publishing logs', 'error logs'] }))
      .toEqual({ headline: 'Completed on 2026-12-05', lines: ['Your request was completed on 2026-12-05.', 'We deleted: publishing logs; error logs.'] });
    expect(describeStatus({ ...base, state: 'completed', completedAt: new Date('2026-12-05T09:00:00Z') }).lines)
      .toContain('We held no data about your account, so there was nothing to delete.');
    expect(describeStatus({ ...base, state: 'rejected', decisionReason: 'The account belongs to someone else' }).lines)
      .toEqual(['We could not carry out your request: The account belongs to someone else']);
    expect(describeStatus({ ...base, state: 'awaiting_approval', extendedAt: new Date('2026-12-20T00:00:00Z'), dueAt: new Date('2027-02-28T10:00:00Z'), extensionReason: 'many requests' }).lines)
      .toContain('The deadline was extended to 2027-02-28: many requests.');
  });

  it('escapes what staff wrote and names nobody', () => {
    const html = renderStatusPage({ ...base, state: 'rejected', decisionReason: '<script>alert(1)</script> & "x"' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(html).toContain('Status: Rejected');
    expect(html).not.toMatch(/@|username|e-?mail/i);
  });

  it('has a plain page for an unknown code', () => {
    expect(renderUnknownCodePage()).toContain('Request not found');
  });
});
