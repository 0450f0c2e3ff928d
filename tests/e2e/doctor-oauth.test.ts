import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenStore } from '../../src/mail-auth/token-store.js';
import { runCli } from '../../harness/bot-process.js';
import { BOT_CLIENT, oauthBotEnv, startOAuthMailStack, type OAuthMailStack } from '../../harness/oauth-stack.js';
import { freePort } from '../../harness/ports.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';
import { BOT_ADDRESS } from '../../harness/stack.js';

/**
 * `doctor` with MAIL_AUTH=oauth2 names the OAuth2 step that fails, against the harness's
 * authorization server answering as the providers do.
 */

const KEY = 'cd'.repeat(32);
let s: OAuthMailStack;
let db: TestDatabase;
let env: Record<string, string>;

/** Leaves a refresh token in the store, as `oauth login` would. */
async function storeRefreshToken(clientId: string): Promise<string> {
  const token = s.oauth.issueRefreshToken(clientId, BOT_ADDRESS);
  await new TokenStore(db.pool, Buffer.from(KEY, 'hex'), BOT_ADDRESS).locked((row) =>
    row.save({ refreshToken: token, accessToken: null, accessExpiresAt: null, failure: null }));
  return token;
}

async function doctor(overrides: Record<string, string> = {}): Promise<{ code: number | null; lines: Record<string, string> }> {
  const r = await runCli(['doctor'], { ...env, ...overrides });
  const lines = Object.fromEntries(r.stdout.split('\n').filter(Boolean).map((l) => [l.slice(0, 9).trim(), l.slice(9).trim()]));
  return { code: r.code, lines };
}

beforeAll(async () => {
  s = await startOAuthMailStack();
  s.oauth.addClient(BOT_CLIENT);
  db = await createTestDatabase();
  env = oauthBotEnv({ dovecot: s.dovecot, relay: s.relay, db, prefix: 'doctor-oauth', httpPort: await freePort(), oauth: s.oauth, tokenKey: KEY });
});

afterAll(async () => {
  await db?.drop();
  await s?.stop();
});

describe('doctor with OAuth2', () => {
  it('logs in to IMAP and SMTP with a token when every step works', async () => {
    await storeRefreshToken(BOT_CLIENT.id);
    const r = await doctor();
    expect(r.lines.OAuth).toMatch(/^OK {4}microsoft refresh_token: access token issued for contact@pickrtech\.com/);
    expect(r.lines.IMAP).toMatch(/^OK {4}logged in, mailbox INBOX/);
    expect(r.lines.SMTP).toMatch(/^OK {4}connected to 127\.0\.0\.1:\d+, login accepted/);
  });

  it('names a wrong client secret', async () => {
    await storeRefreshToken(BOT_CLIENT.id);
    const r = await doctor({ OAUTH_CLIENT_SECRET: 'not-the-secret' });
    expect(r.code).toBe(1);
    expect(r.lines.OAuth).toMatch(/^FAIL {2}client id or secret refused: .*check OAUTH_CLIENT_ID and OAUTH_CLIENT_SECRET/);
    expect(r.lines.IMAP).toMatch(/^FAIL {2}OAuth2 client id or secret refused/);
  });

  it('names missing consent (AADSTS65001)', async () => {
    s.oauth.addClient({ id: 'never-consented', secret: 'x', consented: false });
    await storeRefreshToken('never-consented');
    const r = await doctor({ OAUTH_CLIENT_ID: 'never-consented', OAUTH_CLIENT_SECRET: 'x' });
    expect(r.code).toBe(1);
    expect(r.lines.OAuth).toMatch(/^FAIL {2}consent missing: .*Grant admin consent/);
  });

  it('names a token endpoint nothing answers at', async () => {
    await storeRefreshToken(BOT_CLIENT.id);
    const r = await doctor({ OAUTH_TOKEN_URL: `http://127.0.0.1:${await freePort()}/token` });
    expect(r.code).toBe(1);
    expect(r.lines.OAuth).toMatch(/^FAIL {2}token endpoint unreachable: .*check OAUTH_TOKEN_URL/);
  });

  it('names an expired or revoked refresh token and says to log in again', async () => {
    const token = await storeRefreshToken(BOT_CLIENT.id);
    await fetch(s.oauth.revocationUrl, { method: 'POST', body: new URLSearchParams({ token }) });
    const r = await doctor();
    expect(r.code).toBe(1);
    expect(r.lines.OAuth).toMatch(/^FAIL {2}refresh token expired or revoked: .*run deletion-bot oauth login/);
  });

  it('logs in with an app-only token (Microsoft client credentials), nothing stored', async () => {
    s.oauth.addClient({ id: 'app-only', secret: 'app-secret', appMailbox: BOT_ADDRESS });
    const r = await doctor({ OAUTH_FLOW: 'client_credentials', OAUTH_CLIENT_ID: 'app-only', OAUTH_CLIENT_SECRET: 'app-secret', OAUTH_TENANT: 'pickrtech.com', OAUTH_TOKEN_KEY: '' });
    expect(r.lines.OAuth).toMatch(/^OK {4}microsoft client_credentials: access token issued for contact@pickrtech\.com/);
    expect(r.lines.IMAP).toMatch(/^OK {4}logged in/);
    expect(r.lines.SMTP).toMatch(/^OK {4}connected/);
  });

  it('logs in as the mailbox with a service account (JWT bearer), and names missing domain-wide delegation', async () => {
    const keyFile = async (delegated: boolean) => {
      const account = s.oauth.addServiceAccount(`sa-${String(delegated)}@project.iam.gserviceaccount.com`, { delegated });
      const file = join(tmpdir(), `dbot-sa-${String(delegated)}-${process.pid}.json`);
      await writeFile(file, JSON.stringify(account.keyFile), { mode: 0o600 });
      return file;
    };
    const google = { OAUTH_PROVIDER: 'google', OAUTH_FLOW: 'service_account', OAUTH_CLIENT_ID: '', OAUTH_CLIENT_SECRET: '', OAUTH_TOKEN_KEY: '' };
    const ok = await doctor({ ...google, OAUTH_SERVICE_ACCOUNT_KEY_FILE: await keyFile(true) });
    expect(ok.lines.OAuth).toMatch(/^OK {4}google service_account: access token issued for contact@pickrtech\.com/);
    expect(ok.lines.IMAP).toMatch(/^OK {4}logged in/);
    const refused = await doctor({ ...google, OAUTH_SERVICE_ACCOUNT_KEY_FILE: await keyFile(false) });
    expect(refused.code).toBe(1);
    expect(refused.lines.OAuth).toMatch(/^FAIL {2}domain-wide delegation missing: .*https:\/\/mail\.google\.com\//);
  });
});
