import { inTransaction, type Pool } from '../db/pool.js';
import { addStaffAlert, type StaffAlertSettings } from '../mail-out/staff-alert.js';
import { lockRefusalAlerts } from './refusal-alert-cap.js';
import { REASON_LABELS, type RefusalReason } from './refusal.js';

export interface RefusalDigestDeps {
  pool: Pool;
  settings: StaffAlertSettings & { refusalAlertsPerHour: number; refusalDigestMinutes: number };
}

/**
 * One mail to staff summing up the refused decision attempts that got no alert of their own
 * (past the hourly cap), at most once every REFUSAL_DIGEST_MINUTES. Runs with housekeeping;
 * the rows are claimed in the transaction that writes the digest, so two workers send it once.
 * Returns the outbox ids to queue.
 */
export async function sendRefusalDigest(deps: RefusalDigestDeps): Promise<string[]> {
  const s = deps.settings;
  return inTransaction(deps.pool, async (tx) => {
    await lockRefusalAlerts(tx);
    const recent = await tx.query(
      `SELECT 1 FROM outbox
        WHERE created_at > now() - make_interval(mins => $1)
          AND id IN (SELECT digest_outbox_id FROM refused_attempts WHERE digest_outbox_id IS NOT NULL)
        LIMIT 1`,
      [s.refusalDigestMinutes],
    );
    if (recent.rowCount) return [];
    const { rows } = await tx.query<{ reason: RefusalReason; n: string; first: Date; last: Date; requests: string }>(
      `SELECT reason, count(*) AS n, min(at) AS first, max(at) AS last, count(DISTINCT request_id) AS requests
         FROM refused_attempts WHERE NOT alerted AND digest_outbox_id IS NULL
        GROUP BY reason ORDER BY count(*) DESC, reason`,
    );
    if (rows.length === 0) return [];
    const total = rows.reduce((sum, r) => sum + Number(r.n), 0);
    const first = new Date(Math.min(...rows.map((r) => r.first.getTime())));
    const last = new Date(Math.max(...rows.map((r) => r.last.getTime())));
    const id = await addStaffAlert(tx, s, {
      requestId: null,
      reference: null,
      headline: `${total} more decision attempts were refused`,
      details: [
        `Between ${first.toISOString()} and ${last.toISOString()}, past the ${s.refusalAlertsPerHour} alerts a single hour gets one by one.`,
        ...rows.map((r) => `${REASON_LABELS[r.reason] ?? r.reason}: ${r.n} (aimed at ${r.requests} known request(s))`),
        'Each attempt is recorded (requests show REF lists those aimed at a request); none decided anything.',
      ],
    });
    await tx.query(`UPDATE refused_attempts SET digest_outbox_id = $1 WHERE NOT alerted AND digest_outbox_id IS NULL`, [id]);
    return [id];
  });
}
