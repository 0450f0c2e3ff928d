// `npm run bench [-- --quick] [-- --only intake,latency,...]`: starts the harness's own servers, measures the bot
// beside the bare libraries on the same work, prints a table and writes bench/results/latest.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { measureBacklog, type BacklogResult } from './backlog.js';
import { measureDeletion, type DeletionResult } from './deletion.js';
import { measureIntake, type IntakeResult } from './intake.js';
import { measureLatency, type LatencyResult } from './latency.js';
import { measurePipeline, type PipelineResult } from './pipeline.js';
import { buildDist } from './production-runtime.js';
import { startServers } from './servers.js';
import { formatTable } from './table.js';

const quick = process.argv.includes('--quick');
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : null;
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
} finally {
  await servers.stop();
}

console.log(formatTable(results));
for (const note of notes) console.log(note);
const out = fileURLToPath(new URL('./results/latest.json', import.meta.url));
await mkdir(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
step(`wrote ${out}`);
// A library connection left retrying against the stopped servers must not keep the run alive.
process.exit(0);
