import type { BotContext } from '../app/context.js';
import { inTransaction } from '../db/pool.js';
import { carryOutDeletion } from '../deletion/carry-out-deletion.js';
import type { FollowUps } from '../queue/queues.js';
import { getRequest, moveState } from './request-store.js';
import { validateRequest } from './validate-request.js';

/** Does whatever the bot owes a request in its current state; waiting states need nothing. */
export async function advanceRequest(ctx: BotContext, requestId: string): Promise<FollowUps> {
  const req = await getRequest(ctx.pool, requestId);
  if (!req) return {};
  switch (req.state) {
    case 'received':
      return validateRequest(ctx, requestId);
    case 'approved':
      await inTransaction(ctx.pool, (tx) =>
        moveState(tx, requestId, 'approved', 'deleting', { type: 'deleting', actor: 'bot' }));
      return carryOutDeletion(ctx, requestId);
    case 'deleting':
      return carryOutDeletion(ctx, requestId);
    default:
      return {};
  }
}
