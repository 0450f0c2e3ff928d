import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli, startBot, type BotProcess } from '../../harness/bot-process.js';
import { listMail, sendMail, waitForMail } from '../../harness/mail-user.js';
import { startByeProxy, type ByeProxy } from '../../harness/oauth-bye-proxy.js';
import { deviceCodeLogin } from '../../harness/oauth-login.js';
import { BOT_CLIENT, oauthBotEnv, startOAuthMailStack, type OAuthMailStack } from '../../harness/oauth-stack.js';
import { freePort } from '../../harness/ports.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';
import { cleanupPrefix, uniquePrefix } from '../../harness/redis.js';
import { BOT_ADDRESS } from '../../harness/stack.js';
import { isAck } from './mail-facts.js';

/**
 * Exchange Online ends an IMAP session when its token runs out (`* BYE Session invalidated -
 * AccessTokenExpired`), whatever the client believes about the token. Through a proxy that
 * does that every few seconds, the bot logs in again each time with a new token and reads
 * every mail once.
 */

let s: OAuthMailStack;
let proxy: ByeProxy;
let db: TestDatabase;
let prefix: string;
let bot: BotProcess | null = null;
const refreshes = () => s.oauth.log.filter((l) => l.kind === 'grant:refresh_token');

beforeAll(async () => {
  // The server's tokens live an hour: only the BYE tells the bot its token is done.
  s = await startOAuthMailStack({ accessTokenSeconds: 3600 });
  s.oauth.addClient(BOT_CLIENT);
  proxy = await startByeProxy(s.dovecot.imapPort, 4);
  db = await createTestDatabase();
  prefix = uniquePrefix();
  const env = {
    ...oauthBotEnv({ dovecot: s.dovecot, relay: s.relay, db, prefix, httpPort: await freePort(), oauth: s.oauth, tokenKey: 'ef'.repeat(32) }),
    IMAP_PORT: String(proxy.port),
  };
  expect((await runCli(['seed-demo'], env)).code).toBe(0);
  expect((await deviceCodeLogin(env, s.oauth, { user: BOT_ADDRESS })).code).toBe(0);
  bot = await startBot(env);
}, 120_000);

beforeEach(({ onTestFailed }) => {
  onTestFailed(() => console.error(`bot output:\n${bot?.output.slice(-60).join('\n') ?? ''}`));
});

afterAll(async () => {
  await bot?.stop();
  if (prefix) await cleanupPrefix(prefix);
  await db?.drop();
  await proxy?.stop();
  await s?.stop();
});

describe('a BYE naming an expired token', () => {
  it('makes the bot log in again with a new token, and no mail is lost or read twice', async () => {
    const before = refreshes().length;
    const byes = proxy.byes;
    await sendMail(s.relay, {
      from: 'dave@example.com', to: BOT_ADDRESS, subject: 'Delete my data',
      text: 'Please delete my Instagram-related app data. My Instagram username is @dave.designs.\n',
    });
    await waitForMail(s.dovecot, 'dave@example.com', isAck, { timeoutMs: 60_000 });
    while (proxy.byes < byes + 2) await sleep(500);
    await sendMail(s.relay, {
      from: 'erin@example.com', to: BOT_ADDRESS, subject: 'Delete my data',
      text: 'Please delete my Instagram-related app data. My Instagram username is @sunny.days.\n',
    });
    await waitForMail(s.dovecot, 'erin@example.com', isAck, { timeoutMs: 60_000 });
    // Each session the proxy ended with the BYE was followed by a refresh, none refused.
    expect(refreshes().length - before).toBeGreaterThanOrEqual(2);
    expect(refreshes().every((r) => r.outcome === 'ok')).toBe(true);
    expect((await listMail(s.dovecot, 'dave@example.com')).filter(isAck)).toHaveLength(1);
    expect((await listMail(s.dovecot, 'erin@example.com')).filter(isAck)).toHaveLength(1);
  }, 120_000);
});
