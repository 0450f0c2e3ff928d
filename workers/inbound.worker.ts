import type { Processor } from 'bullmq';
import type { BotContext } from '../src/app/context.js';
import { handleStoredGroup } from '../src/intake/handle-stored-group.js';
import type { InboundJob } from '../src/queue/queues.js';

/** Understands the stored messages of one job (one, or a group the poller stored together) and acts on them. */
export function inboundProcessor(ctx: BotContext): Processor<InboundJob> {
  return async (job) => {
    const ids = job.data.inboundIds ?? (job.data.inboundId ? [job.data.inboundId] : []);
    await handleStoredGroup(ctx, ids);
    return { messages: ids.length };
  };
}
