import { createServer, type Server } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationMessageId } from '../../src/approval/approval-token.js';
import { seedDemoData } from '../../src/demo/seed-demo-data.js';
import { createQueues, type Queues } from '../../src/queue/queues.js';
import { purgeExpired } from '../../src/retention/purge-expired.js';
import { testBotContext, type TestBotContext } from '../support/bot-context.js';
import { decideDirect, deliver, fileRequestDirect, rawMail, sendAllPending } from '../integration/file-request-direct.js';
import { REPO_ROOT, runCli } from '../../harness/bot-process.js';
import { createTestDatabase } from '../../harness/postgres.js';
import { freePort } from '../../harness/ports.js';
import { useBotStack } from '../support/bot-stack.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The migrations shipped in sql/, in order, by name. */
const MIGRATIONS = readdirSync(join(REPO_ROOT, 'sql')).filter((f) => f.endsWith('.sql')).sort().map((f) => f.replace(/\.sql$/, ''));

/** The `deletion-bot` command as ops meet it: exit codes and what it prints. */

const t = useBotStack({ start: false });

/** A TCP listener that only counts who knocks: proof that nothing connected. */
async function tripwire(): Promise<{ port: number; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const server: Server = createServer((s) => {
    hits += 1;
    s.destroy();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { port, hits: () => hits, close: () => new Promise((r) => server.close(() => r())) };
}

describe('deletion-bot CLI', () => {
  it('start without DATABASE_URL names the variable and exits non-zero before connecting anywhere', async () => {
    const redis = await tripwire();
    const imap = await tripwire();
    const smtp = await tripwire();
    try {
      const { DATABASE_URL: _unset, ...rest } = t.env;
      const r = await runCli(['start'], {
        ...rest,
        REDIS_URL: `redis://127.0.0.1:${redis.port}`,
        IMAP_PORT: String(imap.port),
        SMTP_PORT: String(smtp.port),
      });
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('DATABASE_URL is not set');
      expect(redis.hits() + imap.hits() + smtp.hits()).toBe(0);
    } finally {
      await Promise.all([redis.close(), imap.close(), smtp.close()]);
    }
  });

  it('start names every malformed variable at once', async () => {
    const r = await runCli(['start'], { ...t.env, IMAP_SECURE: 'perhaps', STAFF_EMAILS: 'not-an-address', APPROVAL_SECRET: 'short' });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('IMAP_SECURE must be true or false');
    expect(r.stderr).toContain('STAFF_EMAILS must be comma-separated addresses; not an address: not-an-address');
    expect(r.stderr).toContain('APPROVAL_SECRET must be at least 32 characters');
  });

  it('doctor prints one OK line per service when everything answers', async () => {
    const r = await runCli(['doctor'], t.env);
    expect(r.stdout).toMatch(/^Postgres\s+OK\s+PostgreSQL \d+\S*, schema up to date$/m);
    expect(r.stdout).toMatch(/^Redis\s+OK\s+PONG=PONG/m);
    expect(r.stdout).toMatch(/^IMAP\s+OK\s+logged in, mailbox INBOX/m);
    expect(r.stdout).toMatch(/^SMTP\s+OK\s+connected/m);
    expect(r.code).toBe(0);
  });

  it('doctor with a wrong IMAP password names IMAP and the server refusal, and exits non-zero', async () => {
    const r = await runCli(['doctor'], { ...t.env, IMAP_PASSWORD: 'wrong-password' });
    expect(r.code).not.toBe(0);
    expect(r.stdout).toMatch(/^IMAP\s+FAIL\s+login refused by the server: \[AUTHENTICATIONFAILED\] Authentication failed/m);
    expect(r.stdout).toMatch(/^Postgres\s+OK/m);
    expect(r.stdout).toMatch(/^SMTP\s+OK/m);
  });

  it('doctor names a service that does not answer', async () => {
    const port = await freePort();
    const r = await runCli(['doctor'], { ...t.env, SMTP_PORT: String(port) });
    expect(r.code).not.toBe(0);
    expect(r.stdout).toMatch(/^SMTP\s+FAIL\s+.*ECONNREFUSED/m);
  });

  it('doctor names a database that is not migrated', async () => {
    const fresh = await createTestDatabase();
    try {
      await fresh.pool.query('DROP TABLE schema_migrations');
      const r = await runCli(['doctor'], { ...t.env, DATABASE_URL: fresh.url });
      expect(r.code).not.toBe(0);
      expect(r.stdout).toMatch(/^Postgres\s+FAIL\s+PostgreSQL \S+ answers, but (\d+) migration\(s\) are not applied: run deletion-bot migrate$/m);
      expect(Number(/but (\d+) migration/.exec(r.stdout)?.[1])).toBe(MIGRATIONS.length);
    } finally {
      await fresh.drop();
    }
  });

  it('start refuses a database without its schema and says to migrate', async () => {
    const fresh = await createTestDatabase();
    try {
      await fresh.pool.query('DROP SCHEMA public CASCADE; DROP SCHEMA deletion_bot CASCADE; CREATE SCHEMA public');
      const r = await runCli(['start'], { ...t.env, DATABASE_URL: fresh.url });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`the database lacks ${MIGRATIONS.length} migration(s) (${MIGRATIONS.join(', ')}): run deletion-bot migrate first`);
    } finally {
      await fresh.drop();
    }
  });

  it('migrate is a no-op when the schema is current', async () => {
    const r = await runCli(['migrate'], t.env);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('Database is up to date.');
  });

  it('seed-demo fills the integration tables once', async () => {
    const first = await runCli(['seed-demo'], t.env);
    expect(first.stdout).toMatch(/Seeded 4 demo Instagram account\(s\)/);
    const again = await runCli(['seed-demo'], t.env);
    expect(again.stdout).toContain('Demo data already present.');
    const { rows } = await t.db.pool.query(
      `SELECT a.username, (SELECT count(*)::int FROM ig_access_tokens t WHERE t.account_id = a.id) AS tokens,
              (SELECT count(*)::int FROM ig_publishing_logs p WHERE p.account_id = a.id) AS publishing,
              (SELECT count(*)::int FROM ig_error_logs e WHERE e.account_id = a.id) AS errors
         FROM ig_accounts a ORDER BY a.id`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const r of rows) expect(r.tokens * r.publishing * r.errors).toBeGreaterThan(0);
    const { rows: mentions } = await t.db.pool.query(
      `SELECT count(*)::int AS n FROM ig_error_logs e JOIN ig_accounts a ON a.id = e.account_id
        WHERE EXISTS (SELECT 1 FROM ig_accounts o WHERE o.id <> a.id AND e.message ILIKE '%' || o.username || '%')`,
    );
    expect(mentions[0].n).toBeGreaterThan(0);
  });

  it('requests list and show explain themselves on an empty or unknown reference', async () => {
    const list = await runCli(['requests', 'list'], t.env);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('No requests.');
    const show = await runCli(['requests', 'show', 'DR-2026-99999'], t.env);
    expect(show.code).toBe(1);
    expect(show.stderr).toContain('No request DR-2026-99999');
    const bad = await runCli(['requests', 'list', '--state', 'lost'], t.env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--state must be one of: triage, received, needs_info');
  });

  it('approve and reject refuse an unknown reference and a missing reason', async () => {
    const approve = await runCli(['approve', 'DR-2026-99999', '--by', 'ops'], t.env);
    expect(approve.code).toBe(1);
    expect(approve.stderr).toContain('No request DR-2026-99999');
    const reject = await runCli(['reject', 'DR-2026-99999'], t.env);
    expect(reject.code).toBe(2);
    expect(reject.stderr).toContain("required option '--reason <text>'");
    const unknown = await runCli(['nosuch'], t.env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'nosuch'");
  });

  it('--help describes every command', async () => {
    const r = await runCli(['--help'], {});
    expect(r.code).toBe(0);
    for (const cmd of ['start', 'migrate', 'demo', 'seed-demo', 'parse', 'requests', 'approve', 'reject', 'doctor']) {
      expect(r.stdout).toMatch(new RegExp(`^\\s+${cmd}\\b`, 'm'));
    }
    const version = await runCli(['--version'], {});
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const sub = await runCli(['reject', '--help'], {});
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain('--reason <text>');
  });

  it('parse prints one JSON line per file, in order, with the fields staff need', async () => {
    const files = [1, 2, 3].map((n) => `tests/fixtures/mail/plain-english-request-${n}.eml`);
    const r = await runCli(['parse', ...files], {}, { cwd: REPO_ROOT });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(files);
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(['file', 'kind', 'instagramUsername', 'confirmationEmail', 'confirmationSource', 'statement', 'missing', 'language']);
      expect(l.language).toBe('en');
      expect(l.kind).toBe('deletion_request');
      expect(l.missing).toEqual([]);
    }
    expect(lines[0]).toMatchObject({ instagramUsername: 'alice.smith', confirmationEmail: 'alice.smith@example.com', confirmationSource: 'explicit' });
    expect(lines[0].statement).toContain('deleted');
  });

  it('parse goes on past an unreadable file and exits 2 naming it', async () => {
    const r = await runCli(['parse', 'tests/fixtures/mail/no-such-file.eml', 'tests/fixtures/mail/plain-english-request-1.eml'], {}, { cwd: REPO_ROOT });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such-file.eml');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });
});

describe('requests list and show over real requests', () => {
  const DAY = 86_400_000;
  let queues: Queues;
  let redis: Redis;
  let ctx: TestBotContext;
  const refs: Record<'late' | 'fresh' | 'lateRejected' | 'done', string> = { late: '', fresh: '', lateRejected: '', done: '' };

  const refOf = async (id: string) => (await t.db.pool.query(`SELECT reference FROM requests WHERE id = $1`, [id])).rows[0].reference as string;

  beforeAll(async () => {
    redis = new Redis(t.env.REDIS_URL!, { maxRetriesPerRequest: null });
    queues = createQueues(redis, t.prefix);
    let clock = new Date();
    ctx = testBotContext({
      pool: t.db.pool, queues, now: () => clock,
      env: { APPROVAL_SECRET: t.env.APPROVAL_SECRET!, STAFF_EMAILS: t.env.STAFF_EMAILS!, BOT_ADDRESS: t.env.BOT_ADDRESS! },
    });
    await seedDemoData(t.db.pool); // a no-op when the seed-demo test ran first
    const staff = t.env.STAFF_EMAILS!.split(',')[0]!;
    const now = Date.now();
    // Received 40 days ago and still waiting: 10 days past its due date.
    refs.late = await refOf(await fileRequestDirect(ctx, { from: 'late@example.com', username: 'late.one', at: new Date(now - 40 * DAY) }));
    refs.fresh = await refOf(await fileRequestDirect(ctx, { from: 'fresh@example.com', username: 'fresh.one', at: new Date(now - 2 * DAY) }));
    const rejected = await fileRequestDirect(ctx, { from: 'old@example.com', username: 'old.one', at: new Date(now - 40 * DAY) });
    await decideDirect(ctx, rejected, { action: 'reject', reason: 'Not an account of ours' }, staff);
    refs.lateRejected = await refOf(rejected);
    // One request through its whole life: a forged approval, staff approval, deletion, mail, purge.
    const done = await fileRequestDirect(ctx, { from: 'alice@example.com', username: 'sunny.days', at: new Date(now - 3 * DAY) });
    await deliver(ctx, rawMail({
      from: 'mallory@evil.example', subject: 'Re: approve', text: 'APPROVE', messageId: 'forged-cli@evil.example',
      inReplyTo: notificationMessageId(ctx.settings.approvalSecret, done, ctx.settings.botDomain),
    }), new Date(now - 2 * DAY));
    await decideDirect(ctx, done, { action: 'approve' }, staff);
    await sendAllPending(ctx, done);
    clock = new Date(now + 31 * DAY);
    expect((await purgeExpired(ctx)).requests).toBe(1);
    refs.done = await refOf(done);
  });

  afterAll(async () => {
    await queues?.close();
    redis?.disconnect();
  });

  it('requests list shows every request with state, age and due date; --overdue only the open ones past due', async () => {
    const all = await runCli(['requests', 'list'], t.env);
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout.split('\n')[0]).toMatch(/^REFERENCE\s+STATE\s+SOURCE\s+AGE\s+RECEIVED\s+DUE\s+STANDING$/);
    expect(all.stdout).toMatch(new RegExp(`^${refs.late}\\s+awaiting_approval\\s+email\\s+40d\\s+\\d{4}-\\d\\d-\\d\\d\\s+\\d{4}-\\d\\d-\\d\\d\\s+OVERDUE BY 10 DAYS$`, 'm'));
    expect(all.stdout).toMatch(new RegExp(`^${refs.fresh}\\s+awaiting_approval\\s+email\\s+2d\\s.*due in 2[78] days$`, 'm'));
    expect(all.stdout).toMatch(new RegExp(`^${refs.lateRejected}\\s+rejected\\s+email\\s+40d\\s`, 'm'));
    expect(all.stdout).toMatch(new RegExp(`^${refs.done}\\s+completed\\s+email\\s+3d\\s.*purged$`, 'm'));

    const overdue = await runCli(['requests', 'list', '--overdue'], t.env);
    expect(overdue.code, overdue.stderr).toBe(0);
    const lines = overdue.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(new RegExp(`^${refs.late}\\s`));

    const json = await runCli(['requests', 'list', '--overdue', '--json'], t.env);
    expect(json.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({ reference: refs.late, state: 'awaiting_approval', ageDays: 40, overdue: true }),
    ]);
    const rejected = await runCli(['requests', 'list', '--state', 'rejected', '--overdue'], t.env);
    expect(rejected.stdout).toBe('No overdue requests.\n');
  });

  it('requests list --limit takes a number, and says so instead of failing in the database', async () => {
    const bad = await runCli(['requests', 'list', '--limit', 'abc'], t.env);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe('deletion-bot: --limit must be a whole number from 1 to 10000 (got "abc"), e.g. --limit 50');
    const one = await runCli(['requests', 'list', '--limit', '1'], t.env);
    expect(one.code).toBe(0);
    expect(one.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('requests show prints the timeline a person can follow, with the personal data purged', async () => {
    const r = await runCli(['requests', 'show', refs.done.toLowerCase()], t.env);
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout;
    expect(out.split('\n')[0]).toBe(`${refs.done}  completed`);
    expect(out).toContain('Instagram username:    (purged; keyed hash kept)');
    expect(out).toMatch(/^ {2}Decision: +approved by staff@pickrtech\.com on \d{4}-\d\d-\d\d \d\d:\d\d$/m);
    const timeline = out.slice(out.indexOf('Timeline (UTC'));
    const line = (type: string, words: string) => new RegExp(`^ {2}\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  ${type} +\\S.*? {2,}${words}`, 'm');
    expect(timeline).toMatch(line('received', 'Request mail received; request opened'));
    expect(timeline).toMatch(line('awaiting_approval', 'Checked: connected account found; \\d+ rows to erase; staff asked to decide'));
    expect(timeline).toMatch(line('mail_sent', 'Mail sent: acknowledgment to the requester'));
    expect(timeline).toMatch(line('mail_sent', 'Mail sent: notification to staff'));
    expect(timeline).toMatch(line('approval_refused', 'Decision attempt from non-staff sender refused'));
    expect(timeline).toMatch(line('approved', 'Approved by staff@pickrtech\\.com by email'));
    expect(timeline).toMatch(line('deleted', 'Deleted \\d+ rows; request completed'));
    expect(timeline).toMatch(/^ +ig_access_tokens +delete +\d+ /m);
    expect(timeline).toMatch(line('mail_sent', 'Mail sent: completion to the requester'));
    expect(timeline).toMatch(line('purged', 'Personal data purged after 30 days: 2 raw mails'));
    // Events in the order they happened.
    const order = ['received', 'awaiting_approval', 'approval_refused', 'approved', 'deleted', 'purged'].map((type) => timeline.search(line(type, '')));
    expect(order.every((pos, i) => pos >= 0 && (i === 0 || pos > order[i - 1]!))).toBe(true);
    for (const personal of ['sunny.days', 'alice@example.com', 'mallory@evil.example']) expect(out).not.toContain(personal);
  });
});
