// Where a measure's time goes, in round trips: the statements Postgres ran (pg_stat_statements)
// and the commands Redis ran (INFO commandstats) per request, with the busiest of each.
import { Redis } from 'ioredis';
import type pg from 'pg';

export interface RoundTrips {
  statements_per_request: number;
  redis_commands_per_request: number;
  top_statements: { calls_per_request: number; exec_ms_per_request: number; query: string }[];
  /** Postgres's own time executing statements, per request. */
  exec_ms_per_request: number;
  /** Postgres's time planning them, per request (a statement prepared once is planned less often). */
  plan_ms_per_request: number;
  top_redis_commands: { calls_per_request: number; command: string }[];
}

/** Zeroes both servers' counters; call before the work to measure. */
export async function resetRoundTrips(pool: pg.Pool, redisUrl: string): Promise<void> {
  await pool.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  await pool.query('SELECT pg_stat_statements_reset()');
  const redis = new Redis(redisUrl);
  try {
    await redis.config('RESETSTAT');
  } finally {
    redis.disconnect();
  }
}

const per = (calls: number, n: number) => Math.round((calls / n) * 100) / 100;
const msPer = (ms: number, n: number) => Math.round((ms / n) * 1000) / 1000;

/** The counters since the last reset, divided by `n` requests. */
export async function readRoundTrips(pool: pg.Pool, redisUrl: string, n: number): Promise<RoundTrips> {
  const { rows } = await pool.query<{ calls: string; ms: number; plan_ms: number; query: string }>(
    `SELECT calls::text, total_exec_time AS ms, total_plan_time AS plan_ms, query FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
      WHERE d.datname = current_database() AND query NOT ILIKE '%pg_stat_statements%' AND query NOT ILIKE 'SELECT count(*) AS n FROM%' ORDER BY s.total_exec_time DESC`,
  );
  const redis = new Redis(redisUrl);
  let info: string;
  try {
    info = await redis.info('commandstats');
  } finally {
    redis.disconnect();
  }
  const commands = [...info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)].map((m) => ({ command: m[1]!, calls: Number(m[2]) }))
    .filter((c) => !['config', 'info'].includes(c.command))
    .sort((a, b) => b.calls - a.calls);
  const statements = rows.reduce((sum, r) => sum + Number(r.calls), 0);
  return {
    statements_per_request: per(statements, n),
    exec_ms_per_request: msPer(rows.reduce((sum, r) => sum + r.ms, 0), n),
    plan_ms_per_request: msPer(rows.reduce((sum, r) => sum + r.plan_ms, 0), n),
    redis_commands_per_request: per(commands.reduce((s, c) => s + c.calls, 0), n),
    top_statements: rows.slice(0, 30).map((r) => ({ calls_per_request: per(Number(r.calls), n), exec_ms_per_request: msPer(r.ms, n), query: r.query.replace(/\s+/g, ' ').slice(0, 140) })),
    top_redis_commands: commands.slice(0, 20).map((c) => ({ calls_per_request: per(c.calls, n), command: c.command })),
  };
}

export function formatRoundTrips(label: string, r: RoundTrips): string {
  return [
    `${label}: ${r.statements_per_request} Postgres statements (${r.exec_ms_per_request} ms executing, ${r.plan_ms_per_request} ms planning) and ${r.redis_commands_per_request} Redis commands per request`,
    '  calls  exec ms  (per request, busiest first)',
    ...r.top_statements.map((s) => `  ${String(s.calls_per_request).padStart(6)}  ${s.exec_ms_per_request.toFixed(3).padStart(7)}  ${s.query}`),
    ...r.top_redis_commands.map((c) => `  ${String(c.calls_per_request).padStart(6)}  redis ${c.command}`),
  ].join('\n');
}
