import { actionCode } from '../approval/action-code.js';
import { inTransaction, type Pool } from '../db/pool.js';
import type { Logger } from '../log/logger.js';
import { addStaffAlert, type StaffAlertSettings } from '../mail-out/staff-alert.js';
import { addEvent } from '../requests/request-store.js';
import { lockTriageAlerts, NOTICE_DEFERRED } from './triage-alert-cap.js';
import { renderTriageDigest, type DigestItem } from './triage-digest-mail.js';

/** The event that marks a possible request listed in a digest (detail: the digest's outbox id). */
export const DIGESTED = 'triage_digested';

/** Possible requests one digest lists at most; the rest wait for the next one. */
export const DIGEST_LIMIT = 50;

export interface TriageDigestDeps {
  pool: Pool;
  log: Logger;
  /** approvalSecret signs each listed request's REQUEST and IGNORE codes. */
  settings: StaffAlertSettings & { approvalSecret: string; refusalAlertsPerHour: number; refusalDigestMinutes: number };
}

/**
 * One mail to staff listing the possible requests whose notice was left for the digest
 * (triage-alert-cap.ts) and that still wait for triage, at most once every
 * REFUSAL_DIGEST_MINUTES. Runs with housekeeping; the requests are claimed (an event
 * each) in the transaction that writes the digest, under the cap's lock, so two workers
 * list each once. Returns the outbox ids to queue.
 */
export async function sendTriageDigest(deps: TriageDigestDeps): Promise<string[]> {
  const s = deps.settings;
  return inTransaction(deps.pool, async (tx) => {
    await lockTriageAlerts(tx);
    const { rows } = await tx.query(
      `SELECT r.id, r.reference, r.received_at, r.sender_email, r.suggested_username, r.language, count(*) OVER ()::int AS waiting
         FROM requests r
        WHERE r.state = 'triage'
          AND EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id AND e.type = $1)
          AND NOT EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id AND e.type = $2)
        ORDER BY r.received_at, r.reference
        LIMIT $3`,
      [NOTICE_DEFERRED, DIGESTED, DIGEST_LIMIT],
    );
    if (rows.length === 0) return [];
    // Read only when there is something to list: most ticks stop above.
    const recent = await tx.query(
      `SELECT 1 FROM request_events WHERE type = $1 AND at > now() - make_interval(mins => $2) LIMIT 1`,
      [DIGESTED, s.refusalDigestMinutes],
    );
    if (recent.rowCount) return [];
    const items: DigestItem[] = rows.map((r) => ({
      reference: r.reference, receivedAt: r.received_at, senderEmail: r.sender_email, suggestedUsername: r.suggested_username, language: r.language,
      codes: { request: actionCode(s.approvalSecret, r.id, r.reference, 'request'), ignore: actionCode(s.approvalSecret, r.id, r.reference, 'ignore') },
    }));
    const id = await addStaffAlert(tx, s, {
      requestId: null,
      mail: renderTriageDigest({ items, more: (rows[0].waiting as number) - rows.length, perHour: s.refusalAlertsPerHour }),
    });
    for (const r of rows) await addEvent(tx, r.id, { type: DIGESTED, actor: 'bot', detail: { outboxId: id } });
    deps.log.info({ component: 'triage', listed: rows.length }, 'triage digest written');
    return [id];
  });
}
