import { describe, expect, it } from 'vitest';
import { renderTriageDigest, type DigestItem } from '../../../src/triage/triage-digest-mail.js';
import { renderStaffReminder } from '../../../src/mail-out/templates/staff-reminder.js';
import { describeEvent } from '../../../src/requests/describe-event.js';
import { renderStaffEscalation } from '../../../src/mail-out/templates/staff-escalation.js';

/** The digest of possible requests past the hourly cap, and the reminder of a possible request. */

const item = (n: number, over: Partial<DigestItem> = {}): DigestItem => ({
  reference: `DR-2026-0010${n}`, receivedAt: new Date(`2026-12-07T10:0${n}:00Z`), senderEmail: `s${n}@example.net`,
  suggestedUsername: null, language: 'en', codes: { request: `DR-2026-0010${n}-request-${'a'.repeat(24)}`, ignore: `DR-2026-0010${n}-ignore-${'b'.repeat(24)}` },
  ...over,
});

describe('triage digest', () => {
  it('lists each possible request with its arrival, sender, reading and both codes', () => {
    const m = renderTriageDigest({ items: [item(1), item(2, { suggestedUsername: 'maybe.me', language: 'tr', senderEmail: null })], more: 0, perHour: 10 });
    expect(m.subject).toBe('[deletion-bot] 2 possible deletion requests wait for triage');
    expect(m.text.split('\n')[0]).toBe('2 mails that may be deletion requests arrived (received 2026-12-07 10:01 UTC to 2026-12-07 10:02 UTC)');
    expect(m.text).toContain('past the 10 triage notifications a single hour gets one by one');
    expect(m.text).toContain('deletion-bot triage ignore REF');
    expect(m.text).toContain([
      'DR-2026-00101  received 2026-12-07 10:01 UTC; from s1@example.net, no username read, language en',
      `  REQUEST DR-2026-00101-request-${'a'.repeat(24)}`,
      `  IGNORE DR-2026-00101-ignore-${'b'.repeat(24)}`,
      'DR-2026-00102  received 2026-12-07 10:02 UTC; no usable sender, read @maybe.me, language tr',
    ].join('\n'));
    expect(m.text).not.toContain('more wait for the next digest');
  });

  it('says how many more wait when it cannot list them all', () => {
    const m = renderTriageDigest({ items: [item(1)], more: 49, perHour: 10 });
    expect(m.subject).toBe('[deletion-bot] 1+ possible deletion requests wait for triage');
    expect(m.text).toContain('49 more wait for the next digest; deletion-bot triage list lists them all.');
  });

  it('one alone is one', () => {
    const m = renderTriageDigest({ items: [item(3)], more: 0, perHour: 10 });
    expect(m.subject).toBe('[deletion-bot] 1 possible deletion request waits for triage');
    expect(m.text.split('\n')[0]).toBe('1 mail that may be deletion requests arrived (received 2026-12-07 10:03 UTC)');
  });
});

describe('reminder of a possible request', () => {
  const facts = {
    reference: 'DR-2026-00042', state: 'triage', receivedAt: new Date('2026-11-28T09:00:00Z'), dueAt: new Date('2026-12-28T09:00:00Z'),
    waitingSince: new Date('2026-11-28T09:00:00Z'), waitingDays: 3, dueWords: 'due in 27 days', reminderNumber: 1,
  };

  it('asks for triage, not approval, with the three answers and the CLI twins', () => {
    const m = renderStaffReminder(facts);
    expect(m.subject).toBe('[DR-2026-00042] Reminder: possible request waiting 3 days for triage');
    expect(m.text.split('\n')[0]).toBe('Possible deletion request DR-2026-00042 has been waiting for your triage for 3 days (since 2026-11-28).');
    expect(m.text).toContain('Due:       2026-12-28 (due in 27 days)');
    expect(m.text).toContain("its due date above runs from the mail's arrival");
    expect(m.text).toContain('reply to the triage notification itself');
    expect(m.text).toMatch(/^ {2}REQUEST @handle {3}/m);
    expect(m.text).toMatch(/^ {2}IGNORE {12}/m);
    expect(m.text).toContain('deletion-bot triage ignore DR-2026-00042 --by NAME');
    expect(m.text).not.toMatch(/APPROVE|REJECT|EXTEND/);
  });

  it('for one listed in a digest, points at the digest and its codes instead of a notification', () => {
    const m = renderStaffReminder({ ...facts, notified: false });
    expect(m.text).toContain('it was listed in a digest');
    expect(m.text).not.toContain('reply to the triage notification itself');
    expect(m.text).not.toContain('code from the triage notification');
  });
});

describe('requests show', () => {
  it('says in words when a possible request went into a digest instead of a notification of its own', () => {
    const event = (type: string, detail: Record<string, unknown>) => describeEvent({ type, fromState: null, toState: null, actor: 'bot', detail }).summary;
    expect(event('triage_notice_deferred', { perHour: 10 })).toBe('No triage notification of its own: 10 went to staff within the hour; it goes into the next digest');
    expect(event('triage_digested', { outboxId: 'x' })).toBe('Listed in a digest of possible requests to staff, with its REQUEST and IGNORE codes');
  });
});

describe('escalation of a possible request', () => {
  it('asks for triage and offers no extension, which would write to a sender nobody has answered', () => {
    const m = renderStaffEscalation({
      reference: 'DR-2026-00044', state: 'triage', receivedAt: new Date('2026-11-01T00:00:00Z'), dueAt: new Date('2026-12-01T00:00:00Z'),
      overdue: false, dueWords: 'due in 4 days', extended: false,
    });
    expect(m.text).toContain('It is a possible request nobody has triaged: its sender has had no answer.');
    expect(m.text).toContain('deletion-bot triage request DR-2026-00044 [--username HANDLE] --by NAME (or triage ignore)');
    expect(m.text).toContain('Triage it first: an extension is for a request, and it writes to the sender.');
    expect(m.text).not.toContain('deletion-bot extend');
  });
});
