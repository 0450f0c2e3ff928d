import type { BotContext } from '../app/context.js';
import { DAY_MS } from '../sla/sla-clock.js';
import { leftoversWhere } from './leftovers.js';
import { FINAL_STATES, purgeRequest } from './purge-request.js';

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

/**
 * The retention purge: every request that ended (completed, rejected,
 * cancelled) RETENTION_DAYS ago or more loses its personal data; so does the
 * raw copy of every other message older than that which no open request needs,
 * and every sent mail older than that which belongs to no request (its text
 * names the sender of the mail it is about).
 */
export async function purgeExpired(ctx: BotContext): Promise<PurgeSummary> {
  const cutoff = new Date(ctx.now().getTime() - ctx.settings.retentionDays * DAY_MS);
  const keep = [...ctx.settings.staffEmails, ctx.settings.botAddress].map((a) => a.toLowerCase());
  const { rows } = await ctx.pool.query(
    `SELECT id FROM requests r
      WHERE state = ANY($1)
        AND ((purged_at IS NULL AND coalesce(completed_at, decided_at, updated_at) <= $2)
             OR (purged_at IS NOT NULL AND ${leftoversWhere(3)}))
      ORDER BY coalesce(completed_at, decided_at, updated_at)
      LIMIT 500`,
    [FINAL_STATES, cutoff, keep],
  );
  const summary: PurgeSummary = { requests: 0, waitingForMail: 0, otherMessages: 0 };
  // Callbacks from Meta that belong to no request (deauthorizations) keep Meta's user id only
  // for the retention period.
  await ctx.pool.query(
    `UPDATE meta_callbacks SET meta_user_id = '(purged)' WHERE request_id IS NULL AND at <= $1 AND meta_user_id <> '(purged)'`,
    [cutoff],
  );
  for (const { id } of rows) {
    const outcome = await purgeRequest(ctx, id as string);
    if (outcome.purged) summary.requests += 1;
    else if (outcome.why === 'mail_pending') summary.waitingForMail += 1;
  }
  const other = await ctx.pool.query(
    `UPDATE inbound_messages m SET raw = NULL
      WHERE m.raw IS NOT NULL AND m.processed_at IS NOT NULL AND m.received_at <= $1
        AND (m.request_id IS NULL
             OR EXISTS (SELECT 1 FROM requests r WHERE r.id = m.request_id AND r.purged_at IS NOT NULL))`,
    [cutoff],
  );
  const unclaimedAlerts = await ctx.pool.query(
    `UPDATE outbox SET to_addresses = '{}', subject = '', text_body = '', html_body = NULL,
            in_reply_to = NULL, references_ids = '{}', last_error = NULL
      WHERE request_id IS NULL AND state <> 'pending' AND created_at <= $1
        AND (text_body <> '' OR subject <> '' OR cardinality(to_addresses) > 0)`,
    [cutoff],
  );
  summary.otherMessages = (other.rowCount ?? 0) + (unclaimedAlerts.rowCount ?? 0);
  return summary;
}
