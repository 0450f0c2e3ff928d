import type { Queryable } from '../db/pool.js';
import { plannedEachRun } from '../db/prepared-statements.js';
import type { Evidence } from '../understanding/evidence.js';
import { REQUEST_COLUMNS, toRequestRow, type RequestRow, type RequestSource } from './request-row.js';
import { reserveReferences } from './reserve-references.js';

export interface NewRequest {
  instagramUsername: string | null;
  senderEmail: string | null;
  confirmationEmail: string | null;
  confirmationSource: string | null;
  statement: string | null;
  /** The stored mail that opened it; null for a Meta callback. */
  sourceMessageId: string | null;
  threadMessageId: string | null;
  receivedAt: Date;
  dueAt: Date;
  /** Defaults to English. */
  language?: string;
  senderAuth?: Record<string, unknown> | null;
  /** Which rule found each field (rule names only, no personal data); kept on the first event. */
  evidence?: Evidence | null;
  /** Defaults to `email`. */
  source?: RequestSource;
  metaUserId?: string | null;
  statusCode?: string | null;
  /** `received` (the default), or `triage` for a possible request staff decide on (src/triage/). */
  state?: 'received' | 'triage';
  /** The handle the reader found in a possible request, for staff to confirm. */
  suggestedUsername?: string | null;
}

/**
 * Inserts requests, each with the next reference of its year and its first event (type and
 * state `received` or `triage`, by `intake` or `meta`, with the reading's evidence): the one
 * INSERT of a request, for one request or a run of them. With `handledAs`, the stored mail each
 * came from is recorded as handled under that kind in the same statement. Returns the rows
 * in the order given. Run in a transaction with {@link reserveReferences}'s counter update.
 */
export async function insertRequests(db: Queryable, requests: readonly NewRequest[], handledAs?: readonly string[]): Promise<RequestRow[]> {
  if (requests.length === 0) return [];
  const references = await reserveReferences(db, requests.map((n) => n.receivedAt.getUTCFullYear()));
  const rows = requests.map((n, i) => ({
    ord: i,
    reference: references[i],
    state: n.state ?? 'received',
    instagram_username: n.instagramUsername,
    sender_email: n.senderEmail,
    confirmation_email: n.confirmationEmail,
    confirmation_source: n.confirmationSource,
    statement: n.statement,
    source_message_id: n.sourceMessageId,
    thread_message_id: n.threadMessageId,
    received_at: n.receivedAt.toISOString(),
    due_at: n.dueAt.toISOString(),
    language: n.language ?? 'en',
    sender_auth: n.senderAuth ?? null,
    source: n.source ?? 'email',
    meta_user_id: n.metaUserId ?? null,
    status_code: n.statusCode ?? null,
    suggested_username: n.suggestedUsername ?? null,
    evidence: n.evidence ?? null,
    handled_as: handledAs?.[i] ?? null,
  }));
  const { rows: inserted } = await db.query(plannedEachRun(
    `WITH x AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(ord int, reference text, state text, instagram_username text,
         sender_email text, confirmation_email text, confirmation_source text, statement text, source_message_id uuid,
         thread_message_id text, received_at timestamptz, due_at timestamptz, language text, sender_auth jsonb, source text,
         meta_user_id text, status_code text, suggested_username text, evidence jsonb, handled_as text)
     ), r AS (
       INSERT INTO requests (reference, state, instagram_username, sender_email, confirmation_email, confirmation_source,
         statement, source_message_id, thread_message_id, received_at, due_at, language, sender_auth, source,
         meta_user_id, status_code, suggested_username)
       SELECT reference, state, instagram_username, sender_email, confirmation_email, confirmation_source,
         statement, source_message_id, thread_message_id, received_at, due_at, language, sender_auth, source,
         meta_user_id, status_code, suggested_username
         FROM x ORDER BY ord
       RETURNING ${REQUEST_COLUMNS}, source_message_id
     ), e AS (
       INSERT INTO request_events (request_id, type, from_state, to_state, actor, detail)
       SELECT r.id, r.state, NULL, r.state, CASE WHEN r.source = 'meta' THEN 'meta' ELSE 'intake' END,
              CASE WHEN x.evidence IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('evidence', x.evidence) END
         FROM r JOIN x ON x.reference = r.reference ORDER BY x.ord
     ), m AS (
       UPDATE inbound_messages SET kind = x.handled_as, request_id = r.id, processed_at = now()
         FROM r JOIN x ON x.reference = r.reference
        WHERE x.handled_as IS NOT NULL AND inbound_messages.id = r.source_message_id
     )
     SELECT r.*, x.ord FROM r JOIN x ON x.reference = r.reference ORDER BY x.ord`,
    [JSON.stringify(rows)],
  ));
  return inserted.map(toRequestRow);
}
