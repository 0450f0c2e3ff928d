// Pipeline: stored requests to completed ones with the completion mail sent, approved
// through the CLI's `approve REF...` command; beside bare BullMQ no-op jobs (one per job the bot
// ran) plus bare nodemailer sends (one per mail the bot sent) to the same SMTP relay.
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { createTransport } from 'nodemailer';
import { decideCommand } from '../src/cli/commands/decide.js';
import { BOT_ADDRESS } from '../harness/stack.js';
import type { RunningBot } from './intake.js';
import { formatCpuUse, recordCpu, type CpuUse } from './cpu-use.js';
import { formatRoundTrips, readRoundTrips, resetRoundTrips, type RoundTrips } from './round-trips.js';
import { countQuery, jobsRun, now, round, seconds, waitForCount } from './measure-util.js';
import { SENDERS, type BenchServers } from './servers.js';

export interface PipelineResult {
  n: number;
  bot_per_s: number;
  baseline_per_s: number;
  ratio: number;
  /** CPU seconds per part of the machine during each side's timed window (the bench's share of the bot's is the approve commands and the relay). */
  cpu_s?: { bot: CpuUse; baseline: CpuUse };
  round_trips?: RoundTrips;
}

/**
 * Runs the CLI's `approve REF...` in this process (the same code, without a process start),
 * as staff approving a list do: up to 100 references per command.
 */
async function approve(refs: string[], env: Record<string, string>, perCommand = 100): Promise<void> {
  Object.assign(process.env, env);
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    const lists: string[][] = [];
    for (let i = 0; i < refs.length; i += perCommand) lists.push(refs.slice(i, i + perCommand));
    for (const list of lists) {
      const code = await decideCommand(list, { action: 'approve' }, 'bench');
      if (code !== 0) throw new Error(`approve ${list.join(' ')} exited ${code}`);
    }
  } finally {
    process.stdout.write = write;
  }
}

async function bareJobs(redisUrl: string, jobs: number, concurrency: number): Promise<void> {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue('bare', { connection, prefix: 'bench-bare' });
  let done = 0;
  let finish: () => void = () => {};
  const finished = new Promise<void>((r) => (finish = r));
  const workerConnection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const worker = new Worker('bare', async () => {}, { connection: workerConnection, prefix: 'bench-bare', concurrency });
  worker.on('completed', () => {
    done += 1;
    if (done >= jobs) finish();
  });
  for (let i = 0; i < jobs; i += 100) {
    await queue.addBulk(Array.from({ length: Math.min(100, jobs - i) }, (_, k) => ({ name: 'noop', data: { i: i + k }, opts: { removeOnComplete: true } })));
  }
  if (jobs > 0) await finished;
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  connection.disconnect();
  workerConnection.disconnect();
}

async function bareSends(servers: BenchServers, mails: number): Promise<void> {
  const transport = createTransport({ host: '127.0.0.1', port: servers.mail.relay.port, secure: false, ignoreTLS: true, pool: true, maxConnections: 4 });
  const text = 'Your Instagram data has been deleted.\n'.repeat(40);
  await Promise.all(Array.from({ length: mails }, (_, i) =>
    transport.sendMail({ from: BOT_ADDRESS, to: SENDERS[i % SENDERS.length], subject: `Bench ${i}`, text })));
  transport.close();
}

export async function measurePipeline(servers: BenchServers, running: RunningBot, n: number): Promise<PipelineResult> {
  const { pool, env } = running;
  const port = env.HTTP_PORT!;
  const jobsBefore = await jobsRun(port);
  const sentBefore = await countQuery(pool, `SELECT count(*) AS n FROM outbox WHERE state = 'sent'`)();
  await resetRoundTrips(pool, servers.redis.url);
  const botCpu = recordCpu(null);
  const start = now();
  const approved = new Set<string>();
  let approveSeconds = 0;
  while (approved.size < n) {
    const { rows } = await pool.query<{ reference: string }>(`SELECT reference FROM requests WHERE state = 'awaiting_approval'`);
    const fresh = rows.map((r) => r.reference).filter((r) => !approved.has(r));
    if (fresh.length === 0) {
      const open = await countQuery(pool, `SELECT count(*) AS n FROM requests WHERE state IN ('received', 'awaiting_approval')`)();
      if (open === 0 && approved.size < n) throw new Error(`only ${approved.size} of ${n} requests reached awaiting_approval`);
      await new Promise((r) => setTimeout(r, 100));
      continue;
    }
    const approving = now();
    await approve(fresh, env);
    approveSeconds += seconds(approving);
    for (const r of fresh) approved.add(r);
  }
  console.log(`pipeline: ${n} approved after ${seconds(start).toFixed(1)} s (${approveSeconds.toFixed(1)} s of it in the approve command)`);
  await waitForCount('completion mails sent', countQuery(pool, `SELECT count(*) AS n FROM outbox WHERE purpose = 'completion' AND state = 'sent'`), n, 900_000);
  const botSeconds = seconds(start);
  const cpuBot = botCpu.sinceStart(servers.roots(running.bot.pid));
  const round_trips = await readRoundTrips(pool, servers.redis.url, n);
  console.log(formatRoundTrips('pipeline', round_trips));
  const jobs = (await jobsRun(port)) - jobsBefore;
  const mails = (await countQuery(pool, `SELECT count(*) AS n FROM outbox WHERE state = 'sent'`)()) - sentBefore;
  // Staff notifications yield to requester mail (fair-share.ts), so some are still queued when the
  // last completion mail is out: the bot sends them (untimed) before the baseline runs, which
  // would otherwise share the machine and the relay with them.
  const leftover = await countQuery(pool, `SELECT count(*) AS n FROM outbox WHERE state = 'pending'`)();
  if (leftover > 0) console.log(`pipeline: waiting (untimed) for the bot's ${leftover} remaining mails before the baseline`);
  await waitForCount('the bot idle before the baseline', async () => -(await countQuery(pool, `SELECT count(*) AS n FROM outbox WHERE state = 'pending'`)()), 0, 900_000, 500);

  const baseCpu = recordCpu(null);
  const baseStart = now();
  await bareJobs(servers.redis.url, jobs, Number(env.WORKER_CONCURRENCY ?? 4));
  await bareSends(servers, mails);
  const baseSeconds = seconds(baseStart);
  const cpuBase = baseCpu.sinceStart(servers.roots());
  console.log(formatCpuUse('  pipeline, bot', cpuBot));
  console.log(formatCpuUse('  pipeline, bare libraries', cpuBase));
  console.log(`pipeline: the bot ran ${jobs} jobs and sent ${mails} mails for ${n} requests in ${botSeconds.toFixed(1)} s; bare: ${baseSeconds.toFixed(1)} s`);
  const bot_per_s = n / botSeconds;
  const baseline_per_s = n / baseSeconds;
  return { n, bot_per_s: round(bot_per_s), baseline_per_s: round(baseline_per_s), ratio: round(bot_per_s / baseline_per_s, 3), cpu_s: { bot: cpuBot, baseline: cpuBase }, round_trips };
}
