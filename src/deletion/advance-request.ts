import { inTransaction } from '../db/pool.js';
import { carryOutDeletion, type CarryOutDeletionDeps } from './carry-out-deletion.js';
import type { FollowUps } from '../queue/queues.js';
import { getRequest, moveState } from '../requests/request-store.js';
import { validateRequest, type ValidateRequestDeps } from './validate-request.js';

export type AdvanceRequestDeps = ValidateRequestDeps & CarryOutDeletionDeps;

/** Does whatever the bot owes a request in its current state; waiting states need nothing. */
export async function advanceRequest(deps: AdvanceRequestDeps, requestId: string): Promise<FollowUps> {
  const req = await getRequest(deps.pool, requestId);
  if (!req) return {};
  switch (req.state) {
    case 'received':
      return validateRequest(deps, requestId);
    case 'approved':
      await inTransaction(deps.pool, (tx) =>
        moveState(tx, requestId, 'approved', 'deleting', { type: 'deleting', actor: 'bot' }));
      return carryOutDeletion(deps, requestId);
    case 'deleting':
      return carryOutDeletion(deps, requestId);
    default:
      return {};
  }
}
