import { describe, expect, it } from 'vitest';
import { notificationExtras } from '../../src/approval/notification-extras.js';
import type { Inventory } from '../../src/mail-out/inventory-types.js';
import type { Evidence } from '../../src/understanding/evidence.js';
import { renderStaffNotification } from '../../src/mail-out/templates/staff-notification.js';
import { renderDecisionEcho } from '../../src/mail-out/templates/staff-decision-echo.js';
import { renderExtension } from '../../src/mail-out/templates/extension.js';
import { sampleFacts, shippedTemplates } from './sample-request.js';

const facts = sampleFacts;
const inventory: Inventory = {
  accountFound: true,
  legalHold: false,
  lines: [
    { id: 'tokens', table: 'ig_access_tokens', category: 'access tokens', action: 'delete', rows: 2, kept: 0 },
    { id: 'accounts', table: 'ig_accounts', category: 'account identifiers', action: 'delete', rows: 1, kept: 0 },
  ],
};
const settings = { approvalSecret: 's'.repeat(40), trustedAuthservId: 'mx.pickrtech.com' };
const req = { id: '6f1c2b9e-8f3a-4c1d-9b7e-0a1b2c3d4e5f', reference: 'DR-2026-00042', senderAuth: { authservId: 'mx.pickrtech.com', dkim: 'pass', spf: 'softfail', dmarc: null } };

describe('staff notification', () => {
  it('shows the request, the sender authentication, the match, the inventory, the commands and their codes', () => {
    const x = notificationExtras(settings, req);
    const { text, subject } = renderStaffNotification(facts, inventory, x);
    expect(subject).toBe('[DR-2026-00042] Deletion request waiting for approval');
    for (const part of ['@sunny.days', 'alice@example.com', 'confirm@example.net', 'Please delete all my Instagram data.', 'Due:                  2026-12-28']) {
      expect(text).toContain(part);
    }
    expect(text).toContain('Sender authentication (Authentication-Results of mx.pickrtech.com):\n  DKIM pass, SPF softfail, DMARC not checked');
    expect(text).toContain('Username matches data we hold: yes.');
    expect(text).toMatch(/ig_access_tokens\s+delete\s+2\s+access tokens/);
    expect(text).toContain('(3 rows)');
    expect(text).toMatch(/^ {2}APPROVE$/m);
    expect(text).toMatch(/^ {2}REJECT <reason the requester will read>$/m);
    expect(text).toMatch(/^ {2}EXTEND <reason the requester will read>$/m);
    expect(text).toContain(`  APPROVE ${x.codes!.approve}\n`);
    expect(text).toContain(`  REJECT ${x.codes!.reject} <reason>\n`);
    expect(text).toContain(`  EXTEND ${x.codes!.extend} <reason>\n`);
    expect(x.codes!.approve).toMatch(/^DR-2026-00042-approve-[0-9a-f]{24}$/);
  });

  it('says why the sender authentication is not available', () => {
    expect(renderStaffNotification(facts, inventory, { ...notificationExtras(settings, { ...req, senderAuth: null }) }).text)
      .toContain('Sender authentication: not available (the mail carries no Authentication-Results from mx.pickrtech.com)');
    expect(renderStaffNotification(facts, inventory, notificationExtras({ ...settings, trustedAuthservId: null }, { ...req, senderAuth: null })).text)
      .toContain('Sender authentication: not available (TRUSTED_AUTHSERV_ID is not set');
  });

  it('says when the username matches nothing we hold, and shows kept rows under a legal hold', () => {
    expect(renderStaffNotification(facts, { accountFound: false, legalHold: false, lines: [] }).text)
      .toContain('Username matches data we hold: no. No connected Instagram account is named @sunny.days');
    const held = renderStaffNotification(facts, { accountFound: true, legalHold: true, lines: [{ ...inventory.lines[0]!, rows: 0, kept: 2 }] }).text;
    expect(held).toContain('LEGAL HOLD');
    expect(held).toMatch(/table\s+action\s+rows\s+kept\s+category/);
    expect(held).toMatch(/ig_access_tokens\s+delete\s+0\s+2\s+access tokens/);
  });
});

describe('staff notification: how the mail was read', () => {
  const sure: Evidence = {
    kind: { rule: 'wish.sentence', confidence: 'high' },
    username: { rule: 'username.labelled-line', confidence: 'high' },
    confirmation: { rule: 'confirmation.reply-to', confidence: 'high' },
    language: { rule: 'language.words', confidence: 'high' },
    confidence: 'high',
  };

  it('shows the confidence and the rule behind each field', () => {
    const text = renderStaffNotification(facts, inventory, { ...notificationExtras(settings, req), evidence: sure }).text;
    expect(text).toContain('How the bot read the mail (confidence: high):\n');
    expect(text).toContain('  Deletion wish:        a sentence pairs a deletion verb with the person\'s own data [wish.sentence, high]\n');
    expect(text).toContain('  Instagram username:   a labelled line ("Instagram username: x") [username.labelled-line, high]\n');
    expect(text).toContain('  Confirmation address: no address in the words; the Reply-To header [confirmation.reply-to, high]\n');
    expect(text).not.toContain('not sure');
    // Between what the requester wrote and what we hold.
    expect(text.indexOf('The requester wrote:')).toBeLessThan(text.indexOf('How the bot read the mail'));
    expect(text.indexOf('How the bot read the mail')).toBeLessThan(text.indexOf('Username matches data we hold'));
  });

  it('asks staff to check a reading the bot is not sure of', () => {
    const weak: Evidence = { ...sure, username: { rule: 'username.stray-mention', confidence: 'low' }, confidence: 'low' };
    const text = renderStaffNotification(facts, inventory, { ...notificationExtras(settings, req), evidence: weak }).text;
    expect(text).toContain('How the bot read the mail (confidence: low):');
    expect(text).toContain('an @mention with no account word near it [username.stray-mention, low]');
    expect(text).toContain('The bot is not sure of this reading: check the username and the address against the mail before approving.');
  });

  it('says so when no reading was recorded', () => {
    expect(renderStaffNotification(facts, inventory, notificationExtras(settings, req)).text)
      .toContain('How the bot read the mail: not recorded; check the username against the mail before approving.');
  });
});

describe('decision echo and extension mail', () => {
  it('the echo says what was read, that nothing was done, and the three commands', () => {
    const m = renderDecisionEcho('DR-2026-00042', 'a question ("Approve?"), not a command', false);
    expect(m.subject).toBe('[DR-2026-00042] Reply not understood');
    expect(m.text).toContain('was read as: a question ("Approve?"), not a command');
    expect(m.text).toContain('Nothing was done.');
    expect(m.text).toContain('EXTEND <reason');
  });

  it('the extension mail gives the reason, the previous and the new date, in text and HTML', () => {
    const templates = shippedTemplates;
    const m = renderExtension(templates, { ...facts, dueAt: new Date('2027-02-28T10:00:00Z') }, 'We must check <backups> first.', facts.dueAt, 'en');
    expect(m.subject).toBe('[DR-2026-00042] We need more time for your data deletion request');
    expect(m.text).toContain('Reason: We must check <backups> first.');
    expect(m.text).toContain('Previous date: 2026-12-28');
    expect(m.text).toContain('New date: 2027-02-28');
    expect(m.text).toContain('Article 12(3)');
    expect(m.html).toContain('We must check &lt;backups&gt; first.');
    expect(m.html).toContain('<strong>2027-02-28</strong>');
  });
});
