import { mayAlertIndividually } from '../approval/refusal-alert-cap.js';
import type { Queryable } from '../db/pool.js';
import type { Logger } from '../log/logger.js';
import { addEvent } from '../requests/request-store.js';

/**
 * Possible requests can come by the hundred (a campaign, a spam run that names the
 * GDPR). Each one is kept for triage, but only the first REFUSAL_ALERTS_PER_HOUR within
 * any hour get a triage notification of their own; the others are listed in one digest
 * (triage-digest.ts), at most every REFUSAL_DIGEST_MINUTES: the same cap and rhythm as
 * the alerts about refused decisions, counted apart from them. Callers hold the
 * transaction that opens the possible request.
 */

/** The event that marks a possible request whose notice waits for the digest. */
export const NOTICE_DEFERRED = 'triage_notice_deferred';

/** Serialises everything that counts or claims triage notices, until the transaction ends. */
export async function lockTriageAlerts(db: Queryable): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtext('deletion-bot:triage-alerts'))`);
}

/** The hourly cap (the same setting as refused decision attempts') and a log. */
export interface TriageNoticeCapDeps {
  log: Logger;
  settings: { refusalAlertsPerHour: number };
}

/**
 * True when the possible request `requestId` may get its own triage notification now:
 * fewer than the cap were written in the last hour. Otherwise records on the request that
 * its notice waits for the digest, and returns false: write no notification then. Call it
 * in the transaction that writes the notification, just before: an advisory lock held to
 * the commit keeps several workers from all slipping under the cap at once.
 */
export async function shouldSendTriageNotice(tx: Queryable, deps: TriageNoticeCapDeps, requestId: string): Promise<boolean> {
  await lockTriageAlerts(tx);
  const { rows } = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM outbox WHERE purpose = 'staff_triage' AND created_at > now() - interval '1 hour'`,
  );
  const perHour = deps.settings.refusalAlertsPerHour;
  if (mayAlertIndividually(rows[0]?.n ?? 0, perHour)) return true;
  await addEvent(tx, requestId, { type: NOTICE_DEFERRED, actor: 'bot', detail: { perHour } });
  deps.log.info({ component: 'triage' }, 'triage notice left for the digest: over the hourly cap');
  return false;
}
