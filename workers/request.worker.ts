import type { Processor } from 'bullmq';
import type { BotContext } from '../src/app/context.js';
import { enqueueFollowUps } from '../src/queue/queues.js';
import type { RequestJob } from '../src/queue/queues.js';
import { advanceRequest } from '../src/requests/advance-request.js';

/** Moves one request along whatever step its state calls for. */
export function requestProcessor(ctx: BotContext): Processor<RequestJob> {
  return async (job) => {
    const followUps = await advanceRequest(ctx, job.data.requestId);
    await enqueueFollowUps(ctx.queues, followUps);
  };
}
