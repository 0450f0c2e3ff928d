import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { databasePool } from '../../src/db/pool.js';
import { MailTokenSource } from '../../src/mail-auth/token-source.js';
import { TokenStore } from '../../src/mail-auth/token-store.js';
import { startOAuthServer, type OAuthServer } from '../../harness/oauth-server.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';

/**
 * The refresh token chain shared by several processes: each process has its own pool and
 * token source; the harness's server rotates refresh tokens and refuses a used one, so two
 * refreshes with the same refresh token would show as an invalid_grant.
 */

const MAILBOX = 'contact@pickrtech.com';
const KEY = Buffer.alloc(32, 7);
let oauth: OAuthServer;
let db: TestDatabase;

const settings = () => loadConfig({
  MAIL_AUTH: 'oauth2', OAUTH_PROVIDER: 'microsoft', OAUTH_CLIENT_ID: 'bot', OAUTH_CLIENT_SECRET: 'secret',
  OAUTH_TOKEN_URL: oauth.tokenUrl, OAUTH_TOKEN_KEY: KEY.toString('hex'),
}, ['mailAuth']).mailAuth;

beforeAll(async () => {
  oauth = await startOAuthServer({ accessTokenSeconds: 3600 });
  oauth.addClient({ id: 'bot', secret: 'secret' });
  db = await createTestDatabase();
  await new TokenStore(db.pool, KEY, MAILBOX).locked((row) =>
    row.save({ refreshToken: oauth.issueRefreshToken('bot', MAILBOX), accessToken: null, accessExpiresAt: null, failure: null }));
});

afterAll(async () => {
  await db?.drop();
  await oauth?.stop();
});

describe('the stored refresh token', () => {
  it('is refreshed once for four processes asking at the same time; they all get the token it brought', async () => {
    const pools = [0, 1, 2, 3].map(() => databasePool({ DATABASE_URL: db.url, DATABASE_PREPARED_STATEMENTS: true }, 2));
    try {
      const sources = pools.map((p) => new MailTokenSource(settings(), MAILBOX, new TokenStore(p, KEY, MAILBOX)));
      const tokens = await Promise.all(sources.map((s) => s.accessToken()));
      expect(new Set(tokens).size).toBe(1);
      expect(oauth.log.filter((l) => l.kind === 'grant:refresh_token')).toEqual([{ kind: 'grant:refresh_token', outcome: 'ok' }]);

      // A server refuses that token in one process: it alone refreshes, with the rotated refresh token.
      sources[0]!.refused(tokens[0]!, 'imap');
      const next = await sources[0]!.accessToken();
      expect(next).not.toBe(tokens[0]);
      expect(oauth.log.filter((l) => l.kind === 'grant:refresh_token')).toEqual([
        { kind: 'grant:refresh_token', outcome: 'ok' }, { kind: 'grant:refresh_token', outcome: 'ok' },
      ]);
      // A restarted process finds the rotated refresh token and the current access token in Postgres.
      const restarted = new MailTokenSource(settings(), MAILBOX, new TokenStore(pools[3]!, KEY, MAILBOX));
      expect(await restarted.accessToken()).toBe(next);
      const { rows } = await db.pool.query<{ refresh_token_sealed: string; access_token_sealed: string }>('SELECT * FROM mail_oauth_tokens');
      expect(JSON.stringify(rows)).not.toContain(next);
      expect(JSON.stringify(rows)).not.toContain('rt-');
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });
});
