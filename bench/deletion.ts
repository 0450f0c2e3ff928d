// Big deletion: the plan erasing one account with many publishing-log rows while another
// connection inserts rows for other accounts every 10 ms, beside one bare DELETE on an
// identical copy. Reports both times and the longest single insert during each.
import pg from 'pg';
import { inTransaction } from '../src/db/pool.js';
import { loadDeletionPlan } from '../src/deletion/deletion-plan.js';
import { executePlan } from '../src/deletion/run-plan.js';
import { quoteIdent } from '../harness/pg-admin.js';
import { now, round, seconds } from './measure-util.js';
import type { BenchServers } from './servers.js';

export interface DeletionResult {
  rows: number;
  bot_s: number;
  baseline_s: number;
  ratio: number;
  max_insert_block_ms: number;
}

const BIG = 'big.account';
const OTHERS = 50;

async function seed(url: string, rows: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`INSERT INTO ig_accounts (ig_user_id, username) VALUES ('ig-big', $1)`, [BIG]);
    await client.query(`INSERT INTO ig_accounts (ig_user_id, username) SELECT 'ig-o' || g, 'other' || g FROM generate_series(1, ${OTHERS}) g`);
    await client.query(
      `INSERT INTO ig_publishing_logs (account_id, media_id, status, message)
       SELECT (SELECT id FROM ig_accounts WHERE username = $1), 'm' || g, 'published', 'Published post ' || g || ' for the spring campaign'
         FROM generate_series(1, $2::int) g`, [BIG, rows]);
    // Other accounts' rows, some mentioning the username (the plan redacts those).
    await client.query(
      `INSERT INTO ig_publishing_logs (account_id, status, message)
       SELECT a.id, 'published', CASE WHEN g % 100 = 0 THEN 'Reposted from @${BIG}' ELSE 'Post ' || g END
         FROM ig_accounts a, generate_series(1, $1::int) g WHERE a.username LIKE 'other%'`, [Math.max(10, Math.round(rows / 10 / OTHERS))]);
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
}

/** Inserts a row for another account every 10 ms until stopped; resolves with the longest insert in ms. */
function inserter(url: string): { stop(): Promise<number> } {
  let running = true;
  const done = (async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM ig_accounts WHERE username LIKE 'other%'`);
    let longest = 0;
    let i = 0;
    while (running) {
      const t = now();
      await client.query(`INSERT INTO ig_publishing_logs (account_id, status, message) VALUES ($1, 'scheduled', 'Scheduled post')`, [rows[i++ % rows.length]!.id]);
      longest = Math.max(longest, seconds(t) * 1000);
      await new Promise((r) => setTimeout(r, 10));
    }
    await client.end();
    return longest;
  })();
  return { stop: async () => { running = false; return done; } };
}

async function timed(url: string, work: (pool: pg.Pool) => Promise<void>): Promise<{ s: number; maxBlockMs: number }> {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  // Both sides start from a clean slate: the pages written by the seed, the copy and the measures
  // before this one are flushed now, not by a checkpoint that falls into one side's window.
  await pool.query('CHECKPOINT');
  const ins = inserter(url);
  await new Promise((r) => setTimeout(r, 300)); // the inserter is under way
  const t = now();
  await work(pool);
  const s = seconds(t);
  await new Promise((r) => setTimeout(r, 100));
  const maxBlockMs = await ins.stop();
  await pool.end();
  return { s, maxBlockMs };
}

/** The result (its max_insert_block_ms is the plan's), and the longest insert during the bare DELETE. */
export async function measureDeletion(servers: BenchServers, rows: number): Promise<{ result: DeletionResult; bareMaxInsertMs: number }> {
  const planDb = 'bench_deletion_plan';
  const bareDb = 'bench_deletion_bare';
  const planUrl = await servers.pg.createMigratedDatabase(planDb);
  await seed(planUrl, rows);
  const admin = new pg.Client({ connectionString: servers.pg.url() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${quoteIdent(bareDb)} TEMPLATE ${quoteIdent(planDb)}`);
  await admin.end();
  const bareUrl = servers.pg.url(bareDb);

  const plan = loadDeletionPlan();
  const bot = await timed(planUrl, async (pool) => {
    const result = await inTransaction(pool, (tx) => executePlan(tx, plan, BIG));
    const deleted = result.lines.find((l) => l.id === 'publishing_logs')?.rows;
    if (deleted !== rows) throw new Error(`the plan deleted ${deleted} publishing-log rows, expected ${rows}`);
  });
  const bare = await timed(bareUrl, async (pool) => {
    const res = await pool.query(`DELETE FROM ig_publishing_logs WHERE account_id = (SELECT id FROM ig_accounts WHERE username = $1)`, [BIG]);
    if (res.rowCount !== rows) throw new Error(`the bare DELETE removed ${res.rowCount} rows, expected ${rows}`);
  });
  return {
    result: { rows, bot_s: round(bot.s, 3), baseline_s: round(bare.s, 3), ratio: round(bare.s / bot.s, 3), max_insert_block_ms: round(bot.maxBlockMs, 1) },
    bareMaxInsertMs: round(bare.maxBlockMs, 1),
  };
}
