import { inClientTransaction, inTransaction, type Pool, type PoolClient, type Queryable } from '../db/pool.js';
import type { Logger } from '../log/logger.js';
import type { MailTemplates } from '../mail-out/mail-templates.js';
import { inThread } from '../mail-out/outbox-store.js';
import { addRequesterMail, type RequesterMailDeps } from '../requests/requester-mail.js';
import { renderCompletion } from '../mail-out/templates/completion.js';
import type { FollowUps } from '../queue/queues.js';
import { requestFacts } from '../requests/request-facts.js';
import { getRequest, moveState, type RequestRow } from '../requests/request-store.js';
import { crashHereInTests } from './crash-point.js';
import { addCompletionEcho, type CompletionEchoDeps } from './completion-echo.js';
import type { DeletionPlan } from './deletion-plan.js';
import { mentionChoice } from './mention-choice.js';
import {
  addErasures, appTransactionStatus, clearPendingErasure, committedBefore, currentAppTransaction, readPendingErasure, recordPendingErasure,
  resumeAfterCrash,
} from './pending-erasure.js';
import { checkErasure, emptyInventory, executePlan, type ErasureResult } from './run-plan.js';
import { recordFailedDeletion, type FailedDeletionDeps } from './deletion-failed.js';
import type { PlanDatabaseDeps } from './plan-database.js';
import { keptLines, totalKept, totalRows, type InventoryLine } from '../mail-out/inventory-types.js';

/** What carrying out a deletion needs: both databases, the plan, the checked mail templates for the completion mail, a clock and a log. */
export type CarryOutDeletionDeps = RequesterMailDeps & CompletionEchoDeps & FailedDeletionDeps & PlanDatabaseDeps & {
  pool: Pool;
  plan: DeletionPlan;
  templates: MailTemplates;
  log: Logger;
  now: () => Date;
  settings: { deleteBatchSize: number };
};

/** The check after erasing found rows: `left` holds the plan's lines that still find some. */
export class DeletionVerificationError extends Error {
  override name = 'DeletionVerificationError';
  constructor(readonly reference: string, readonly left: readonly InventoryLine[]) {
    super(`${reference}: the deletion plan still finds ${totalRows({ lines: [...left] })} rows after erasing`);
  }
}

/**
 * Erases the account's data per the plan, in batches of DELETE_BATCH_SIZE rows, checks that
 * the plan now finds nothing, completes the request and writes the completion mail. A failed
 * check rolls the erasure back, and another attempt would find the same: the request moves to
 * `deletion_failed` and staff are told (deletion-failed.ts).
 *
 * With the plan's tables in the bot's own database, all of it is one transaction with the
 * request row locked: a crash rolls everything back and leaves the request `deleting`, the
 * next attempt runs the whole job again, and the completion mail is written exactly once,
 * with the commit that completes the request. With the plan's tables in another database
 * (APP_DATABASE_URL), there are two commits: see {@link eraseInAppDatabase}.
 */
export async function carryOutDeletion(deps: CarryOutDeletionDeps, requestId: string): Promise<FollowUps> {
  try {
    const mail = deps.appPool ? await eraseInAppDatabase(deps, deps.appPool, requestId) : await eraseAndComplete(deps, requestId);
    return mail ? { mail } : {};
  } catch (err) {
    if (!(err instanceof DeletionVerificationError)) throw err;
    return recordFailedDeletion(deps, requestId, err.reference, err.left);
  }
}

/** The request is `deleting` and names what to erase: a username, or a Meta user with no account (nothing held). */
function toErase(req: RequestRow | null): req is RequestRow {
  return req !== null && req.state === 'deleting' && (req.instagramUsername !== null || req.source === 'meta');
}

function nothingErased(deps: CarryOutDeletionDeps): ErasureResult {
  return { ...emptyInventory(deps.plan), batchSize: deps.settings.deleteBatchSize, batches: 0, mentionsRedacted: false };
}

/** Erases and checks in `tx`; a check that finds rows throws, rolling `tx` back. */
async function eraseAndCheck(deps: CarryOutDeletionDeps, tx: Queryable, req: RequestRow, redactMentions: boolean): Promise<ErasureResult> {
  const username = req.instagramUsername;
  // Only a Meta request naming no connected account has no username: nothing is held.
  if (!username) return nothingErased(deps);
  const done = await executePlan(tx, deps.plan, username, { batchSize: deps.settings.deleteBatchSize, redactMentions });
  // The check verifies what the erasure set out to do, mentions included when it redacted them.
  const left = await checkErasure(tx, deps.plan, username, done);
  if (totalRows(left) > 0) throw new DeletionVerificationError(req.reference, left.lines.filter((l) => l.rows > 0));
  return done;
}

/**
 * In the bot's transaction `tx`, with the request row locked and still `deleting`: the request
 * moves to `completed` with its counts, a `deleted` event and the completion mail. Returns the
 * mail's outbox ids.
 */
async function completeRequest(deps: CarryOutDeletionDeps, tx: PoolClient, req: RequestRow, done: ErasureResult): Promise<string[]> {
  const now = deps.now();
  await moveState(tx, req.id, 'deleting', 'completed',
    {
      type: 'deleted', actor: 'bot',
      detail: {
        accountFound: done.accountFound, legalHold: done.legalHold, counts: done.lines,
        kept: keptLines(done).map((l) => l.category), batchSize: done.batchSize, batches: done.batches, verifiedEmpty: true,
      },
    },
    { deletedCounts: done, completedAt: now });
  await clearPendingErasure(tx, req.id);
  const mail = await addRequesterMail(tx, deps, {
    requestId: req.id, purpose: 'completion', to: [req.confirmationEmail, req.senderEmail],
    mail: renderCompletion(deps.templates, requestFacts(req), done, now, req.language),
    ...inThread(req.threadMessageId),
  });
  return [...mail, ...(await addCompletionEcho(tx, deps, req, done.lines))];
}

function logCommitted(deps: CarryOutDeletionDeps, req: RequestRow, done: ErasureResult, started: number, extra: Record<string, unknown> = {}): void {
  deps.log.info({
    component: 'deletion', reference: req.reference, rows: totalRows(done), kept: totalKept(done), batches: done.batches,
    batchSize: done.batchSize, ms: Date.now() - started, ...extra,
  }, 'deletion committed');
}

/** One database: erasure, check and completion in one transaction with the request row locked. */
async function eraseAndComplete(deps: CarryOutDeletionDeps, requestId: string): Promise<string[] | null> {
  const started = Date.now();
  const outcome = await inTransaction(deps.pool, async (tx) => {
    const req = await getRequest(tx, requestId, true);
    if (!toErase(req)) return null;
    const choice = await mentionChoice(tx, req.id);
    const done = await eraseAndCheck(deps, tx, req, choice.redactMentions === true);
    return { req, done, mail: await completeRequest(deps, tx, req, done) };
  });
  if (!outcome) return null;
  logCommitted(deps, outcome.req, outcome.done, started);
  return outcome.mail;
}

/**
 * Two databases: the erasure commits in the application database, then the bot records it in
 * its own, exactly once. One connection to the bot's database holds a lock on the request
 * (an advisory lock of its session) from start to end, so two workers never erase the same
 * request at once; it also writes the record and the completion.
 *
 * 1. The application transaction erases and checks; then, before it commits, the bot's database
 *    records its counts and transaction id (`pending_deleted_counts`; the request stays
 *    `deleting`); then it commits; then one bot transaction completes the request (counts,
 *    event, completion mail) and clears the record.
 * 2. Where a crash (SIGKILL, a lost connection, a server restart) can fall, and what the next
 *    attempt finds (the job is retried; the reconciler also re-queues every `deleting` request):
 *    - before the record: the application transaction never commits (its session ends and the
 *      server rolls it back). No record, or an older one whose transaction aborted: erase anew.
 *    - after the record, before or during the application commit: the record names a transaction
 *      that aborted (erase anew), that committed (as below), or that is still finishing (retry later).
 *    - after the application commit, before the bot's completion: the record names a committed
 *      transaction and the plan finds nothing left: complete with the recorded counts. Nothing is
 *      erased twice, the counts are those of the erasure, one `deleted` event and one mail.
 *      Rows the plan finds again (written by the application since) are erased too, their counts
 *      added to the recorded ones.
 *    - after the completion commits: the request is `completed` and a new attempt does nothing.
 *    The mail is written only by the completion's transaction, guarded by the state: once.
 * 3. The application database tells whether a transaction committed (pg_xact_status) long after
 *    it ended; one too old to tell is judged by the check alone (pending-erasure.ts).
 */
async function eraseInAppDatabase(deps: CarryOutDeletionDeps, app: Pool, requestId: string): Promise<string[] | null> {
  const bot = await deps.pool.connect();
  let broken = false;
  try {
    await bot.query(`SELECT pg_advisory_lock(hashtext('deletion-bot:erase'), hashtext($1))`, [requestId]);
    try {
      return await eraseThenRecord(deps, app, bot, requestId);
    } finally {
      await bot.query(`SELECT pg_advisory_unlock(hashtext('deletion-bot:erase'), hashtext($1))`, [requestId]).catch(() => { broken = true; });
    }
  } finally {
    // A session that could not let go of its lock is closed, which lets go of it.
    bot.release(broken);
  }
}

async function eraseThenRecord(deps: CarryOutDeletionDeps, app: Pool, bot: PoolClient, requestId: string): Promise<string[] | null> {
  const started = Date.now();
  const req = await getRequest(bot, requestId);
  if (!toErase(req)) return null;
  let before: ErasureResult | null = null;
  const pending = await readPendingErasure(bot, req.id);
  if (pending) {
    const status = await appTransactionStatus(app, pending.appTransaction);
    let left: number | null = null;
    if (status !== 'in progress') left = req.instagramUsername ? totalRows(await checkErasure(app, deps.plan, req.instagramUsername, pending.result)) : 0;
    const resume = resumeAfterCrash(status, left);
    if (resume === 'wait') throw new Error(`${req.reference}: an earlier attempt's deletion is still committing in the application database; tried again later`);
    if (resume === 'complete') {
      const mail = await complete(deps, bot, req.id, pending.result);
      if (mail) logCommitted(deps, req, pending.result, started, { resumed: true });
      return mail;
    }
    before = committedBefore(pending, resume);
  }
  const choice = await mentionChoice(bot, req.id);
  const done = await inTransaction(app, async (tx) => {
    const appTransaction = await currentAppTransaction(tx);
    const erased = await eraseAndCheck(deps, tx, req, choice.redactMentions === true);
    const result = before ? addErasures(before, erased) : erased;
    // Recorded before the commit below: once that commit is in, the counts are never lost.
    if (!(await recordPendingErasure(bot, req.id, { result, appTransaction, ...(before ? { committed: before } : {}) }))) {
      throw new Error(`${req.reference}: the request stopped being deleting during its deletion; the erasure was rolled back`);
    }
    return result;
  });
  crashHereInTests('after-app-commit');
  const mail = await complete(deps, bot, req.id, done);
  if (mail) logCommitted(deps, req, done, started);
  return mail;
}

/** The bot's transaction that completes the request, if it is still `deleting`. */
async function complete(deps: CarryOutDeletionDeps, bot: PoolClient, requestId: string, done: ErasureResult): Promise<string[] | null> {
  return inClientTransaction(bot, async (tx) => {
    const req = await getRequest(tx, requestId, true);
    if (!req || req.state !== 'deleting') return null;
    return completeRequest(deps, tx, req, done);
  });
}
