// Backlog memory: peak RSS of a fresh bot back-filling a big mailbox, and a quarter of it.
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { withBotSearchPath } from '../src/db/pool.js';
import { startBot } from '../harness/bot-process.js';
import { recreateMailbox, type MaildirMessage } from '../harness/maildir.js';
import { processMemory } from '../harness/process-memory.js';
import { BOT_ADDRESS } from '../harness/stack.js';
import { countQuery, now, round, seconds, waitForCount } from './measure-util.js';
import { newsletterMail, requestMail } from './request-mails.js';
import type { BenchServers } from './servers.js';

export interface BacklogResult {
  n: number;
  peak_rss_mb: number;
  quarter_n: number;
  quarter_peak_rss_mb: number;
}


/** Mostly newsletters (a few KB each), one request in a hundred. */
function* backlog(n: number, run: string): Generator<MaildirMessage> {
  const start = Date.now() - 3 * 24 * 3600_000;
  for (let i = 0; i < n; i++) {
    const at = new Date(start + i * 10);
    if (i % 100 === 50) {
      yield { raw: requestMail(i, run, at).raw, receivedAt: at };
      continue;
    }
    yield { receivedAt: at, raw: newsletterMail(i, run, at) };
  }
}

async function peakFor(servers: BenchServers, n: number): Promise<number> {
  const run = `backlog${n}`;
  const writing = now();
  await recreateMailbox(servers.mail.dovecot, BOT_ADDRESS, backlog(n, run));
  const written = seconds(writing);
  const env = await servers.botEnvironment(run);
  env.IMAP_BACKFILL_SINCE = new Date(Date.now() - 5 * 24 * 3600_000).toISOString().slice(0, 10);
  const pool = new pg.Pool({ connectionString: withBotSearchPath(env.DATABASE_URL!), max: 2 });
  const started = now();
  const bot = await startBot(env, { readyTimeoutMs: 1_800_000 });
  try {
    await waitForCount(`${run}: messages handled`, countQuery(pool, 'SELECT count(processed_at) AS n FROM inbound_messages'), n, 1_800_000, 500);
    const memory = await processMemory(bot.pid);
    if (!memory) throw new Error(`${run}: the bot exited before its memory was read`);
    const main = await mainThreadHeap(env.HTTP_PORT!);
    const cpu = await processCpuSeconds(bot.pid);
    console.log(`  backlog ${n}: mailbox written in ${written.toFixed(1)} s, handled by the bot in ${seconds(started).toFixed(1)} s, peak RSS ${memory.peakMb.toFixed(1)} MB` +
      `, RSS now ${memory.rssMb.toFixed(1)} MB; main thread's heap now ${main}; the bot's CPU since its start ${cpu.toFixed(1)} s`);
    return memory.peakMb;
  } finally {
    await bot.stop();
    await pool.end();
  }
}

/**
 * CPU seconds (user and system, every thread) the process used since it started: on a machine
 * shared with other work the back-log's wall time swings with the others' load, its CPU much less.
 */
async function processCpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  // Fields after the name: state(1) ppid ... utime(12) stime(13), in ticks of 1/100 s.
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
}

/**
 * The bot's main thread's V8 heap as its metrics tell it (used / total, MB), beside the process's
 * RSS: what the thread that talks to IMAP, Postgres and Redis holds, apart from the parse threads.
 */
async function mainThreadHeap(port: string): Promise<string> {
  const text = await fetch(`http://127.0.0.1:${port}/metrics`).then((r) => r.text()).catch(() => '');
  const mb = (name: string): string => {
    const value = new RegExp(`^deletion_bot_${name} (\\S+)$`, 'm').exec(text)?.[1];
    return value === undefined ? '?' : (Number(value) / 1048576).toFixed(1);
  };
  return `${mb('nodejs_heap_size_used_bytes')} / ${mb('nodejs_heap_size_total_bytes')} MB`;
}

export async function measureBacklog(servers: BenchServers, n: number): Promise<BacklogResult> {
  const quarter = Math.round(n / 4);
  const quarterPeak = await peakFor(servers, quarter);
  const peak = await peakFor(servers, n);
  return { n, peak_rss_mb: round(peak, 1), quarter_n: quarter, quarter_peak_rss_mb: round(quarterPeak, 1) };
}
