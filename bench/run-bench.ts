// `npm run bench [-- --quick] [-- --only=intake,latency,...]` (--help says more): starts the harness's own servers, measures the bot
// beside the bare libraries on the same work, prints a table and writes bench/results/latest.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureBacklog, type BacklogResult } from './backlog.js';
import { measureDeletion, type DeletionResult } from './deletion.js';
import { measureIntake, type IntakeResult } from './intake.js';
import { measureLatency, type LatencyResult } from './latency.js';
import { measurePipeline, type PipelineResult } from './pipeline.js';
import { buildDist } from '../harness/production-runtime.js';
import { killStartedBots } from '../harness/bot-process.js';
import { startServers } from './servers.js';
import { formatTable } from './table.js';

const MEASURES = ['intake', 'pipeline', 'latency', 'deletion', 'backlog'] as const;
const USAGE = `Usage: npm run bench [-- --quick] [-- --only=MEASURE,...]

Starts its own Postgres, Redis, Dovecot and SMTP relay (free ports, temporary folders), measures
the bot beside the bare libraries on the same work, prints a table and writes
bench/results/latest.json.

  --quick         smaller sizes: 1,000 requests, a 20,000-mail backlog, 100,000 log rows
  --only=LIST     measure only these, comma-separated: ${MEASURES.join(', ')}
                  (pipeline and latency run on the bot the intake measure started, so intake runs with them)
  -h, --help      this text

BENCH_CPU_PROF=DIR writes a V8 CPU profile of each bot process into DIR;
BENCH_BOT_ENV="NAME=value ..." runs the bot with those settings instead of the defaults.`;

function parseOptions(): { quick: boolean; only: Set<string> | null } {
  let parsed;
  try {
    parsed = parseArgs({ options: { quick: { type: 'boolean' }, only: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (parsed.values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const only = parsed.values.only === undefined ? null : new Set(parsed.values.only.split(',').map((m) => m.trim()).filter(Boolean));
  const unknown = [...(only ?? [])].filter((m) => !(MEASURES as readonly string[]).includes(m));
  if (unknown.length > 0 || only?.size === 0) {
    console.error(`--only: ${unknown.length > 0 ? `unknown measure ${unknown.join(', ')}` : 'no measure named'}; the measures are ${MEASURES.join(', ')}`);
    process.exit(2);
  }
  return { quick: parsed.values.quick ?? false, only };
}

const { quick, only } = parseOptions();
const wanted = (measure: string): boolean => only === null || only.has(measure);

const SIZES = quick
  ? { requests: 1_000, latency: 200, backlog: 20_000, deletionRows: 100_000 }
  : { requests: 5_000, latency: 200, backlog: 100_000, deletionRows: 1_000_000 };

export interface BenchResults {
  quick: boolean;
  machine: { cores: number; memory_gb: number };
  intake?: IntakeResult;
  pipeline?: PipelineResult;
  latency_ms?: LatencyResult;
  backlog?: BacklogResult;
  deletion?: DeletionResult;
}

const results: BenchResults = { quick, machine: { cores: cpus().length, memory_gb: Math.round(totalmem() / 2 ** 30) } };
const notes: string[] = [];
const step = (what: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${what}`);

step('building dist/ (the bot runs as the container image runs it)');
await buildDist();
const servers = await startServers();
// Interrupted (Ctrl-C, or a closed pipe such as `| head`): the servers and their folders go too.
let stopping = false;
const interrupted = (why: string) => {
  if (stopping) return;
  stopping = true;
  console.error(`bench: ${why}; stopping the bot and the servers`);
  killStartedBots();
  void servers.stop().finally(() => process.exit(130));
};
process.once('SIGINT', () => interrupted('interrupted'));
process.once('SIGTERM', () => interrupted('terminated'));
process.stdout.once('error', () => interrupted('its output closed'));
try {
  if (wanted('intake') || wanted('pipeline') || wanted('latency')) {
    step(`intake: ${SIZES.requests} request mails`);
    const intake = await measureIntake(servers, SIZES.requests);
    results.intake = intake.result;
    try {
      if (wanted('pipeline')) {
        step('pipeline: approve and complete every request');
        results.pipeline = await measurePipeline(servers, intake.running, SIZES.requests);
      }
      if (wanted('latency')) {
        step(`latency: ${SIZES.latency} requests one at a time`);
        results.latency_ms = await measureLatency(servers, intake.running.pool, SIZES.latency);
      }
    } finally {
      await intake.running.bot.stop();
      await intake.running.pool.end();
    }
  }
  if (wanted('deletion')) {
    step(`deletion: ${SIZES.deletionRows} publishing-log rows`);
    const deletion = await measureDeletion(servers, SIZES.deletionRows);
    results.deletion = deletion.result;
    notes.push(`longest insert during the bare DELETE: ${deletion.bareMaxInsertMs} ms`);
  }
  if (wanted('backlog')) {
    step(`backlog: ${SIZES.backlog} and ${SIZES.backlog / 4} mails`);
    results.backlog = await measureBacklog(servers, SIZES.backlog);
  }
} catch (err) {
  // Interrupted: the measure failed because its servers went; interrupted() exits when they are gone.
  if (stopping) await new Promise(() => {});
  throw err;
} finally {
  if (!stopping) await servers.stop();
}

console.log(formatTable(results));
for (const note of notes) console.log(note);
const out = fileURLToPath(new URL('./results/latest.json', import.meta.url));
await mkdir(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
step(`wrote ${out}`);
// A library connection left retrying against the stopped servers must not keep the run alive.
process.exit(0);
