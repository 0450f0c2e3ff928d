import type { Processor } from 'bullmq';
import { enqueueFollowUps, type Queues, type RequestJob } from '../src/queue/queues.js';
import { advanceRequest, type AdvanceRequestDeps } from '../src/deletion/advance-request.js';

/** Moves one request along whatever step its state calls for. */
export function requestProcessor(deps: AdvanceRequestDeps & { queues: Queues }): Processor<RequestJob> {
  return async (job) => {
    const followUps = await advanceRequest(deps, job.data.requestId);
    await enqueueFollowUps(deps.queues, followUps);
  };
}
