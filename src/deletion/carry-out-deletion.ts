import type { BotContext } from '../app/context.js';
import { inClientTransaction, inTransaction, type Pool, type PoolClient, type Queryable } from '../db/pool.js';
import { mailTemplates } from '../mail-out/check-mail-templates.js';
import type { MailTemplates } from '../mail-out/mail-templates.js';
import { inThread } from '../mail-out/outbox-store.js';
import { addRequesterMail } from '../mail-out/requester-mail.js';
import { renderCompletion } from '../mail-out/templates/completion.js';
import type { FollowUps } from '../queue/queues.js';
import { requestFacts } from '../requests/request-facts.js';
import { getRequest, moveState, type RequestRow } from '../requests/request-store.js';
import { crashHereInTests } from './crash-point.js';
import { addCompletionEcho } from './completion-echo.js';
import { mentionChoice } from './mention-choice.js';
import {
  addErasures, appTransactionStatus, clearPendingErasure, committedBefore, currentAppTransaction, readPendingErasure, recordPendingErasure,
  resumeAfterCrash,
} from './pending-erasure.js';
import { checkErasure, emptyInventory, executePlan, type ErasureResult } from './run-plan.js';
import { recordFailedDeletion } from './deletion-failed.js';
import { keptLines, totalKept, totalRows, type InventoryLine } from '../mail-out/inventory-types.js';

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
export async function carryOutDeletion(ctx: BotContext, requestId: string): Promise<FollowUps> {
  try {
    const mail = ctx.appPool ? await eraseInAppDatabase(ctx, ctx.appPool, requestId) : await eraseAndComplete(ctx, requestId);
    return mail ? { mail } : {};
  } catch (err) {
    if (!(err instanceof DeletionVerificationError)) throw err;
    return recordFailedDeletion(ctx, requestId, err.reference, err.left);
  }
}

/** The request is `deleting` and names what to erase: a username, or a Meta user with no account (nothing held). */
function toErase(req: RequestRow | null): req is RequestRow {
  return req !== null && req.state === 'deleting' && (req.instagramUsername !== null || req.source === 'meta');
}

function nothingErased(ctx: BotContext): ErasureResult {
  return { ...emptyInventory(ctx.plan), batchSize: ctx.settings.deleteBatchSize, batches: 0, mentionsRedacted: false };
}

/** Erases and checks in `tx`; a check that finds rows throws, rolling `tx` back. */
async function eraseAndCheck(ctx: BotContext, tx: Queryable, req: RequestRow, redactMentions: boolean): Promise<ErasureResult> {
  const username = req.instagramUsername;
  // Only a Meta request naming no connected account has no username: nothing is held.
  if (!username) return nothingErased(ctx);
  const done = await executePlan(tx, ctx.plan, username, { batchSize: ctx.settings.deleteBatchSize, redactMentions });
  // The check verifies what the erasure set out to do, mentions included when it redacted them.
  const left = await checkErasure(tx, ctx.plan, username, done);
  if (totalRows(left) > 0) throw new DeletionVerificationError(req.reference, left.lines.filter((l) => l.rows > 0));
  return done;
}

/**
 * In the bot's transaction `tx`, with the request row locked and still `deleting`: the request
 * moves to `completed` with its counts, a `deleted` event and the completion mail. Returns the
 * mail's outbox ids.
 */
async function completeRequest(ctx: BotContext, tx: PoolClient, req: RequestRow, done: ErasureResult, templates: MailTemplates): Promise<string[]> {
  const now = ctx.now();
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
  const mail = await addRequesterMail(tx, ctx, {
    requestId: req.id, purpose: 'completion', to: [req.confirmationEmail, req.senderEmail],
    mail: renderCompletion(templates, requestFacts(req), done, now, req.language),
    ...inThread(req.threadMessageId),
  });
  return [...mail, ...(await addCompletionEcho(tx, ctx, req, done.lines))];
}

function logCommitted(ctx: BotContext, req: RequestRow, done: ErasureResult, started: number, extra: Record<string, unknown> = {}): void {
  ctx.log.info({
    component: 'deletion', reference: req.reference, rows: totalRows(done), kept: totalKept(done), batches: done.batches,
    batchSize: done.batchSize, ms: Date.now() - started, ...extra,
  }, 'deletion committed');
}

/** One database: erasure, check and completion in one transaction with the request row locked. */
async function eraseAndComplete(ctx: BotContext, requestId: string): Promise<string[] | null> {
  const started = Date.now();
  const outcome = await inTransaction(ctx.pool, async (tx) => {
    const req = await getRequest(tx, requestId, true);
    if (!toErase(req)) return null;
    // Read before anything is erased: a broken template must not cost a deletion.
    const templates = mailTemplates(ctx.settings.mailTemplatesDir, ctx.plan);
    const choice = await mentionChoice(tx, req.id);
    const done = await eraseAndCheck(ctx, tx, req, choice.redactMentions === true);
    return { req, done, mail: await completeRequest(ctx, tx, req, done, templates) };
  });
  if (!outcome) return null;
  logCommitted(ctx, outcome.req, outcome.done, started);
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
async function eraseInAppDatabase(ctx: BotContext, app: Pool, requestId: string): Promise<string[] | null> {
  const bot = await ctx.pool.connect();
  let broken = false;
  try {
    await bot.query(`SELECT pg_advisory_lock(hashtext('deletion-bot:erase'), hashtext($1))`, [requestId]);
    try {
      return await eraseThenRecord(ctx, app, bot, requestId);
    } finally {
      await bot.query(`SELECT pg_advisory_unlock(hashtext('deletion-bot:erase'), hashtext($1))`, [requestId]).catch(() => { broken = true; });
    }
  } finally {
    // A session that could not let go of its lock is closed, which lets go of it.
    bot.release(broken);
  }
}

async function eraseThenRecord(ctx: BotContext, app: Pool, bot: PoolClient, requestId: string): Promise<string[] | null> {
  const started = Date.now();
  const req = await getRequest(bot, requestId);
  if (!toErase(req)) return null;
  const templates = mailTemplates(ctx.settings.mailTemplatesDir, ctx.plan);
  let before: ErasureResult | null = null;
  const pending = await readPendingErasure(bot, req.id);
  if (pending) {
    const status = await appTransactionStatus(app, pending.appTransaction);
    let left: number | null = null;
    if (status !== 'in progress') left = req.instagramUsername ? totalRows(await checkErasure(app, ctx.plan, req.instagramUsername, pending.result)) : 0;
    const resume = resumeAfterCrash(status, left);
    if (resume === 'wait') throw new Error(`${req.reference}: an earlier attempt's deletion is still committing in the application database; tried again later`);
    if (resume === 'complete') {
      const mail = await complete(ctx, bot, req.id, pending.result, templates);
      if (mail) logCommitted(ctx, req, pending.result, started, { resumed: true });
      return mail;
    }
    before = committedBefore(pending, resume);
  }
  const choice = await mentionChoice(bot, req.id);
  const done = await inTransaction(app, async (tx) => {
    const appTransaction = await currentAppTransaction(tx);
    const erased = await eraseAndCheck(ctx, tx, req, choice.redactMentions === true);
    const result = before ? addErasures(before, erased) : erased;
    // Recorded before the commit below: once that commit is in, the counts are never lost.
    if (!(await recordPendingErasure(bot, req.id, { result, appTransaction, ...(before ? { committed: before } : {}) }))) {
      throw new Error(`${req.reference}: the request stopped being deleting during its deletion; the erasure was rolled back`);
    }
    return result;
  });
  crashHereInTests('after-app-commit');
  const mail = await complete(ctx, bot, req.id, done, templates);
  if (mail) logCommitted(ctx, req, done, started);
  return mail;
}

/** The bot's transaction that completes the request, if it is still `deleting`. */
async function complete(ctx: BotContext, bot: PoolClient, requestId: string, done: ErasureResult, templates: MailTemplates): Promise<string[] | null> {
  return inClientTransaction(bot, async (tx) => {
    const req = await getRequest(tx, requestId, true);
    if (!req || req.state !== 'deleting') return null;
    return completeRequest(ctx, tx, req, done, templates);
  });
}
