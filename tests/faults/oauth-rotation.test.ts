import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withBotSearchPath } from '../../src/db/pool.js';
import { startBot } from '../../harness/bot-process.js';
import { startDovecot } from '../../harness/dovecot.js';
import { listMail, sendMail, waitForMail } from '../../harness/mail-user.js';
import { startByeProxy, type ByeProxy } from '../../harness/oauth-bye-proxy.js';
import { deviceCodeLogin } from '../../harness/oauth-login.js';
import { startOAuthServer, type OAuthServer } from '../../harness/oauth-server.js';
import { BOT_CLIENT, oauthBotEnv } from '../../harness/oauth-stack.js';
import { startPgCluster } from '../../harness/pg-cluster.js';
import { freePort } from '../../harness/ports.js';
import { startRedisServer } from '../../harness/redis-server.js';
import { startSmtpRelay } from '../../harness/smtp-relay.js';
import { BOT_ADDRESS } from '../../harness/stack.js';
import { isAck, STAFF } from '../e2e/mail-facts.js';
import type { FaultWorld } from './fault-world.js';
import { recordResult } from './reliability-report.js';
import { RunLog } from './run-log.js';
import { runScenario, worldUsers } from './scenario-driver.js';

/**
 * The mailbox logs in with OAuth2 as at Microsoft 365: access tokens that live 20 s, a
 * refresh token that rotates with every refresh (the server refuses a used one), and an IMAP
 * session the server ends when its token runs out (`* BYE Session invalidated -
 * AccessTokenExpired`). A burst of 200 requests with staff decisions by reply goes through
 * it: none lost, none doubled, every mail once. Then the refresh token is revoked: /readyz
 * fails naming the mailbox, staff get one mail for the outage however often the bot retries,
 * and a new `oauth login` resumes the bot without a restart.
 */

const TOKEN_SECONDS = 20;
const N = 200;
const WAVE = 50;
const TAG = 'oauth';
const LATE = 'late.oauth@example.org';
let world: FaultWorld;
let oauth: OAuthServer;
let bye: ByeProxy;
let runLog: RunLog;

const refreshes = () => oauth.log.filter((l) => l.kind === 'grant:refresh_token');
/** The harness server's tokens: `at-` or `rt-` and 32 characters. */
const TOKEN_SHAPE = /\b(?:at|rt)-[A-Za-z0-9_-]{32}/;

beforeAll(async () => {
  oauth = await startOAuthServer({ accessTokenSeconds: TOKEN_SECONDS });
  oauth.addClient(BOT_CLIENT);
  const cluster = await startPgCluster();
  const redis = await startRedisServer();
  const dovecot = await startDovecot({ users: [...worldUsers([TAG], N), LATE], oauth2IntrospectionUrl: oauth.introspectionUrl });
  const relay = await startSmtpRelay(dovecot, { oauth: { introspectionUrl: oauth.introspectionUrl, senders: [BOT_ADDRESS] } });
  // Exchange Online ends each session when its token's life is over.
  bye = await startByeProxy(dovecot.imapPort, TOKEN_SECONDS);
  const dbUrl = await cluster.createMigratedDatabase('bot', { sampleSchema: true });
  const pool = new pg.Pool({ connectionString: withBotSearchPath(dbUrl), max: 4 });
  pool.on('error', () => {});
  const env: Record<string, string> = {
    ...oauthBotEnv({ dovecot, relay, db: { url: dbUrl }, prefix: 'faults', httpPort: 0, oauth, tokenKey: randomBytes(32).toString('hex') }),
    REDIS_URL: redis.url,
    IMAP_PORT: String(bye.port),
    IMAP_POLL_SECONDS: '3',
    RECONCILE_SECONDS: '3',
    REPLY_RATE_LIMIT_PER_DAY: '20',
  };
  runLog = new RunLog(`${basename(import.meta.filename, '.test.ts')}-${randomBytes(3).toString('hex')}`);
  runLog.personalData('token', [env.APPROVAL_SECRET ?? '', env.OAUTH_CLIENT_SECRET ?? '', env.OAUTH_TOKEN_KEY ?? '']);
  world = {
    pg: cluster, redis, dovecot, imapProxy: null, relay, botRelay: relay, dbUrl, pool, appPool: null, env, bots: [], logs: [],
    personalData: (kind, values) => runLog.personalData(kind, values),
    async startBot(extra = {}) {
      const bot = await startBot({ ...world.env, HTTP_PORT: String(await freePort()), ...extra }, { readyTimeoutMs: 60_000 });
      world.bots.push(bot);
      world.logs.push(bot.output);
      return bot;
    },
    async stopBots() {
      await Promise.all(world.bots.splice(0).map((b) => b.stop()));
    },
    async destroy() {
      await Promise.all(world.bots.splice(0).map((b) => b.stop('SIGKILL')));
      world.logs.forEach((lines, i) => runLog.botOutput(i, lines));
      await pool.end().catch(() => {});
      await bye.stop();
      await relay.stop();
      await dovecot.stop();
      await redis.destroy();
      await cluster.destroy();
      await oauth.stop();
    },
  };
  const login = await deviceCodeLogin(env, oauth, { user: BOT_ADDRESS });
  expect(login.code, login.stderr).toBe(0);
}, 180_000);

afterAll(async () => {
  await world?.destroy();
});

/** The bot's answer at /readyz: its status and body. */
async function readyz(port: number): Promise<{ status: number; body: string }> {
  const res = await fetch(`http://127.0.0.1:${port}/readyz`);
  return { status: res.status, body: await res.text() };
}

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const got = await probe().catch(() => null);
    if (got !== null) return got;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await sleep(500);
  }
}

const outageAlerts = async () => (await listMail(world.dovecot, STAFF)).filter((m) => m.subject.includes('cannot log in to the mailbox'));

describe('OAuth2 tokens of 20 s that rotate', () => {
  it('a burst of 200 requests with staff approvals by reply: none lost, none doubled, every mail once', async () => {
    const before = refreshes().length;
    const byesBefore = bye.byes;
    const r = await runScenario(world, `OAuth2: ${TOKEN_SECONDS} s tokens that rotate, BYE at each token's end`, TAG, async (s) => {
      await world.startBot();
      // The burst outlives several tokens whatever the machine's speed: after each wave of
      // WAVE mails, the next waits for a session the proxy ended (and so for a new token).
      await s.push({
        onSent: async (sent) => {
          if (sent % WAVE !== 0 || sent >= N) return;
          const seen = bye.byes;
          await until('a session ended by the BYE', 90_000, async () => (bye.byes > seen ? true : null));
        },
      });
      s.faultOver();
    }, {
      n: N,
      note: () => `the mailbox logs in with OAuth2 (a delegated refresh token); every access token lives ${TOKEN_SECONDS} s, every refresh `
        + `rotates the refresh token and refuses the old one, and an IMAP proxy ends each session after ${TOKEN_SECONDS} s with `
        + `\`* BYE Session invalidated - AccessTokenExpired\`; ${refreshes().length - before} refreshes (${refreshes().filter((g) => g.outcome !== 'ok').length} refused), `
        + `${bye.byes - byesBefore} sessions ended by the BYE during the run`,
      check: async () => {
        const problems: string[] = [];
        const refused = refreshes().filter((g) => g.outcome !== 'ok');
        if (refused.length > 0) problems.push(`${refused.length} refreshes refused (a used refresh token presented again?)`);
        // One refresh at least for each session the BYE ended.
        if (refreshes().length - before < bye.byes - byesBefore) problems.push(`${refreshes().length - before} refreshes for ${bye.byes - byesBefore} sessions ended by the BYE`);
        if (bye.byes - byesBefore < N / WAVE - 1) problems.push(`only ${bye.byes - byesBefore} sessions ended by the BYE: the run did not outlive the tokens`);
        const leaks = world.logs.flat().filter((line) => TOKEN_SHAPE.test(line));
        if (leaks.length > 0) problems.push(`${leaks.length} bot log lines carry a token`);
        return problems;
      },
    });
    expect(r.problems).toEqual([]);
  });

  it('a revoked refresh token fails /readyz naming the mailbox, staff get one mail for it, and a new login resumes without a restart', async () => {
    const bot = world.bots[0]!;
    const problems: string[] = [];
    const started = Date.now();
    oauth.revokeUser(BOT_ADDRESS);
    const failed = await until('/readyz failing', 90_000, async () => {
      const r = await readyz(bot.httpPort);
      return r.status === 503 && r.body.includes(BOT_ADDRESS) ? r : null;
    });
    if (!failed.body.includes('oauth login')) problems.push(`/readyz does not say what to do: ${failed.body}`);
    // The bot keeps trying to log in meanwhile: ten more seconds of retries add no second alert.
    await sleep(10_000);
    const { rows: [pending] } = await world.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM outbox WHERE purpose = 'staff_alert' AND subject LIKE '%cannot log in to the mailbox%'`);
    if (pending!.n !== 1) problems.push(`${pending!.n} outage alerts written, expected 1`);

    // The operator logs in again; the running bot takes the new refresh token.
    const login = await deviceCodeLogin(world.env, oauth, { user: BOT_ADDRESS });
    expect(login.code, login.stderr).toBe(0);
    await until('/readyz ready again', 60_000, async () => ((await readyz(bot.httpPort)).status === 200 ? true : null));
    const recoverSeconds = (Date.now() - started) / 1000;
    await sendMail(world.relay, {
      from: LATE, to: BOT_ADDRESS, subject: 'Delete my data',
      text: 'Please delete my Instagram-related app data. My Instagram username is @late.oauth.\n',
    });
    await waitForMail(world.dovecot, LATE, isAck, { timeoutMs: 90_000 });
    // The alert went out once, however many retries met the refusal.
    const alerts = await until('the outage alert in the staff mailbox', 60_000, async () => {
      const a = await outageAlerts();
      return a.length > 0 ? a : null;
    });
    await sleep(4000);
    const finalAlerts = await outageAlerts();
    if (finalAlerts.length !== 1) problems.push(`staff hold ${finalAlerts.length} outage alerts, expected 1`);
    if (!alerts[0]!.text.includes('deletion-bot oauth login')) problems.push('the outage alert does not say to run deletion-bot oauth login');
    const acks = (await listMail(world.dovecot, LATE)).filter(isAck);
    if (acks.length !== 1) problems.push(`${LATE} holds ${acks.length} acknowledgments, expected 1`);
    const leaks = world.logs.flat().filter((line) => TOKEN_SHAPE.test(line));
    if (leaks.length > 0) problems.push(`${leaks.length} bot log lines carry a token`);
    recordResult({
      scenario: 'OAuth2: refresh token revoked, then a new login', requests: 1, outcome: problems.length === 0 ? 'pass' : 'fail',
      lost: acks.length === 0 ? 1 : 0, doubled: 0, mailsDoubled: Math.max(0, acks.length - 1) + Math.max(0, finalAlerts.length - 1), resentSameId: 0,
      recoverSeconds: Math.round(recoverSeconds * 10) / 10, problems, logLeaks: leaks.length,
      note: '/readyz failed naming the mailbox and `oauth login`; staff got one alert mail for the outage (sent once sending worked again, as SMTP logs in with the same tokens); '
        + 'a new `oauth login` resumed the running bot, whose next request was answered once',
    });
    expect(problems).toEqual([]);
  }, 400_000);
});
