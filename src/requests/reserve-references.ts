import type { Queryable } from '../db/pool.js';
import { formatReference } from './reference.js';

/**
 * The next references of the given years, one per entry, in order (DR-2026-00042...): one
 * counter update per distinct year, whatever the number of requests. Run in the transaction
 * that inserts the requests, so a reference is never lost to a rollback nor given twice.
 */
export async function reserveReferences(tx: Queryable, years: readonly number[]): Promise<string[]> {
  const wanted = new Map<number, number>();
  for (const y of years) wanted.set(y, (wanted.get(y) ?? 0) + 1);
  const next = new Map<number, number>();
  // In year order: two transactions spanning the same years lock their counters in the same order.
  for (const [year, n] of [...wanted].sort((a, b) => a[0] - b[0])) {
    const { rows } = await tx.query(
      `INSERT INTO reference_counters (year, last_value) VALUES ($1, $2)
       ON CONFLICT (year) DO UPDATE SET last_value = reference_counters.last_value + $2
       RETURNING last_value`,
      [year, n],
    );
    next.set(year, (rows[0].last_value as number) - n + 1);
  }
  return years.map((y) => {
    const counter = next.get(y)!;
    next.set(y, counter + 1);
    return formatReference(y, counter);
  });
}
