// Small helpers shared by the measures: a clock, polling a count, the bot's counters.
import pg from 'pg';

export const seconds = (since: bigint): number => Number(process.hrtime.bigint() - since) / 1e9;
export const now = (): bigint => process.hrtime.bigint();

/** Polls `read` until it returns at least `target`; throws after `timeoutMs` with what was reached. */
export async function waitForCount(what: string, read: () => Promise<number>, target: number, timeoutMs: number, everyMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const last = await read();
    if (last >= target) return;
    if (Date.now() > deadline) throw new Error(`${what}: reached ${last} of ${target} within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export function countQuery(pool: pg.Pool, sql: string): () => Promise<number> {
  return async () => Number((await pool.query(sql)).rows[0].n);
}

/** Sum of `deletion_bot_jobs_total` on the bot's /metrics: every queue job it ran. */
export async function jobsRun(httpPort: string): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${httpPort}/metrics`);
  const text = await res.text();
  let sum = 0;
  for (const m of text.matchAll(/^deletion_bot_jobs_total(?:\{[^}]*\})? (\d+(?:\.\d+)?)$/gm)) sum += Number(m[1]);
  return sum;
}

export const round = (x: number, digits = 2): number => Number(x.toFixed(digits));
