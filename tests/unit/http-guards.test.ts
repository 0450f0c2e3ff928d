import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { crossSiteRefusal, LOGIN_WINDOW_MS, LoginLimiter } from '../../src/http/admin-guard.js';
import { sameSecret } from '../../src/http/metrics-route.js';

describe('admin login limit', () => {
  it('blocks an address after the limit for the rest of the window, then lets it try again; others are not affected', () => {
    let now = 1_000_000;
    const limiter = new LoginLimiter(2, () => now);
    limiter.failed('10.0.0.1');
    expect(limiter.blockedFor('10.0.0.1')).toBe(0);
    now += 60_000;
    limiter.failed('10.0.0.1');
    expect(limiter.blockedFor('10.0.0.1')).toBe(LOGIN_WINDOW_MS - 60_000);
    expect(limiter.blockedFor('10.0.0.2')).toBe(0);
    now += LOGIN_WINDOW_MS;
    expect(limiter.blockedFor('10.0.0.1')).toBe(0);
    limiter.failed('10.0.0.1');
    expect(limiter.blockedFor('10.0.0.1')).toBe(0);
  });
});

describe('writes to the admin board', () => {
  const req = (method: string, headers: Record<string, string>) => ({ method, headers: { host: 'bot.example:8080', ...headers } });

  it('lets reads through and the board\'s own JSON writes', () => {
    expect(crossSiteRefusal(req('GET', { 'sec-fetch-site': 'cross-site' }))).toBeNull();
    expect(crossSiteRefusal(req('PUT', { origin: 'https://bot.example:8080', 'sec-fetch-site': 'same-origin', 'content-type': 'application/json; charset=utf-8' }))).toBeNull();
    expect(crossSiteRefusal(req('PUT', {}))).toBeNull();
  });

  it('refuses other sites, other origins and non-JSON bodies', () => {
    expect(crossSiteRefusal(req('POST', { 'sec-fetch-site': 'same-site' }))?.status).toBe(403);
    expect(crossSiteRefusal(req('POST', { origin: 'null' }))?.status).toBe(403);
    expect(crossSiteRefusal(req('POST', { origin: 'https://bot.example.evil' }))?.status).toBe(403);
    expect(crossSiteRefusal(req('POST', { 'content-type': 'multipart/form-data; boundary=x' }))?.status).toBe(415);
  });
});

describe('secret comparison', () => {
  it('matches only the same string, whatever the lengths', () => {
    expect(sameSecret('board-secret', 'board-secret')).toBe(true);
    expect(sameSecret('board-secre', 'board-secret')).toBe(false);
    expect(sameSecret('', 'board-secret')).toBe(false);
  });
});

describe('metrics settings', () => {
  const problems = (env: Record<string, string>) => {
    try {
      loadConfig(env, ['runtime']);
      return [];
    } catch (err) {
      return (err as ConfigError).problems;
    }
  };

  it('asks for METRICS_PORT with an address, another port than HTTP_PORT, an IP address and a long token', () => {
    expect(problems({ METRICS_PORT: '9464', METRICS_BIND_ADDRESS: '127.0.0.1', METRICS_TOKEN: 'x'.repeat(16) })).toEqual([]);
    expect(problems({ METRICS_BIND_ADDRESS: '127.0.0.1' })).toEqual(['METRICS_BIND_ADDRESS needs METRICS_PORT: set the port the metrics listener binds there']);
    expect(problems({ METRICS_PORT: '8080' })).toEqual(['METRICS_PORT must differ from HTTP_PORT (or be left unset to serve /metrics on HTTP_PORT)']);
    expect(problems({ METRICS_PORT: '9464', METRICS_BIND_ADDRESS: 'localhost' })[0]).toMatch(/^METRICS_BIND_ADDRESS must be an IP address/);
    expect(problems({ METRICS_TOKEN: 'short' })[0]).toMatch(/^METRICS_TOKEN must be at least 16 characters/);
  });
});
