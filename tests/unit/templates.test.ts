import { describe, expect, it } from 'vitest';
import type { Inventory } from '../../src/deletion/inventory-types.js';
import { renderAcknowledgment } from '../../src/mail-out/templates/acknowledgment.js';
import { renderCompletion } from '../../src/mail-out/templates/completion.js';
import { renderNeedsInfo } from '../../src/mail-out/templates/needs-info.js';
import { renderRejection } from '../../src/mail-out/templates/rejection.js';
import { renderStaffNotification } from '../../src/mail-out/templates/staff-notification.js';

const facts = {
  reference: 'DR-2026-00042',
  receivedAt: new Date('2026-11-28T10:00:00Z'),
  dueAt: new Date('2026-12-28T10:00:00Z'),
  statement: 'Please delete all my Instagram data.',
  instagramUsername: 'sunny.days',
  senderEmail: 'alice@example.com',
  confirmationEmail: 'confirm@example.net',
};

const inventory: Inventory = {
  accountFound: true,
  legalHold: false,
  lines: [
    { table: 'ig_access_tokens', category: 'access tokens and authorization status', action: 'delete', rows: 2 },
    { table: 'ig_error_logs', category: 'mentions in other error logs', action: 'redact', rows: 1 },
    { table: 'ig_accounts', category: 'account identifiers', action: 'delete', rows: 1 },
  ],
};

describe('mail templates', () => {
  it('acknowledgment gives the reference, the due date and where confirmation goes', () => {
    const m = renderAcknowledgment(facts);
    expect(m.subject).toBe('[DR-2026-00042] We received your data deletion request');
    expect(m.text).toContain('Your reference: DR-2026-00042');
    expect(m.text).toContain('We will complete it by: 2026-12-28');
    expect(m.text).toContain('confirm@example.net');
  });

  it('needs-info asks for the username and keeps the reference in the subject', () => {
    const m = renderNeedsInfo({ ...facts, instagramUsername: null });
    expect(m.subject).toContain('DR-2026-00042');
    expect(m.text).toMatch(/reply to this email with your Instagram username/i);
  });

  it('staff notification shows the requester, the inventory and the commands', () => {
    const m = renderStaffNotification(facts, inventory);
    expect(m.text).toContain('@sunny.days');
    expect(m.text).toContain('alice@example.com');
    expect(m.text).toContain('confirm@example.net');
    expect(m.text).toContain('Please delete all my Instagram data.');
    expect(m.text).toMatch(/ig_access_tokens\s+delete\s+2/);
    expect(m.text).toMatch(/ig_error_logs\s+redact\s+1/);
    expect(m.text).toContain('(4 rows)');
    expect(m.text).toContain('APPROVE');
    expect(m.text).toContain('REJECT <reason');
  });

  it('staff notification says when no account matches', () => {
    const m = renderStaffNotification(facts, { accountFound: false, legalHold: false, lines: [] });
    expect(m.text).toContain('No connected Instagram account is named @sunny.days');
  });

  it('completion lists what was deleted with counts, in text and HTML', () => {
    const m = renderCompletion(facts, inventory, new Date('2026-12-01T09:00:00Z'));
    expect(m.subject).toBe('[DR-2026-00042] Your Instagram data has been deleted');
    expect(m.text).toContain('Reference: DR-2026-00042');
    expect(m.text).toContain('Completed: 2026-12-01');
    expect(m.text).toContain('access tokens and authorization status: 2 deleted');
    expect(m.text).toContain('mentions in other error logs: 1 mention(s) removed');
    expect(m.html).toContain('<strong>DR-2026-00042</strong>');
  });

  it('completion says plainly when no data was held', () => {
    const m = renderCompletion(facts, { accountFound: false, legalHold: false, lines: inventory.lines.map((l) => ({ ...l, rows: 0 })) }, new Date());
    expect(m.text).toContain('PickrTech held no data for this account');
    expect(m.text).not.toContain('What was deleted');
  });

  it('completion tells what was kept under a legal hold', () => {
    const m = renderCompletion(facts, { ...inventory, legalHold: true }, new Date());
    expect(m.text).toContain('What was kept');
    expect(m.text).toContain('legal hold');
  });

  it('rejection carries the staff reason and says nothing was deleted', () => {
    const m = renderRejection(facts, 'We could not verify that you own this account.');
    expect(m.text).toContain('Reason: We could not verify that you own this account.');
    expect(m.text).toContain('No data was deleted');
  });

  it('escapes HTML in values that came from mail', () => {
    const m = renderCompletion({ ...facts, reference: 'DR-2026-00001' }, { ...inventory, lines: [{ ...inventory.lines[0]!, category: '<script>' }] }, new Date());
    expect(m.html).not.toContain('<script>');
  });
});
