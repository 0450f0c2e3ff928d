// Intake: the bot back-filling N request mails up to the last request row, beside a bare
// imapflow fetch of every source plus mailparser on each.
import { simpleParser } from 'mailparser';
import pg from 'pg';
import { withBotSearchPath } from '../src/db/pool.js';
import { startBot, type BotProcess } from '../harness/bot-process.js';
import { imapClient } from '../harness/imap-client.js';
import { fillMaildir } from '../harness/maildir.js';
import { BOT_ADDRESS } from '../harness/stack.js';
import { formatCpuUse, recordCpu, type CpuUse } from './cpu-use.js';
import { countQuery, now, round, seconds, waitForCount } from './measure-util.js';
import { requestMailbox, requestUsername } from './request-mails.js';
import { formatRoundTrips, readRoundTrips, resetRoundTrips, type RoundTrips } from './round-trips.js';
import type { BenchServers } from './servers.js';

export interface IntakeResult {
  n: number;
  bot_per_s: number;
  baseline_per_s: number;
  ratio: number;
  round_trips?: RoundTrips;
  /** CPU seconds per part of the machine during each side's timed window. */
  cpu_s?: { bot: CpuUse; baseline: CpuUse };
}

export interface RunningBot {
  bot: BotProcess;
  env: Record<string, string>;
  pool: pg.Pool;
}

async function bareFetchAndParse(servers: BenchServers): Promise<number> {
  const { dovecot } = servers.mail;
  const client = imapClient(dovecot, BOT_ADDRESS);
  await client.connect();
  try {
    await client.mailboxOpen('INBOX', { readOnly: true });
    let parsed = 0;
    for await (const msg of client.fetch('1:*', { uid: true, source: true })) {
      if (msg.source) await simpleParser(msg.source);
      parsed += 1;
    }
    return parsed;
  } finally {
    await client.logout();
  }
}

/** One connected account per requested username, with a few rows for the plan to find. */
async function seedAccounts(pool: pg.Pool, n: number): Promise<void> {
  const names = Array.from({ length: n }, (_, i) => requestUsername(i, 'intake'));
  await pool.query(
    `WITH a AS (INSERT INTO ig_accounts (ig_user_id, username) SELECT 'ig-' || u, u FROM unnest($1::text[]) AS u RETURNING id)
     INSERT INTO ig_publishing_logs (account_id, status, message) SELECT id, 'published', 'post ' || g FROM a, generate_series(1, 3) AS g`,
    [names],
  );
  // As autovacuum would leave them: the mention indexes' pending lists merged in (sql/0011_mention_search_ascii_case.sql).
  await pool.query('VACUUM ANALYZE ig_accounts, ig_publishing_logs, ig_error_logs');
}

/** When the bot logged the start of its back-fill (ms since epoch). */
function backfillStart(output: readonly string[]): number {
  for (const line of output) {
    if (!line.includes('back-filling') || !line.startsWith('{')) continue;
    const time = (JSON.parse(line) as { time?: unknown }).time;
    if (typeof time === 'number') return time;
  }
  throw new Error(`the bot did not log the start of its back-fill ("back-filling"); its first lines:\n${output.slice(0, 5).join('\n')}`);
}

/** Leaves the bot running (for the pipeline measure) and returns it with the result. */
export async function measureIntake(servers: BenchServers, n: number): Promise<{ result: IntakeResult; running: RunningBot }> {
  await fillMaildir(servers.mail.dovecot, BOT_ADDRESS, requestMailbox(n, 'intake'));
  // Once untimed, so that Dovecot has indexed the new files before either side reads them.
  await bareFetchAndParse(servers);
  const baseCpu = recordCpu(null);
  const baseStart = now();
  const fetched = await bareFetchAndParse(servers);
  const baseSeconds = seconds(baseStart);
  const cpu_baseline = baseCpu.sinceStart(servers.roots());
  console.log(formatCpuUse('  intake, bare libraries', cpu_baseline));
  if (fetched !== n) throw new Error(`the bare fetch saw ${fetched} messages, expected ${n}`);

  const env = await servers.botEnvironment('intake');
  env.IMAP_BACKFILL_SINCE = new Date(Date.now() - 5 * 24 * 3600_000).toISOString().slice(0, 10);
  // Production's level: the back-fill's start is read from its log line.
  env.LOG_LEVEL = 'info';
  const pool = new pg.Pool({ connectionString: withBotSearchPath(env.DATABASE_URL!), max: 2 });
  // The servers stop when a measure fails: their goodbye must not hide the failure.
  pool.on('error', () => {});
  await seedAccounts(pool, n);
  await resetRoundTrips(pool, servers.redis.url);
  const cpu = recordCpu();
  const botStart = now();
  // A progress line every 5 s: messages stored by the poller, handled by the workers, outbox rows written.
  const progress = setInterval(() => {
    pool.query(`SELECT (SELECT count(*) FROM inbound_messages) AS stored, (SELECT count(*) FROM inbound_messages WHERE processed_at IS NOT NULL) AS handled, (SELECT count(*) FROM outbox) AS outbox`)
      .then(({ rows }) => console.log(`  intake ${seconds(botStart).toFixed(0)} s: stored ${rows[0].stored}, handled ${rows[0].handled} of ${n}, outbox ${rows[0].outbox}`))
      .catch(() => {});
  }, 5000);
  const bot = await startBot(env, { readyTimeoutMs: 900_000 }).finally(() => console.log(`  intake ${seconds(botStart).toFixed(1)} s: back-fill read, /readyz answers`));
  await waitForCount('requests stored by the bot', countQuery(pool, 'SELECT count(*) AS n FROM requests'), n, 900_000);
  const startupSeconds = seconds(botStart);
  // Timed as the issue asks, from the back-fill's start (the bot's own log line, after the process
  // started and migrated) to the last request row (its transaction's time in Postgres): same clock.
  const backfillStartMs = backfillStart(bot.output);
  const { rows: last } = await pool.query(`SELECT extract(epoch FROM max(created_at)) * 1000 AS ms FROM requests`);
  const botSeconds = (Number(last[0].ms) - backfillStartMs) / 1000;
  console.log(`  intake: back-fill start to last request row ${botSeconds.toFixed(2)} s; process start to the count seen ${startupSeconds.toFixed(2)} s`);
  const cpu_bot = cpu.between(backfillStartMs, Number(last[0].ms), servers.roots(bot.pid));
  cpu.stop();
  console.log(formatCpuUse('  intake, bot', cpu_bot));
  clearInterval(progress);
  const round_trips = await readRoundTrips(pool, servers.redis.url, n);
  console.log(formatRoundTrips('intake', round_trips));

  // The pipeline runs on a bot that logs warnings only: at info, the bench (busy approving) reads
  // the bot's output more slowly than the bot writes it, and the full pipe would stall the bot.
  // The queued work survives the restart, as it does any restart.
  await bot.stop();
  env.LOG_LEVEL = 'warn';
  const quiet = await startBot(env, { readyTimeoutMs: 120_000 });

  const bot_per_s = n / botSeconds;
  const baseline_per_s = n / baseSeconds;
  return {
    result: { n, bot_per_s: round(bot_per_s), baseline_per_s: round(baseline_per_s), ratio: round(bot_per_s / baseline_per_s, 3), round_trips, cpu_s: { bot: cpu_bot, baseline: cpu_baseline } },
    running: { bot: quiet, env, pool },
  };
}
