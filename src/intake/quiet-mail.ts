import type { Queryable } from '../db/pool.js';
import { plannedEachRun } from '../db/prepared-statements.js';
import type { MailRoute } from './route-mail.js';
import { resentCondition } from '../mail-in/resent-mail.js';

/**
 * Mail the bot leaves alone: the newsletters, notices and everyday mail of a shared
 * mailbox, auto-replies, its own mail coming back. Handled one at a time
 * (handle-stored-message.ts) such a mail is only recorded, under its kind, or as
 * 'resent' when an earlier copy with its Message-ID from the same sender was acted on;
 * so a run of them is recorded with one statement instead of a transaction each.
 */
export interface QuietMail {
  id: string;
  /** The kind it is recorded as, unless Postgres finds it resent. */
  kind: string;
  /** The sender whose earlier copy would make it 'resent'; null: never resent. */
  resentFrom: string | null;
}

/**
 * The quiet record of a mail, or null when it must be handled alone: a request, a
 * possible request, a decision attempt, and any mail that could answer a request waiting
 * for its username (it names a thread or a reference: answer-needs-info.ts).
 */
export function quietMail(id: string, route: MailRoute): QuietMail | null {
  if (route.to === 'record') return { id, kind: route.kind, resentFrom: null };
  if (route.to === 'decision' || route.opens !== null || route.inThread) return null;
  return { id, kind: route.understood.understanding.kind, resentFrom: route.mail.from?.address ?? null };
}

/**
 * Records quiet mails as handled, each once: one not yet handled gets its kind, or
 * 'resent' as isResentRequestMail would say. Returns the ids this call handled, with
 * the kind each was given (another run of the same job may have handled the rest).
 */
export async function recordQuietMail(db: Queryable, mails: readonly QuietMail[]): Promise<{ id: string; kind: string }[]> {
  if (mails.length === 0) return [];
  const { rows } = await db.query(plannedEachRun(
    `WITH x AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, kind text, resent_from text))
     UPDATE inbound_messages me
        SET kind = CASE WHEN x.resent_from IS NOT NULL AND ${resentCondition('me', 'x.resent_from')} THEN 'resent' ELSE x.kind END,
            request_id = NULL, processed_at = now()
       FROM x
      WHERE me.id = x.id AND me.processed_at IS NULL
     RETURNING me.id, me.kind`,
    [JSON.stringify(mails.map((m) => ({ id: m.id, kind: m.kind, resent_from: m.resentFrom })))],
  ));
  return rows.map((r) => ({ id: r.id as string, kind: r.kind as string }));
}
