import type { Pool } from '../db/pool.js';
import { unprocessedInboundIds } from '../intake/handling-store.js';
import { pendingOutboxIds } from '../mail-out/outbox-store.js';
import { requestsNeedingWork } from '../requests/request-store.js';
import { WORK_STATES } from '../requests/state-rules.js';
import { enqueueFollowUps, type Queues } from '../queue/queues.js';

/**
 * Re-queues whatever Postgres says is due: messages not yet handled, requests
 * in a state the bot acts on, mails not yet sent. A crash between commit and
 * enqueue, or a Redis that lost everything, thus loses nothing; deterministic
 * job ids make the repeats harmless.
 */
export async function reconcile(deps: { pool: Pool; queues: Queues }, reconcileSeconds = 30): Promise<{ inbound: number; requests: number; mail: number }> {
  const [inbound, requests, mail] = await Promise.all([
    // Messages still unhandled two passes after they were stored: their group's job was lost
    // (a crash before it was queued, a Redis that lost it). Younger ones are most likely in a
    // queued group, and a copy of one could be handled before the mail ahead of it in that group.
    unprocessedInboundIds(deps.pool, 1000, 2 * reconcileSeconds),
    requestsNeedingWork(deps.pool, WORK_STATES),
    pendingOutboxIds(deps.pool),
  ]);
  await enqueueFollowUps(deps.queues, { inboundAgain: inbound, requests, mail });
  return { inbound: inbound.length, requests: requests.length, mail: mail.length };
}
