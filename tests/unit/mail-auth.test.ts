import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { explainTokenError } from '../../src/mail-auth/mail-auth-error.js';
import { oauthEndpoints } from '../../src/mail-auth/provider-defaults.js';
import { openToken, sealToken } from '../../src/mail-auth/token-cipher.js';
import { isTokenRefusal } from '../../src/mail-auth/token-refusal.js';
import { renewMarginMs } from '../../src/mail-auth/token-source.js';

const KEY = 'ab'.repeat(32);
const mailAuth = (env: Record<string, string>) => loadConfig(env, ['mailAuth']).mailAuth;
const problems = (env: Record<string, string>, sections: ('imap' | 'mailAuth')[] = ['mailAuth']): string[] => {
  try {
    loadConfig(env, sections);
    return [];
  } catch (err) {
    return (err as ConfigError).problems;
  }
};

describe('mail auth settings', () => {
  const imap = { IMAP_HOST: 'imap.example.com', IMAP_USER: 'contact@pickrtech.com' };

  it('keeps a password login as today: MAIL_AUTH defaults to password, which needs IMAP_PASSWORD', () => {
    expect(mailAuth({}).MAIL_AUTH).toBe('password');
    expect(problems(imap, ['imap'])).toEqual(['IMAP_PASSWORD is not set']);
    expect(problems({ ...imap, IMAP_PASSWORD: 'pw' }, ['imap'])).toEqual([]);
    expect(problems({ ...imap, MAIL_AUTH: 'oauth2' }, ['imap'])).toEqual([]);
  });

  it('names every variable an OAuth2 flow lacks', () => {
    expect(problems({ MAIL_AUTH: 'oauth2' })).toEqual(['OAUTH_PROVIDER is not set', 'OAUTH_CLIENT_ID is not set', 'OAUTH_TOKEN_KEY is not set']);
    expect(problems({ MAIL_AUTH: 'oauth2', OAUTH_PROVIDER: 'microsoft', OAUTH_FLOW: 'client_credentials', OAUTH_CLIENT_ID: 'id' })).toEqual([
      'OAUTH_CLIENT_SECRET is not set',
      'OAUTH_TENANT must be set for client_credentials: app-only tokens are issued by your own tenant (its id or domain)',
    ]);
    expect(problems({ MAIL_AUTH: 'oauth2', OAUTH_PROVIDER: 'microsoft', OAUTH_FLOW: 'service_account' })[0]).toMatch(/^OAUTH_FLOW service_account is for OAUTH_PROVIDER=google/);
    expect(problems({ MAIL_AUTH: 'oauth2', OAUTH_PROVIDER: 'generic', OAUTH_CLIENT_ID: 'id', OAUTH_TOKEN_KEY: KEY })).toEqual(['OAUTH_TOKEN_URL is not set', 'OAUTH_SCOPE is not set']);
    expect(problems({ MAIL_AUTH: 'oauth2', OAUTH_PROVIDER: 'google', OAUTH_CLIENT_ID: 'id', OAUTH_TOKEN_KEY: 'short' })).toEqual([
      'OAUTH_TOKEN_KEY must be 32 random bytes as 64 hex digits (e.g. `openssl rand -hex 32`)',
    ]);
    expect(problems({ MAIL_AUTH: 'oauth' })).toEqual(['MAIL_AUTH must be password or oauth2']);
  });

  it("defaults to each provider's endpoints and scopes; a setting points elsewhere", () => {
    const ms = oauthEndpoints(mailAuth({ MAIL_AUTH: 'oauth2', OAUTH_PROVIDER: 'microsoft', OAUTH_CLIENT_ID: 'id', OAUTH_TOKEN_KEY: KEY }));
    expect(ms).toEqual({
      tokenUrl: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token',
      deviceUrl: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/devicecode',
      authorizeUrl: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize',
      scope: 'offline_access https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send',
    });
    const app = oauthEndpoints(mailAuth({ MAIL_AUTH: 'oauth2', OAUTH_PROVIDER: 'microsoft', OAUTH_FLOW: 'client_credentials', OAUTH_CLIENT_ID: 'id', OAUTH_CLIENT_SECRET: 's', OAUTH_TENANT: 'pickrtech.com' }));
    expect(app.tokenUrl).toBe('https://login.microsoftonline.com/pickrtech.com/oauth2/v2.0/token');
    expect(app.scope).toBe('https://outlook.office365.com/.default');
    const google = oauthEndpoints(mailAuth({ MAIL_AUTH: 'oauth2', OAUTH_PROVIDER: 'google', OAUTH_FLOW: 'service_account', OAUTH_SERVICE_ACCOUNT_KEY_FILE: '/k.json' }));
    expect(google).toMatchObject({ tokenUrl: 'https://oauth2.googleapis.com/token', deviceUrl: null, scope: 'https://mail.google.com/' });
    const sovereign = oauthEndpoints(mailAuth({ MAIL_AUTH: 'oauth2', OAUTH_PROVIDER: 'microsoft', OAUTH_CLIENT_ID: 'id', OAUTH_TOKEN_KEY: KEY, OAUTH_TOKEN_URL: 'https://login.microsoftonline.us/x/oauth2/v2.0/token' }));
    expect(sovereign.tokenUrl).toBe('https://login.microsoftonline.us/x/oauth2/v2.0/token');
  });
});

describe('sealed tokens', () => {
  const key = Buffer.from(KEY, 'hex');
  it('open with the key and mailbox they were sealed with, and with no other', () => {
    const sealed = sealToken(key, 'contact@pickrtech.com', 'rt-secret');
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('rt-secret');
    expect(sealToken(key, 'contact@pickrtech.com', 'rt-secret')).not.toBe(sealed);
    expect(openToken(key, 'contact@pickrtech.com', sealed)).toBe('rt-secret');
    expect(() => openToken(key, 'other@pickrtech.com', sealed)).toThrow(/OAUTH_TOKEN_KEY/);
    expect(() => openToken(Buffer.alloc(32, 1), 'contact@pickrtech.com', sealed)).toThrow(/OAUTH_TOKEN_KEY/);
  });
});

describe('token endpoint errors', () => {
  it('name the step that failed, as Microsoft and Google answer them', () => {
    expect(explainTokenError({ status: 401, error: 'invalid_client', description: 'AADSTS7000215: Invalid client secret provided.' }).step).toBe('client_secret');
    expect(explainTokenError({ status: 400, error: 'invalid_grant', description: 'AADSTS65001: The user or administrator has not consented', suberror: 'consent_required' }).step).toBe('consent_missing');
    const expired = explainTokenError({ status: 400, error: 'invalid_grant', description: 'AADSTS700082: The refresh token has expired due to inactivity.' });
    expect(expired.step).toBe('refresh_token_expired');
    expect(expired.message).toMatch(/run deletion-bot oauth login/);
    expect(expired.permanent).toBe(true);
    expect(explainTokenError({ status: 400, error: 'invalid_grant', description: 'Token has been expired or revoked.' }).step).toBe('refresh_token_expired');
    expect(explainTokenError({ status: 401, error: 'unauthorized_client', description: 'Client is unauthorized to retrieve access tokens using this method' }).step).toBe('delegation_missing');
    expect(explainTokenError({ status: 400, error: 'invalid_request', description: 'AADSTS90002: Tenant not found.' }).step).toBe('wrong_tenant');
    expect(explainTokenError({ status: 503, error: 'temporarily_unavailable', description: '' }).permanent).toBe(false);
  });

  it('see an expired token in what servers say', () => {
    expect(isTokenRefusal('Session invalidated - AccessTokenExpired')).toBe(true);
    expect(isTokenRefusal('[AUTHENTICATIONFAILED] Authentication failed.')).toBe(true);
    expect(isTokenRefusal('Logging out')).toBe(false);
    expect(isTokenRefusal('a'.repeat(200_000))).toBe(false);
  });

  it('renew a quarter of a token life early, at most a minute', () => {
    expect(renewMarginMs(20_000)).toBe(5_000);
    expect(renewMarginMs(3_600_000)).toBe(60_000);
  });
});
