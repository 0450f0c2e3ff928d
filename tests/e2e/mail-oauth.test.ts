import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli, startBot, type BotProcess } from '../../harness/bot-process.js';
import { listMail, sendMail, waitForMail } from '../../harness/mail-user.js';
import { deviceCodeLogin } from '../../harness/oauth-login.js';
import { BOT_CLIENT, oauthBotEnv, startOAuthMailStack, type OAuthMailStack } from '../../harness/oauth-stack.js';
import { freePort } from '../../harness/ports.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';
import { cleanupPrefix, uniquePrefix } from '../../harness/redis.js';
import { BOT_ADDRESS } from '../../harness/stack.js';
import { isAck, isNotification, refOf, STAFF } from './mail-facts.js';

/**
 * The bot with MAIL_AUTH=oauth2 against the harness's authorization server: no password
 * anywhere, Dovecot logs the bot in over XOAUTH2 by asking the server, the relay takes its
 * mail over XOAUTH2 only. Access tokens live 20 s and refresh tokens rotate (a used one is
 * refused), so every reconnect after a token's end needs a refresh that was stored.
 */

const TOKEN_SECONDS = 20;
let s: OAuthMailStack;
let db: TestDatabase;
let prefix: string;
let env: Record<string, string>;
let bot: BotProcess | null = null;

const refreshes = () => s.oauth.log.filter((l) => l.kind === 'grant:refresh_token');
const requestMail = (handle: string) =>
  `Hello,\n\nPlease delete my Instagram-related app data. My Instagram username is @${handle}.\n` +
  'Please confirm completion to confirm@example.net.\n\nThanks\n';

async function readyz(): Promise<{ status: number; body: { checks?: Record<string, string> } }> {
  const res = await fetch(`http://127.0.0.1:${env.HTTP_PORT}/readyz`);
  return { status: res.status, body: (await res.json()) as { checks?: Record<string, string> } };
}

async function metric(line: string): Promise<string | undefined> {
  const text = await (await fetch(`http://127.0.0.1:${env.HTTP_PORT}/metrics`)).text();
  return text.split('\n').find((l) => l.startsWith(line));
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const got = await probe();
    if (got) return got;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(500);
  }
}

beforeAll(async () => {
  s = await startOAuthMailStack({ accessTokenSeconds: TOKEN_SECONDS });
  s.oauth.addClient(BOT_CLIENT);
  db = await createTestDatabase();
  prefix = uniquePrefix();
  env = oauthBotEnv({ dovecot: s.dovecot, relay: s.relay, db, prefix, httpPort: await freePort(), oauth: s.oauth, tokenKey: 'ab'.repeat(32) });
  const seeded = await runCli(['seed-demo'], env);
  expect(seeded.code, seeded.stderr).toBe(0);
  const login = await deviceCodeLogin(env, s.oauth, { user: BOT_ADDRESS });
  expect(login.code, login.stderr).toBe(0);
  expect(login.stdout).toContain(`Stored the refresh token for ${BOT_ADDRESS}`);
  bot = await startBot(env);
}, 120_000);

beforeEach(({ onTestFailed }) => {
  onTestFailed(() => console.error(`bot output:\n${bot?.output.slice(-60).join('\n') ?? ''}`));
});

afterAll(async () => {
  await bot?.stop();
  if (prefix) await cleanupPrefix(prefix);
  await db?.drop();
  await s?.stop();
});

describe('OAuth2 logins for IMAP and SMTP, end to end', () => {
  it('reads a request over XOAUTH2, answers over XOAUTH2 and completes it across token refreshes, each mail once', async () => {
    await sendMail(s.relay, { from: 'alice@example.com', to: BOT_ADDRESS, subject: 'Delete my data', text: requestMail('sunny.days') });
    const ack = await waitForMail(s.dovecot, 'alice@example.com', isAck);
    const ref = refOf(ack.subject)!;
    const note = await waitForMail(s.dovecot, STAFF, isNotification(ref));

    // The token the bot's IMAP session logged in with has ended; the session is dropped and
    // comes back only with a refreshed token (the old refresh token no longer works).
    const before = refreshes().length;
    await sleep((TOKEN_SECONDS + 1) * 1000);
    await s.dovecot.kick(BOT_ADDRESS);
    await sendMail(s.relay, {
      from: STAFF, to: BOT_ADDRESS, subject: `Re: ${note.subject}`, text: 'APPROVE\n',
      inReplyTo: note.messageId!, references: [note.messageId!],
    });
    const done = await waitForMail(s.dovecot, 'confirm@example.net', (m) => m.subject.includes(ref), { timeoutMs: 90_000 });
    expect(done.subject).toMatch(/has been deleted/);
    expect(refreshes().length).toBeGreaterThan(before);

    // Once more: another token's end, another dropped session, another request.
    const middle = refreshes().length;
    await sleep((TOKEN_SECONDS + 1) * 1000);
    await s.dovecot.kick(BOT_ADDRESS);
    await sendMail(s.relay, { from: 'bob@example.com', to: BOT_ADDRESS, subject: 'Delete my data', text: requestMail('moon.walker') });
    await waitForMail(s.dovecot, 'bob@example.com', isAck, { timeoutMs: 90_000 });
    expect(refreshes().length).toBeGreaterThan(middle);

    // Every refresh used the refresh token the one before stored: none was refused.
    expect(refreshes().length).toBeGreaterThanOrEqual(2);
    expect(refreshes().filter((r) => r.outcome !== 'ok')).toEqual([]);
    // Each mail once: one acknowledgment each, one completion.
    expect((await listMail(s.dovecot, 'alice@example.com')).filter(isAck)).toHaveLength(1);
    expect((await listMail(s.dovecot, 'bob@example.com')).filter(isAck)).toHaveLength(1);
    expect((await listMail(s.dovecot, 'confirm@example.net')).filter((m) => m.subject.includes(ref))).toHaveLength(1);
    // The bot's mail went over XOAUTH2, as the mailbox's user, every time with a token the server took.
    expect(s.relay.authentications.length).toBeGreaterThan(0);
    expect(s.relay.authentications.every((a) => a.ok && a.user === BOT_ADDRESS)).toBe(true);
    // No token in a log line, none in clear in Postgres.
    expect(bot!.output.filter((l) => /\b(at|rt)-[A-Za-z0-9_-]{20}/.test(l))).toEqual([]);
    const stored = await db.pool.query<{ refresh_token_sealed: string }>('SELECT refresh_token_sealed FROM mail_oauth_tokens');
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0]!.refresh_token_sealed).toMatch(/^v1\./);
    expect(stored.rows[0]!.refresh_token_sealed).not.toContain('rt-');
  }, 240_000);

  it('a revoked refresh token makes /readyz fail naming the mailbox; a new oauth login resumes without a restart', async () => {
    expect((await readyz()).status).toBe(200);
    expect(await metric('deletion_bot_mail_auth_ok{direction="imap"}')).toBe('deletion_bot_mail_auth_ok{direction="imap"} 1');

    s.oauth.revokeUser(BOT_ADDRESS);
    await s.dovecot.kick(BOT_ADDRESS);
    const failing = await until('/readyz to fail', async () => {
      const r = await readyz();
      return r.status === 503 && r.body.checks?.['mail-auth'] !== 'ok' ? r : null;
    });
    expect(failing.body.checks?.['mail-auth']).toContain(`mailbox ${BOT_ADDRESS}`);
    expect(failing.body.checks?.['mail-auth']).toContain('refresh token expired or revoked');
    expect(failing.body.checks?.['mail-auth']).toContain('deletion-bot oauth login');
    expect(await metric('deletion_bot_mail_auth_ok{direction="imap"}')).toBe('deletion_bot_mail_auth_ok{direction="imap"} 0');

    const login = await deviceCodeLogin(env, s.oauth, { user: BOT_ADDRESS });
    expect(login.code, login.stderr).toBe(0);
    const pid = bot!.pid;
    await until('/readyz to pass again', async () => (await readyz()).status === 200);
    await sendMail(s.relay, { from: 'carol@example.com', to: BOT_ADDRESS, subject: 'Delete my data', text: requestMail('carol.ig') });
    await waitForMail(s.dovecot, 'carol@example.com', isAck, { timeoutMs: 90_000 });
    expect(bot!.pid).toBe(pid);
    expect(await metric('deletion_bot_mail_auth_ok{direction="imap"}')).toBe('deletion_bot_mail_auth_ok{direction="imap"} 1');
  }, 240_000);
});
