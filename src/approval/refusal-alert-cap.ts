import type { Queryable } from '../db/pool.js';

/**
 * Forged or stray decision attempts can come by the hundred. Each one is recorded, but only
 * the first `perHour` within any hour get their own alert; the others are summed up in one
 * digest (refusal-digest.ts). Pure rule plus the two statements it needs; callers hold the
 * transaction.
 */

/** Serialises everything that counts or claims refused attempts, until the transaction ends. */
export async function lockRefusalAlerts(db: Queryable): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtext('deletion-bot:refusal-alerts'))`);
}

/** True when an attempt refused now may still get an alert of its own. */
export function mayAlertIndividually(alertedInLastHour: number, perHour: number): boolean {
  return alertedInLastHour < perHour;
}

/**
 * Records a refused mail attempt and says whether it gets its own alert. Serialised by an
 * advisory lock so that several workers refusing at once cannot all slip under the cap.
 */
export async function recordRefusedAttempt(
  db: Queryable,
  requestId: string | null,
  reason: string,
  perHour: number,
): Promise<{ id: string; alert: boolean }> {
  await lockRefusalAlerts(db);
  const { rows } = await db.query<{ n: string }>(
    `SELECT count(*) AS n FROM refused_attempts WHERE alerted AND at > now() - interval '1 hour'`,
  );
  const alert = mayAlertIndividually(Number(rows[0]?.n ?? 0), perHour);
  const ins = await db.query<{ id: string }>(
    `INSERT INTO refused_attempts (request_id, reason, alerted) VALUES ($1, $2, $3) RETURNING id`,
    [requestId, reason, alert],
  );
  return { id: ins.rows[0]!.id, alert };
}
