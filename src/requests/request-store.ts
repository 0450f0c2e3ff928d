import type { Queryable } from '../db/pool.js';
import { canMove, type RequestState } from './state-rules.js';
import { insertRequests, type NewRequest } from './insert-requests.js';
import { REQUEST_COLUMNS, toRequestRow, type RequestRow } from './request-row.js';

/** Data access for requests and their append-only events (docs/REQUEST-STORE.md lists every statement and its module). */

export type { RequestRow, RequestSource } from './request-row.js';
export type { NewRequest } from './insert-requests.js';


/** Inserts one request in state `received` (or `triage`) with the next reference of its year, and its first event. */
export async function insertRequest(db: Queryable, n: NewRequest): Promise<RequestRow> {
  return (await insertRequests(db, [n]))[0]!;
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
  const { rows } = await db.query(`SELECT ${REQUEST_COLUMNS} FROM requests WHERE id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`, [id]);
  return rows[0] ? toRequestRow(rows[0]) : null;
}

export async function getRequestByReference(db: Queryable, reference: string, forUpdate = false): Promise<RequestRow | null> {
  const { rows } = await db.query(
    `SELECT ${REQUEST_COLUMNS} FROM requests WHERE reference = upper($1) ${forUpdate ? 'FOR UPDATE' : ''}`,
    [reference.trim()],
  );
  return rows[0] ? toRequestRow(rows[0]) : null;
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
