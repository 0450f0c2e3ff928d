import type { Processor } from 'bullmq';
import { handleStoredGroup, type HandleStoredGroupDeps } from '../src/intake/handle-stored-group.js';
import type { InboundJob } from '../src/queue/queues.js';

/** Understands the stored messages of one job (one, or a group the poller stored together) and acts on them. */
export function inboundProcessor(deps: HandleStoredGroupDeps): Processor<InboundJob> {
  return async (job) => {
    const ids = job.data.inboundIds ?? (job.data.inboundId ? [job.data.inboundId] : []);
    await handleStoredGroup(deps, ids);
    return { messages: ids.length };
  };
}
