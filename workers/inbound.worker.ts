import type { Processor } from 'bullmq';
import type { BotContext } from '../src/app/context.js';
import { handleStoredMessage } from '../src/intake/handle-stored-message.js';
import type { InboundJob } from '../src/queue/queues.js';

/** Understands one stored message and acts on it. */
export function inboundProcessor(ctx: BotContext): Processor<InboundJob> {
  return async (job) => {
    const kind = await handleStoredMessage(ctx, job.data.inboundId);
    return { kind };
  };
}
