import { describe, expect, it } from 'vitest';
import { botSettings } from '../../src/app/bot-settings.js';
import { ConfigError, loadConfig } from '../../src/config/config.js';

const bot = { BOT_ADDRESS: 'contact@pickrtech.com', STAFF_EMAILS: 'staff@pickrtech.com', APPROVAL_SECRET: 'x'.repeat(32) };

function problems(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env, ['bot']);
    return [];
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
}

describe('staff authentication settings', () => {
  it('default to not requiring DMARC and trusting no authserv-id', () => {
    const s = botSettings(loadConfig(bot, ['bot']));
    expect(s.staffRequireDmarc).toBe(false);
    expect(s.trustedAuthservId).toBeNull();
  });

  it('take a trusted authserv-id, lowercased, with or without requiring DMARC', () => {
    expect(botSettings(loadConfig({ ...bot, TRUSTED_AUTHSERV_ID: ' MX.PickrTech.com ' }, ['bot'])).trustedAuthservId).toBe('mx.pickrtech.com');
    const s = botSettings(loadConfig({ ...bot, STAFF_REQUIRE_DMARC: 'true', TRUSTED_AUTHSERV_ID: 'mx.pickrtech.com' }, ['bot']));
    expect(s.staffRequireDmarc).toBe(true);
  });

  it('refuse STAFF_REQUIRE_DMARC=true without TRUSTED_AUTHSERV_ID, saying what to set', () => {
    for (const unset of [undefined, '']) {
      const p = problems({ ...bot, STAFF_REQUIRE_DMARC: 'true', TRUSTED_AUTHSERV_ID: unset });
      expect(p).toHaveLength(1);
      expect(p[0]).toMatch(/^STAFF_REQUIRE_DMARC is true, so TRUSTED_AUTHSERV_ID must be set: the authserv-id your receiving mail server writes/);
    }
  });

  it('name a malformed value', () => {
    expect(problems({ ...bot, STAFF_REQUIRE_DMARC: 'maybe' })).toEqual(['STAFF_REQUIRE_DMARC must be true or false']);
    expect(problems({ ...bot, TRUSTED_AUTHSERV_ID: 'mx.pickrtech.com; dmarc=pass' })[0]).toMatch(/^TRUSTED_AUTHSERV_ID must be one authserv-id/);
  });
});
