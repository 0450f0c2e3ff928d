import type { BotContext } from '../app/context.js';
import { inTransaction } from '../db/pool.js';
import { inThread } from '../mail-out/outbox-store.js';
import { addRequesterMail } from '../mail-out/requester-mail.js';
import { renderCompletion } from '../mail-out/templates/completion.js';
import type { FollowUps } from '../queue/queues.js';
import { requestFacts } from '../requests/request-facts.js';
import { getRequest, moveState } from '../requests/request-store.js';
import { executePlan, takeInventory } from './run-plan.js';
import { totalRows } from './inventory-types.js';

export class DeletionVerificationError extends Error {
  override name = 'DeletionVerificationError';
}

/**
 * Erases the account's data per the plan, checks that the plan now finds
 * nothing, completes the request and writes the completion mail: all in one
 * transaction with the request row locked, so a crash leaves either nothing
 * done or everything done, and a re-run after a crash finishes the job.
 */
export async function carryOutDeletion(ctx: BotContext, requestId: string): Promise<FollowUps> {
  return inTransaction(ctx.pool, async (tx) => {
    const req = await getRequest(tx, requestId, true);
    if (!req || req.state !== 'deleting' || !req.instagramUsername) return {};
    const done = await executePlan(tx, ctx.plan, req.instagramUsername);
    const left = await takeInventory(tx, ctx.plan, req.instagramUsername);
    if (!left.legalHold && totalRows(left) > 0) {
      throw new DeletionVerificationError(`${req.reference}: the deletion plan still finds ${totalRows(left)} rows after erasing`);
    }
    const now = ctx.now();
    await moveState(tx, req.id, 'deleting', 'completed',
      { type: 'deleted', actor: 'bot', detail: { accountFound: done.accountFound, legalHold: done.legalHold, counts: done.lines } },
      { deletedCounts: done, completedAt: now });
    const mail = await addRequesterMail(tx, ctx, {
      requestId: req.id, purpose: 'completion', to: [req.confirmationEmail, req.senderEmail],
      mail: renderCompletion(requestFacts(req), done, now),
      ...inThread(req.threadMessageId),
    });
    return { mail };
  });
}
