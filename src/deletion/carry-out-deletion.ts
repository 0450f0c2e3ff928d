import type { BotContext } from '../app/context.js';
import { inTransaction } from '../db/pool.js';
import { mailTemplates } from '../mail-out/check-mail-templates.js';
import { inThread } from '../mail-out/outbox-store.js';
import { addRequesterMail } from '../mail-out/requester-mail.js';
import { renderCompletion } from '../mail-out/templates/completion.js';
import type { FollowUps } from '../queue/queues.js';
import { requestFacts } from '../requests/request-facts.js';
import { getRequest, moveState } from '../requests/request-store.js';
import { addCompletionEcho } from './completion-echo.js';
import { mentionChoice } from './mention-choice.js';
import { checkErasure, emptyInventory, executePlan, type ErasureResult } from './run-plan.js';
import { recordFailedDeletion } from './deletion-failed.js';
import { keptLines, totalKept, totalRows, type InventoryLine } from './inventory-types.js';

/** The check after erasing found rows: `left` holds the plan's lines that still find some. */
export class DeletionVerificationError extends Error {
  override name = 'DeletionVerificationError';
  constructor(readonly reference: string, readonly left: readonly InventoryLine[]) {
    super(`${reference}: the deletion plan still finds ${totalRows({ lines: [...left] })} rows after erasing`);
  }
}

/**
 * Erases the account's data per the plan, in batches of DELETE_BATCH_SIZE
 * rows, checks that the plan now finds nothing, completes the request and
 * writes the completion mail: all in one transaction with the request row
 * locked. A crash rolls everything back and leaves the request `deleting`, so
 * the next attempt runs the whole job again and the completion mail is
 * written exactly once, with the commit that completes it. A failed check
 * rolls everything back too, but another attempt would find the same: the
 * request moves to `deletion_failed` and staff are told (deletion-failed.ts).
 */
export async function carryOutDeletion(ctx: BotContext, requestId: string): Promise<FollowUps> {
  try {
    return await eraseAndComplete(ctx, requestId);
  } catch (err) {
    if (!(err instanceof DeletionVerificationError)) throw err;
    return recordFailedDeletion(ctx, requestId, err.reference, err.left);
  }
}

async function eraseAndComplete(ctx: BotContext, requestId: string): Promise<FollowUps> {
  const started = Date.now();
  const outcome = await inTransaction(ctx.pool, async (tx) => {
    const req = await getRequest(tx, requestId, true);
    if (!req || req.state !== 'deleting') return null;
    // Only a Meta request naming no connected account has no username: nothing is held.
    const username = req.instagramUsername;
    if (!username && req.source !== 'meta') return null;
    // Read before anything is erased: a broken template must not cost a deletion.
    const templates = mailTemplates(ctx.settings.mailTemplatesDir, ctx.plan);
    const choice = await mentionChoice(tx, req.id);
    const done: ErasureResult = username
      ? await executePlan(tx, ctx.plan, username, { batchSize: ctx.settings.deleteBatchSize, ...choice })
      : { ...emptyInventory(ctx.plan), batchSize: ctx.settings.deleteBatchSize, batches: 0, mentionsRedacted: false };
    // The check verifies what the erasure set out to do, mentions included when it redacted them.
    const left = username ? await checkErasure(tx, ctx.plan, username, done) : emptyInventory(ctx.plan);
    if (totalRows(left) > 0) {
      throw new DeletionVerificationError(req.reference, left.lines.filter((l) => l.rows > 0));
    }
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
    const mail = await addRequesterMail(tx, ctx, {
      requestId: req.id, purpose: 'completion', to: [req.confirmationEmail, req.senderEmail],
      mail: renderCompletion(templates, requestFacts(req), done, now, req.language),
      ...inThread(req.threadMessageId),
    });
    mail.push(...(await addCompletionEcho(tx, ctx, req, done.lines)));
    return { reference: req.reference, rows: totalRows(done), kept: totalKept(done), batches: done.batches, batchSize: done.batchSize, mail };
  });
  if (!outcome) return {};
  const { mail, ...facts } = outcome;
  ctx.log.info({ component: 'deletion', ...facts, ms: Date.now() - started }, 'deletion committed');
  return { mail };
}
