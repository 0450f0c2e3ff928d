import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config/config.js';

function problems(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env, ['meta']);
    return [];
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
}

describe("Meta's configuration", () => {
  it('is off without the secret, with a one-day age limit', () => {
    expect(loadConfig({}, ['meta']).meta).toEqual({ META_SIGNED_REQUEST_MAX_AGE_S: 86_400 });
  });

  it('needs an https PUBLIC_URL once the secret is set, and says why', () => {
    expect(problems({ META_APP_SECRET: 's'.repeat(32) })).toEqual([
      "PUBLIC_URL must be set when META_APP_SECRET is: the https base URL of this bot that Meta's status links use (e.g. https://privacy.pickrtech.com)",
    ]);
    expect(problems({ META_APP_SECRET: 's'.repeat(32), PUBLIC_URL: 'http://privacy.pickrtech.com' })).toEqual([
      'PUBLIC_URL must be a URL starting with https://',
    ]);
    const ok = loadConfig({ META_APP_SECRET: 's'.repeat(32), PUBLIC_URL: 'https://privacy.pickrtech.com/', META_SIGNED_REQUEST_MAX_AGE_S: '600' }, ['meta']);
    expect(ok.meta).toEqual({ META_APP_SECRET: 's'.repeat(32), PUBLIC_URL: 'https://privacy.pickrtech.com', META_SIGNED_REQUEST_MAX_AGE_S: 600 });
  });

  it('refuses a short secret and a non-positive age', () => {
    expect(problems({ META_APP_SECRET: 'short', PUBLIC_URL: 'https://x.example' })[0]).toMatch(/^META_APP_SECRET must be the app secret/);
    expect(problems({ META_SIGNED_REQUEST_MAX_AGE_S: '0' })[0]).toMatch(/^META_SIGNED_REQUEST_MAX_AGE_S /);
  });
});
