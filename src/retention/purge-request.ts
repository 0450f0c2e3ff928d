import { inTransaction, type Pool, type PoolClient } from '../db/pool.js';
import type { Logger } from '../log/logger.js';
import { addEvent } from '../requests/request-store.js';
import { STATES, isFinal } from '../requests/state-rules.js';
import { scrubActor, scrubJson, scrubText, type PersonalValues } from './scrub-personal.js';
import { hasLeftovers } from './leftovers.js';
import { usernameHash } from './username-hash.js';

export const FINAL_STATES = STATES.filter(isFinal);

/**
 * What purging needs: the addresses that are never the requester's (staff, the bot), the key of
 * the username hash kept, the retention period recorded on the purge, a clock and a log.
 */
export interface PurgeDeps {
  pool: Pool;
  log: Logger;
  now: () => Date;
  settings: { staffEmails: string[]; botAddress: string; approvalSecret: string; retentionDays: number };
}

export type PurgeOutcome =
  | { purged: true; rawMessages: number; mails: number; events: number }
  | { purged: false; why: 'gone' | 'already_purged' | 'not_final' | 'mail_pending' };

interface Locked {
  reference: string;
  username: string | null;
  sender: string | null;
  confirmation: string | null;
  decidedBy: string | null;
  extendedBy: string | null;
  purgedAt: Date | null;
  state: (typeof STATES)[number];
}

async function lockRequest(tx: PoolClient, id: string): Promise<Locked | null> {
  const { rows } = await tx.query(
    `SELECT reference, instagram_username, sender_email, confirmation_email, decided_by, extended_by, purged_at, state
       FROM requests WHERE id = $1 FOR UPDATE`,
    [id],
  );
  const r = rows[0];
  return r ? {
    reference: r.reference, username: r.instagram_username, sender: r.sender_email, confirmation: r.confirmation_email,
    decidedBy: r.decided_by, extendedBy: r.extended_by, purgedAt: r.purged_at, state: r.state,
  } : null;
}

/** Every address the request's mail and events name that is not staff: all of it is the requester's side. */
async function outsiderAddresses(tx: PoolClient, id: string, keep: Set<string>): Promise<string[]> {
  const { rows } = await tx.query(
    `SELECT DISTINCT lower(a) AS a FROM (
       SELECT unnest(to_addresses) AS a FROM outbox WHERE request_id = $1
       UNION SELECT actor FROM request_events WHERE request_id = $1 AND actor LIKE '%@%') x`,
    [id],
  );
  return rows.map((r) => r.a as string).filter((a) => !keep.has(a));
}

/**
 * Purges the bot's copy of one ended request's personal data, in one
 * transaction with the request locked: the raw mails, the username, the
 * addresses, the statement, the thread id, the mail bodies and recipients,
 * and personal values inside the audit trail. What stays is the minimal
 * record: reference, dates, decision and who decided (staff), counts per
 * table, the sender's authentication results, and a keyed hash of the
 * username. A second run finds purged_at set and does nothing, unless
 * personal data reached the request after its purge (a late reply): that is
 * purged the same way.
 *
 * The audit trail is append-only except for this: the law that makes us keep
 * the record also makes us drop the personal data inside it.
 */
export async function purgeRequest(deps: PurgeDeps, requestId: string): Promise<PurgeOutcome> {
  return inTransaction(deps.pool, async (tx) => {
    const r = await lockRequest(tx, requestId);
    if (!r) return { purged: false, why: 'gone' };
    if (!isFinal(r.state)) return { purged: false, why: 'not_final' };
    // A mail still owed (SMTP down for weeks) must go out whole: purge on a later tick.
    const { rows: pending } = await tx.query(`SELECT 1 FROM outbox WHERE request_id = $1 AND state = 'pending' LIMIT 1`, [requestId]);
    if (pending.length > 0) return { purged: false, why: 'mail_pending' };

    const keep = new Set([...deps.settings.staffEmails, deps.settings.botAddress, r.decidedBy, r.extendedBy]
      .filter((a): a is string => Boolean(a)).map((a) => a.toLowerCase()));
    // Purged already: only what arrived afterwards (a late reply) is left to purge.
    const after = r.purgedAt !== null;
    if (after && !(await hasLeftovers(tx, requestId, [...keep]))) return { purged: false, why: 'already_purged' };
    const requester = [r.sender, r.confirmation].filter((a): a is string => Boolean(a)).map((a) => a.toLowerCase());
    const p: PersonalValues = {
      username: r.username,
      addresses: [...new Set([...requester, ...(await outsiderAddresses(tx, requestId, keep))])],
      keep: [...keep],
    };

    const raw = await tx.query(
      `UPDATE inbound_messages SET raw = NULL
        WHERE raw IS NOT NULL AND (request_id = $1 OR id = (SELECT source_message_id FROM requests WHERE id = $1))`,
      [requestId],
    );
    const mails = await tx.query(
      `UPDATE outbox SET to_addresses = '{}', subject = '', text_body = '', html_body = NULL,
              in_reply_to = NULL, references_ids = '{}', last_error = NULL
        WHERE request_id = $1`,
      [requestId],
    );

    const { rows: events } = await tx.query(`SELECT id, actor, detail FROM request_events WHERE request_id = $1`, [requestId]);
    let eventsChanged = 0;
    for (const e of events) {
      const actor = scrubActor(e.actor, p, requester);
      const detail = scrubJson(e.detail, p);
      if (actor === e.actor && JSON.stringify(detail) === JSON.stringify(e.detail)) continue;
      await tx.query(`UPDATE request_events SET actor = $2, detail = $3 WHERE id = $1`, [e.id, actor, JSON.stringify(detail)]);
      eventsChanged += 1;
    }

    const { rows: kept } = await tx.query(
      `SELECT inventory, deleted_counts, decision_reason, extension_reason, sender_auth FROM requests WHERE id = $1`,
      [requestId],
    );
    const k = kept[0];
    const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(scrubJson(v, p)));
    const text = (v: string | null) => (v === null ? null : scrubText(v, p));
    // Meta's user id identifies the person: every callback that named it (the request's, and
    // deauthorizations, which belong to no request) keeps only the fact.
    await tx.query(
      `UPDATE meta_callbacks SET meta_user_id = '(purged)'
        WHERE request_id = $1 OR meta_user_id = (SELECT meta_user_id FROM requests WHERE id = $1)`,
      [requestId],
    );
    await tx.query(
      `UPDATE requests SET instagram_username = NULL, sender_email = NULL, confirmation_email = NULL,
              statement = NULL, thread_message_id = NULL, meta_user_id = NULL, suggested_username = NULL,
              inventory = $2, deleted_counts = $3, decision_reason = $4, extension_reason = $5, sender_auth = $6,
              username_hash = coalesce($7, username_hash), purged_at = $8
        WHERE id = $1 AND purged_at IS NULL`,
      [requestId, json(k.inventory), json(k.deleted_counts), text(k.decision_reason), text(k.extension_reason),
       json(k.sender_auth), r.username ? usernameHash(deps.settings.approvalSecret, r.username) : null, deps.now()],
    );
    const counts = { rawMessages: raw.rowCount ?? 0, mails: mails.rowCount ?? 0, events: eventsChanged };
    await addEvent(tx, requestId, {
      type: 'purged', actor: 'bot',
      detail: after
        ? { ...counts, afterPurge: true }
        : { ...counts, retentionDays: deps.settings.retentionDays, usernameHashKept: r.username !== null },
    });
    deps.log.info({ component: 'retention', ref: r.reference, ...counts }, 'personal data purged');
    return { purged: true, ...counts };
  });
}
