import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { databasePool } from '../../src/db/pool.js';
import { outageAlert } from '../../src/mail-auth/outage-alert.js';
import { MailTokenSource } from '../../src/mail-auth/token-source.js';
import { addStaffAlert } from '../../src/mail-out/staff-alert.js';
import { TokenStore } from '../../src/mail-auth/token-store.js';
import { startOAuthServer, type OAuthServer } from '../../harness/oauth-server.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';

/**
 * A revoked refresh token is one outage: staff get one mail for it (an outbox row), however
 * many processes and retries meet the refusal; a new login ends it, and the next revocation
 * is a new outage with a mail of its own.
 */

const MAILBOX = 'contact@pickrtech.com';
const KEY = Buffer.alloc(32, 9);
let oauth: OAuthServer;
let db: TestDatabase;

const settings = () => loadConfig({
  MAIL_AUTH: 'oauth2', OAUTH_PROVIDER: 'microsoft', OAUTH_CLIENT_ID: 'bot', OAUTH_CLIENT_SECRET: 'secret',
  OAUTH_TOKEN_URL: oauth.tokenUrl, OAUTH_TOKEN_KEY: KEY.toString('hex'),
}, ['mailAuth']).mailAuth;

/** What `deletion-bot oauth login` leaves in the row. */
const login = () => new TokenStore(db.pool, KEY, MAILBOX).locked((row) =>
  row.save({ refreshToken: oauth.issueRefreshToken('bot', MAILBOX), accessToken: null, accessExpiresAt: null, failure: null }));

const alerts = async () => (await db.pool.query<{ subject: string; text_body: string; to_addresses: string[] }>(
  `SELECT subject, text_body, to_addresses FROM outbox WHERE purpose = 'staff_alert' ORDER BY created_at`)).rows;

beforeAll(async () => {
  oauth = await startOAuthServer({ accessTokenSeconds: 3600 });
  oauth.addClient({ id: 'bot', secret: 'secret' });
  db = await createTestDatabase();
  await login();
});

afterAll(async () => {
  await db?.drop();
  await oauth?.stop();
});

describe('a revoked refresh token', () => {
  it('gives staff one mail per outage, saying the mailbox login failed and to run oauth login, not one per retry or process', async () => {
    const pools = [0, 1].map(() => databasePool({ DATABASE_URL: db.url, DATABASE_PREPARED_STATEMENTS: true }, 2));
    try {
      const sources = pools.map((p) => {
        const s = new MailTokenSource(settings(), MAILBOX, new TokenStore(p, KEY, MAILBOX));
        s.onOutage = async (tx, error) => {
          await addStaffAlert(tx, { staffEmails: ['staff@pickrtech.com'], botDomain: 'pickrtech.com' }, { requestId: null, ...outageAlert(MAILBOX, error, new Date()) });
        };
        return s;
      });
      const first = await sources[0]!.accessToken();
      oauth.revokeUser(MAILBOX);
      // Both processes retry their logins again and again.
      for (let round = 0; round < 3; round++) {
        for (const s of sources) {
          s.refused(first, 'imap');
          await expect(s.accessToken()).rejects.toThrow('run deletion-bot oauth login');
        }
      }
      const one = await alerts();
      expect(one).toHaveLength(1);
      expect(one[0]!.subject).toBe(`[deletion-bot] Alert: the bot cannot log in to the mailbox ${MAILBOX}`);
      expect(one[0]!.text_body).toContain('refresh token expired or revoked');
      expect(one[0]!.text_body).toContain('deletion-bot oauth login');
      expect(one[0]!.to_addresses).toEqual(['staff@pickrtech.com']);
      expect(one[0]!.text_body).not.toContain('rt-');

      // A new login ends the outage; the next revocation is another one.
      await login();
      expect(await sources[1]!.recheck()).toBeNull();
      oauth.revokeUser(MAILBOX);
      sources[1]!.refused(await sources[1]!.accessToken(), 'smtp');
      await expect(sources[1]!.accessToken()).rejects.toThrow('run deletion-bot oauth login');
      await expect(sources[0]!.recheck()).resolves.not.toBeNull();
      expect(await alerts()).toHaveLength(2);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });
});
