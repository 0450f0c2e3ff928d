import type { Queryable } from '../db/pool.js';
import { canMove, type RequestState } from './state-rules.js';
import { formatReference } from './reference.js';
import type { Evidence } from '../understanding/evidence.js';

/** Data access for requests and their append-only events. */

export interface RequestRow {
  id: string;
  reference: string;
  state: RequestState;
  instagramUsername: string | null;
  senderEmail: string | null;
  confirmationEmail: string | null;
  confirmationSource: string | null;
  statement: string | null;
  threadMessageId: string | null;
  receivedAt: Date;
  dueAt: Date;
  inventory: unknown;
  deletedCounts: unknown;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  completedAt: Date | null;
  /** ISO 639-1 code of the language replies to the requester use. */
  language: string;
  /** The requester's mail as authenticated by the receiving server (Authentication-Results). */
  senderAuth: Record<string, unknown> | null;
  extendedAt: Date | null;
  extendedBy: string | null;
  extensionReason: string | null;
  lastReminderAt: Date | null;
  escalatedAt: Date | null;
  purgedAt: Date | null;
  usernameHash: string | null;
  /** `email` (a mail to the mailbox) or `meta` (Meta's data-deletion callback). */
  source: RequestSource;
  /** The app-scoped Instagram user id a Meta callback named; null for mail. */
  metaUserId: string | null;
  /** Public code of the status page (Meta's requesters); null for mail. */
  statusCode: string | null;
  /** The handle the reader found in a possible request (state `triage`), for staff to confirm; null otherwise. */
  suggestedUsername?: string | null;
}

export type RequestSource = 'email' | 'meta';

const COLUMNS = `id, reference, state, instagram_username, sender_email, confirmation_email,
  confirmation_source, statement, thread_message_id, received_at, due_at, inventory, deleted_counts,
  decided_by, decided_at, decision_reason, completed_at, language, sender_auth, extended_at, extended_by,
  extension_reason, last_reminder_at, escalated_at, purged_at, username_hash, source, meta_user_id, status_code,
  suggested_username`;

function toRow(r: Record<string, unknown>): RequestRow {
  return {
    id: r.id as string,
    reference: r.reference as string,
    state: r.state as RequestState,
    instagramUsername: r.instagram_username as string | null,
    senderEmail: r.sender_email as string | null,
    confirmationEmail: r.confirmation_email as string | null,
    confirmationSource: r.confirmation_source as string | null,
    statement: r.statement as string | null,
    threadMessageId: r.thread_message_id as string | null,
    receivedAt: r.received_at as Date,
    dueAt: r.due_at as Date,
    inventory: r.inventory,
    deletedCounts: r.deleted_counts,
    decidedBy: r.decided_by as string | null,
    decidedAt: r.decided_at as Date | null,
    decisionReason: r.decision_reason as string | null,
    completedAt: r.completed_at as Date | null,
    language: r.language as string,
    senderAuth: r.sender_auth as Record<string, unknown> | null,
    extendedAt: r.extended_at as Date | null,
    extendedBy: r.extended_by as string | null,
    extensionReason: r.extension_reason as string | null,
    lastReminderAt: r.last_reminder_at as Date | null,
    escalatedAt: r.escalated_at as Date | null,
    purgedAt: r.purged_at as Date | null,
    usernameHash: r.username_hash as string | null,
    source: r.source as RequestSource,
    metaUserId: r.meta_user_id as string | null,
    statusCode: r.status_code as string | null,
    suggestedUsername: r.suggested_username as string | null,
  };
}

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
  /** Which rule found each field (rule names only, no personal data); kept on the `received` event. */
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

/** Inserts a request in state `received` (or `triage`) with the next reference of its year, and its first event. */
export async function insertRequest(db: Queryable, n: NewRequest): Promise<RequestRow> {
  const year = n.receivedAt.getUTCFullYear();
  const { rows: c } = await db.query(
    `INSERT INTO reference_counters (year, last_value) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last_value = reference_counters.last_value + 1
     RETURNING last_value`,
    [year],
  );
  const reference = formatReference(year, c[0].last_value as number);
  const { rows } = await db.query(
    `INSERT INTO requests (reference, state, instagram_username, sender_email, confirmation_email,
       confirmation_source, statement, source_message_id, thread_message_id, received_at, due_at,
       language, sender_auth, source, meta_user_id, status_code, suggested_username)
     VALUES ($1, $16, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $17)
     RETURNING ${COLUMNS}`,
    [reference, n.instagramUsername, n.senderEmail, n.confirmationEmail, n.confirmationSource, n.statement,
     n.sourceMessageId, n.threadMessageId, n.receivedAt, n.dueAt, n.language ?? 'en',
     n.senderAuth ? JSON.stringify(n.senderAuth) : null, n.source ?? 'email', n.metaUserId ?? null, n.statusCode ?? null,
     n.state ?? 'received', n.suggestedUsername ?? null],
  );
  const row = toRow(rows[0]);
  await addEvent(db, row.id, { type: row.state, toState: row.state, actor: row.source === 'meta' ? 'meta' : 'intake', ...(n.evidence ? { detail: { evidence: n.evidence } } : {}) });
  return row;
}

export interface EventInput {
  type: string;
  fromState?: RequestState | null;
  toState?: RequestState | null;
  actor?: string | null;
  detail?: Record<string, unknown>;
}

export async function addEvent(db: Queryable, requestId: string, e: EventInput): Promise<void> {
  await db.query(
    `INSERT INTO request_events (request_id, type, from_state, to_state, actor, detail)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [requestId, e.type, e.fromState ?? null, e.toState ?? null, e.actor ?? null, JSON.stringify(e.detail ?? {})],
  );
}

/** Column values a move may set along with the state. */
export interface MoveSet {
  inventory?: unknown;
  deletedCounts?: unknown;
  decidedBy?: string;
  decidedAt?: Date;
  decisionReason?: string | null;
  completedAt?: Date;
  instagramUsername?: string;
}

const SET_COLUMNS: Record<keyof MoveSet, string> = {
  inventory: 'inventory',
  deletedCounts: 'deleted_counts',
  decidedBy: 'decided_by',
  decidedAt: 'decided_at',
  decisionReason: 'decision_reason',
  completedAt: 'completed_at',
  instagramUsername: 'instagram_username',
};

/**
 * Moves a request from `from` to `to` with one guarded UPDATE and records the
 * event. Returns false, changing nothing, when the request is no longer in
 * `from` (another attempt got there first): that is what makes jobs idempotent.
 */
export async function moveState(
  db: Queryable,
  requestId: string,
  from: RequestState,
  to: RequestState,
  event: Omit<EventInput, 'fromState' | 'toState'>,
  set: MoveSet = {},
): Promise<boolean> {
  if (!canMove(from, to)) throw new Error(`A request cannot move from ${from} to ${to}`);
  const assignments = ['state = $3', 'updated_at = now()'];
  const values: unknown[] = [requestId, from, to];
  for (const [key, value] of Object.entries(set) as [keyof MoveSet, unknown][]) {
    if (value === undefined) continue;
    const isJson = key === 'inventory' || key === 'deletedCounts';
    values.push(isJson ? JSON.stringify(value) : value);
    assignments.push(`${SET_COLUMNS[key]} = $${values.length}`);
  }
  // The guarded update and its event in one statement: no event without the move.
  values.push(event.type, event.actor ?? null, JSON.stringify(event.detail ?? {}));
  const n = values.length;
  const { rows } = await db.query(
    `WITH moved AS (
       UPDATE requests SET ${assignments.join(', ')} WHERE id = $1 AND state = $2 RETURNING id
     ), event AS (
       INSERT INTO request_events (request_id, type, from_state, to_state, actor, detail)
       SELECT id, $${n - 2}, $2, $3, $${n - 1}, $${n}::jsonb FROM moved
     )
     SELECT count(*)::int AS n FROM moved`,
    values,
  );
  return rows[0].n > 0;
}

export async function getRequest(db: Queryable, id: string, forUpdate = false): Promise<RequestRow | null> {
  const { rows } = await db.query(`SELECT ${COLUMNS} FROM requests WHERE id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`, [id]);
  return rows[0] ? toRow(rows[0]) : null;
}

export async function getRequestByReference(db: Queryable, reference: string, forUpdate = false): Promise<RequestRow | null> {
  const { rows } = await db.query(
    `SELECT ${COLUMNS} FROM requests WHERE reference = upper($1) ${forUpdate ? 'FOR UPDATE' : ''}`,
    [reference.trim()],
  );
  return rows[0] ? toRow(rows[0]) : null;
}

export interface EventRow {
  at: Date;
  type: string;
  fromState: string | null;
  toState: string | null;
  actor: string | null;
  detail: Record<string, unknown>;
}

export async function listEvents(db: Queryable, requestId: string): Promise<EventRow[]> {
  const { rows } = await db.query(
    `SELECT at, type, from_state, to_state, actor, detail FROM request_events WHERE request_id = $1 ORDER BY id`,
    [requestId],
  );
  return rows.map((r) => ({ at: r.at, type: r.type, fromState: r.from_state, toState: r.to_state, actor: r.actor, detail: r.detail }));
}

/** Requests the bot has work on: the reconciler re-queues these after a crash or a Redis loss. */
export async function requestsNeedingWork(db: Queryable, states: readonly RequestState[]): Promise<{ id: string; state: RequestState }[]> {
  const { rows } = await db.query(`SELECT id, state FROM requests WHERE state = ANY($1) ORDER BY received_at LIMIT 1000`, [states]);
  return rows as { id: string; state: RequestState }[];
}

/**
 * The sender's most recent request still waiting for its username, locked: a
 * complete request they send later without threading answers it.
 */
export async function findNeedsInfoRequestOfSender(db: Queryable, sender: string): Promise<RequestRow | null> {
  const { rows } = await db.query(
    `SELECT ${COLUMNS} FROM requests
      WHERE state = 'needs_info' AND sender_email = $1
      ORDER BY received_at DESC LIMIT 1
        FOR UPDATE`,
    [sender],
  );
  return rows[0] ? toRow(rows[0]) : null;
}

/** The open request in needs_info that a reply in the same thread (or naming its reference) answers, locked. */
export async function findNeedsInfoRequest(db: Queryable, ids: readonly string[], reference: string | null): Promise<RequestRow | null> {
  const { rows } = await db.query(
    `SELECT ${COLUMNS}
       FROM requests r
      WHERE r.state = 'needs_info'
        AND ( EXISTS (SELECT 1 FROM outbox o WHERE o.request_id = r.id AND o.message_id = ANY($1))
              OR r.thread_message_id = ANY($1)
              OR r.reference = $2 )
      ORDER BY r.received_at DESC LIMIT 1
        FOR UPDATE`,
    [ids, reference],
  );
  return rows[0] ? toRow(rows[0]) : null;
}
