import { describe, expect, it } from 'vitest';
import type { Inventory } from '../../src/mail-out/inventory-types.js';
import { renderAcknowledgment } from '../../src/mail-out/templates/acknowledgment.js';
import { renderNeedsInfo } from '../../src/mail-out/templates/needs-info.js';
import { renderStaffNotification } from '../../src/mail-out/templates/staff-notification.js';
import { sampleFacts, shippedTemplates } from './sample-request.js';

const templates = shippedTemplates;

const facts = sampleFacts;

const inventory: Inventory = {
  accountFound: true,
  legalHold: false,
  lines: [
    { id: 'access_tokens', table: 'ig_access_tokens', category: 'access tokens and authorization status', action: 'delete', rows: 2, kept: 0 },
    { id: 'error_log_mentions', table: 'ig_error_logs', category: 'mentions in other error logs', action: 'redact', rows: 1, kept: 0 },
    { id: 'account', table: 'ig_accounts', category: 'account identifiers', action: 'delete', rows: 1, kept: 0 },
  ],
};

describe('mail templates', () => {
  it('acknowledgment gives the reference, the due date and where confirmation goes', () => {
    const m = renderAcknowledgment(templates, facts, 'en');
    expect(m.subject).toBe('[DR-2026-00042] We received your data deletion request');
    expect(m.text).toContain('Your reference: DR-2026-00042');
    expect(m.text).toContain('We will complete it by: 2026-12-28');
    expect(m.text).toContain('confirm@example.net');
  });

  it('needs-info asks for the username and keeps the reference in the subject', () => {
    const m = renderNeedsInfo(templates, { ...facts, instagramUsername: null }, 'en');
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

  // Every requester mail in every language, from the template files: tests/unit/mail-templates.test.ts.
});
