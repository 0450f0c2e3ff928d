import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { MailTokenSource } from '../../src/mail-auth/token-source.js';
import { TokenStore } from '../../src/mail-auth/token-store.js';
import { deviceCodeLogin, loopbackLogin } from '../../harness/oauth-login.js';
import { startOAuthServer, type OAuthServer } from '../../harness/oauth-server.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';

/** `deletion-bot oauth login` against the harness's authorization server, as an operator runs it. */

const MAILBOX = 'contact@pickrtech.com';
const KEY = '12'.repeat(32);
let oauth: OAuthServer;
let db: TestDatabase;
let env: Record<string, string>;

beforeAll(async () => {
  oauth = await startOAuthServer();
  oauth.addClient({ id: 'bot', secret: 'secret' });
  db = await createTestDatabase();
  env = {
    DATABASE_URL: db.url, IMAP_HOST: '127.0.0.1', IMAP_USER: MAILBOX, MAIL_AUTH: 'oauth2',
    OAUTH_CLIENT_ID: 'bot', OAUTH_CLIENT_SECRET: 'secret', OAUTH_TOKEN_KEY: KEY,
    OAUTH_TOKEN_URL: oauth.tokenUrl, OAUTH_DEVICE_URL: oauth.deviceAuthorizationUrl, OAUTH_AUTHORIZE_URL: oauth.authorizationUrl,
  };
});

afterAll(async () => {
  await db?.drop();
  await oauth?.stop();
});

/** Whether the stored refresh token is one the server takes: the bot's own token source asks with it. */
async function storedTokenWorks(provider: 'google' | 'microsoft'): Promise<boolean> {
  const settings = loadConfig({ ...env, OAUTH_PROVIDER: provider }, ['mailAuth']).mailAuth;
  const source = new MailTokenSource(settings, MAILBOX, new TokenStore(db.pool, Buffer.from(KEY, 'hex'), MAILBOX));
  await db.pool.query('UPDATE mail_oauth_tokens SET access_token_sealed = NULL');
  return (await source.accessToken()).length > 0;
}

describe('oauth login', () => {
  it('microsoft: shows where to sign in and the code, waits for the sign-in, stores the refresh token sealed', async () => {
    const r = await deviceCodeLogin(env, oauth, { user: MAILBOX });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/To sign in, use a web browser to open the page \S+ and enter the code [0-9A-F]{8} to authenticate\./);
    expect(r.stdout).toContain(`Stored the refresh token for ${MAILBOX} (encrypted). A running bot uses it at its next login; no restart needed.`);
    expect(r.stdout).not.toMatch(/rt-|at-/);
    expect(await storedTokenWorks('microsoft')).toBe(true);
  });

  it('google: prints the address to open, takes the answer on a loopback port, stores the refresh token', async () => {
    const before = oauth.log.filter((l) => l.kind === 'grant:authorization_code').length;
    const r = await loopbackLogin(env, oauth, MAILBOX);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Open this address in a browser');
    expect(r.stdout).toMatch(/code_challenge_method=S256/);
    expect(r.stdout).toMatch(/redirect_uri=http%3A%2F%2F127\.0\.0\.1%3A\d+/);
    expect(oauth.log.filter((l) => l.kind === 'grant:authorization_code')).toHaveLength(before + 1);
    expect(await storedTokenWorks('google')).toBe(true);
  });

  it('says consent is missing when the tenant never consented, and stores nothing new', async () => {
    oauth.addClient({ id: 'unconsented', consented: false });
    const r = await deviceCodeLogin({ ...env, OAUTH_CLIENT_ID: 'unconsented', OAUTH_CLIENT_SECRET: '' }, oauth, { user: MAILBOX });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/consent missing: .*Grant admin consent/);
    expect(r.stdout).not.toContain('Stored the refresh token');
  });
});
