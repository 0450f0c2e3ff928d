import { DAY_MS } from '../time/day.js';
import { forEachIdInPages, PAGE_SIZE } from '../db/pages-by-id.js';
import { leftoversWhere } from './leftovers.js';
import { FINAL_STATES, purgeRequest, type PurgeDeps } from './purge-request.js';

export interface PurgeSummary {
  /** Requests whose personal data was purged on this pass (or, once purged, data that came later). */
  requests: number;
  /** Requests due for the purge but holding a mail not yet sent; tried again next pass. */
  waitingForMail: number;
  /**
   * Mails tied to no live request emptied: raw mails received (ordinary mail,
   * auto-replies, replies after a purge) and alerts sent to staff about no
   * known request (a refused attempt naming an unknown reference, an oversized mail).
   */
  otherMessages: number;
}

/** Ended requests due for the purge (first time, or leftovers after it); `keep` is $3. */
function dueForPurge(): string {
  return `r.state = ANY($1)
    AND ((r.purged_at IS NULL AND coalesce(r.completed_at, r.decided_at, r.updated_at) <= $2)
         OR (r.purged_at IS NOT NULL AND ${leftoversWhere(3)}))`;
}

const MAIL_PENDING = `EXISTS (SELECT 1 FROM outbox o WHERE o.request_id = r.id AND o.state = 'pending')`;

/**
 * One page (in id order, after `after`) of the requests due for the purge that
 * hold no mail still to send: those that do are left out here, not in the
 * loop, so however many wait for SMTP they never fill the page.
 */
async function purgeable(deps: PurgeDeps, cutoff: Date, keep: string[], after: string): Promise<string[]> {
  const { rows } = await deps.pool.query(
    `SELECT r.id FROM requests r
      WHERE ${dueForPurge()} AND NOT ${MAIL_PENDING} AND r.id > $4
      ORDER BY r.id
      LIMIT ${PAGE_SIZE}`,
    [FINAL_STATES, cutoff, keep, after],
  );
  return rows.map((r) => r.id as string);
}

async function waitingForMail(deps: PurgeDeps, cutoff: Date, keep: string[]): Promise<number> {
  const { rows } = await deps.pool.query(
    `SELECT count(*)::int AS n FROM requests r WHERE ${dueForPurge()} AND ${MAIL_PENDING}`,
    [FINAL_STATES, cutoff, keep],
  );
  return rows[0].n as number;
}

/**
 * The retention purge: every request that ended (completed, rejected,
 * cancelled, or a possible request staff ignored) RETENTION_DAYS ago or more loses its personal data; so does the
 * raw copy of every other message older than that which no open request needs,
 * and every sent mail older than that which belongs to no request (its text
 * names the sender of the mail it is about).
 */
export async function purgeExpired(deps: PurgeDeps): Promise<PurgeSummary> {
  const cutoff = new Date(deps.now().getTime() - deps.settings.retentionDays * DAY_MS);
  const keep = [...deps.settings.staffEmails, deps.settings.botAddress].map((a) => a.toLowerCase());
  const summary: PurgeSummary = { requests: 0, waitingForMail: 0, otherMessages: 0 };
  // Callbacks from Meta that belong to no request (deauthorizations) keep Meta's user id only
  // for the retention period.
  await deps.pool.query(
    `UPDATE meta_callbacks SET meta_user_id = '(purged)' WHERE request_id IS NULL AND at <= $1 AND meta_user_id <> '(purged)'`,
    [cutoff],
  );
  await forEachIdInPages((after) => purgeable(deps, cutoff, keep, after), async (id) => {
    // One whose mail was queued since the page was read is counted below as waiting.
    if ((await purgeRequest(deps, id)).purged) summary.requests += 1;
  });
  summary.waitingForMail = await waitingForMail(deps, cutoff, keep);
  const other = await deps.pool.query(
    `UPDATE inbound_messages m SET raw = NULL
      WHERE m.raw IS NOT NULL AND m.processed_at IS NOT NULL AND m.received_at <= $1
        AND (m.request_id IS NULL
             OR EXISTS (SELECT 1 FROM requests r WHERE r.id = m.request_id AND r.purged_at IS NOT NULL))`,
    [cutoff],
  );
  const unclaimedAlerts = await deps.pool.query(
    `UPDATE outbox SET to_addresses = '{}', subject = '', text_body = '', html_body = NULL,
            in_reply_to = NULL, references_ids = '{}', last_error = NULL
      WHERE request_id IS NULL AND state <> 'pending' AND created_at <= $1
        AND (text_body <> '' OR subject <> '' OR cardinality(to_addresses) > 0)`,
    [cutoff],
  );
  summary.otherMessages = (other.rowCount ?? 0) + (unclaimedAlerts.rowCount ?? 0);
  return summary;
}
