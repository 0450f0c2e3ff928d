import type { Queryable } from '../db/pool.js';
import type { ErasureResult } from './run-plan.js';

/**
 * What an erasure in the application database is about to commit, recorded in the bot's
 * database before that commit (requests.pending_deleted_counts, sql/0017): its counts and the
 * application transaction's id. Used only when the plan's tables are in another database than
 * the bot's (carry-out-deletion.ts says why and when).
 */
export interface PendingErasure {
  result: ErasureResult;
  /** pg_current_xact_id() of the application transaction, as text (an xid8). */
  appTransaction: string;
  /**
   * What earlier attempts' transactions committed before this one (`result` adds this one's
   * rows to it): kept so that this transaction failing after all does not lose their counts.
   */
  committed?: ErasureResult;
}

/**
 * The counts an attempt that resumes adds its own erasure to: what committed before the
 * recorded transaction when that one never committed ('erase'), or everything recorded when
 * it did ('erase-adding'); null when nothing committed yet.
 */
export function committedBefore(pending: PendingErasure | null, resume: Resume): ErasureResult | null {
  if (!pending) return null;
  if (resume === 'erase-adding') return pending.result;
  if (resume === 'erase') return pending.committed ?? null;
  return null;
}

/** What the application database says of a transaction: pg_xact_status(), null when too old to tell. */
export type AppTransactionStatus = 'committed' | 'aborted' | 'in progress' | null;

/** What a new attempt does with a pending erasure an earlier attempt recorded. */
export type Resume =
  /** The earlier attempt's transaction is still open (its process not yet gone): try again later. */
  | 'wait'
  /** Its erasure committed and the plan finds nothing left: complete with the recorded counts. */
  | 'complete'
  /** It never committed (or cannot be told and rows remain): erase anew, counting afresh. */
  | 'erase'
  /** It committed, yet the plan finds rows written since: erase those too, adding to the recorded counts. */
  | 'erase-adding';

/**
 * The one rule for resuming. `rowsLeft` is what the plan finds now (null when not counted, for
 * a transaction still in progress). A transaction too old for the application database to tell
 * (null) is judged by the check alone: nothing left means the recorded erasure is what removed it.
 */
export function resumeAfterCrash(status: AppTransactionStatus, rowsLeft: number | null): Resume {
  if (status === 'in progress') return 'wait';
  if (status === 'aborted') return 'erase';
  if (rowsLeft === 0) return 'complete';
  return status === 'committed' ? 'erase-adding' : 'erase';
}

/** Two erasures of the same plan as one: rows and statements added up, per step. */
export function addErasures(before: ErasureResult, after: ErasureResult): ErasureResult {
  const earlier = new Map(before.lines.map((l) => [l.id, l.rows]));
  return {
    ...after,
    accountFound: before.accountFound || after.accountFound,
    lines: after.lines.map((l) => ({ ...l, rows: l.rows + (earlier.get(l.id) ?? 0) })),
    batches: before.batches + after.batches,
    mentionsRedacted: before.mentionsRedacted || after.mentionsRedacted,
  };
}

export async function readPendingErasure(db: Queryable, requestId: string): Promise<PendingErasure | null> {
  const { rows } = await db.query(`SELECT pending_deleted_counts AS p FROM requests WHERE id = $1`, [requestId]);
  return (rows[0]?.p as PendingErasure | null | undefined) ?? null;
}

/** Records `pending` while the request is still `deleting`; false when it no longer is. */
export async function recordPendingErasure(db: Queryable, requestId: string, pending: PendingErasure): Promise<boolean> {
  const res = await db.query(
    `UPDATE requests SET pending_deleted_counts = $2, updated_at = now() WHERE id = $1 AND state = 'deleting'`,
    [requestId, JSON.stringify(pending)],
  );
  return (res.rowCount ?? 0) > 0;
}

/** Done with: the counts are the request's `deleted_counts` now. */
export async function clearPendingErasure(db: Queryable, requestId: string): Promise<void> {
  await db.query(`UPDATE requests SET pending_deleted_counts = NULL WHERE id = $1`, [requestId]);
}

/** The id of the application transaction `tx` is in (assigning one if it has none yet). */
export async function currentAppTransaction(tx: Queryable): Promise<string> {
  const { rows } = await tx.query(`SELECT pg_current_xact_id()::text AS xid`);
  return rows[0].xid as string;
}

/**
 * What the application database says of transaction `xid`. One it cannot know (an id ahead of
 * its own, as when APP_DATABASE_URL now names another database) counts as too old to tell.
 */
export async function appTransactionStatus(app: Queryable, xid: string): Promise<AppTransactionStatus> {
  try {
    const { rows } = await app.query(`SELECT pg_xact_status($1::xid8) AS status`, [xid]);
    return (rows[0].status as AppTransactionStatus) ?? null;
  } catch (err) {
    if ((err as { code?: string }).code === INVALID_PARAMETER_VALUE) return null;
    throw err;
  }
}

/** pg_xact_status() of an id the server has not yet handed out. */
const INVALID_PARAMETER_VALUE = '22023';
