import { describe, expect, it } from 'vitest';
import { botSettings } from '../../src/app/bot-settings.js';
import { loadConfig } from '../../src/config/config.js';
import { approvalAuthWarning } from '../../src/approval/approval-auth-warning.js';

const bot = { BOT_ADDRESS: 'contact@pickrtech.com', STAFF_EMAILS: 'staff@pickrtech.com', APPROVAL_SECRET: 'x'.repeat(32) };
const settings = (env: Record<string, string>) => botSettings(loadConfig({ ...bot, ...env }, ['bot']));

describe('approval does not rest on the From header alone by default', () => {
  it('requires DMARC or aligned DKIM once TRUSTED_AUTHSERV_ID is set', () => {
    expect(settings({ TRUSTED_AUTHSERV_ID: 'mx.pickrtech.com' }).staffRequireDmarc).toBe(true);
  });

  it('still takes an explicit STAFF_REQUIRE_DMARC=false, and warns that approval rests on From alone', () => {
    const s = settings({ TRUSTED_AUTHSERV_ID: 'mx.pickrtech.com', STAFF_REQUIRE_DMARC: 'false' });
    expect(s.staffRequireDmarc).toBe(false);
    expect(approvalAuthWarning(s)).toMatch(/^approval rests on the From header alone: STAFF_REQUIRE_DMARC=false/);
  });

  it('warns without TRUSTED_AUTHSERV_ID, naming what to set', () => {
    expect(approvalAuthWarning(settings({}))).toMatch(/set TRUSTED_AUTHSERV_ID/);
  });

  it('says nothing when staff mail must pass DMARC or aligned DKIM', () => {
    expect(approvalAuthWarning(settings({ TRUSTED_AUTHSERV_ID: 'mx.pickrtech.com' }))).toBeNull();
  });
});
