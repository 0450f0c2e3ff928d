import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';

/**
 * BullMQ is the engine, Postgres the record: jobs carry ids only, and their
 * ids are deterministic so that adding the same work twice is harmless.
 * (BullMQ rejects ':' and bare integers in custom ids, hence '-'.)
 */

export const QUEUE_NAMES = { inbound: 'inbound', requests: 'requests', mail: 'mail' } as const;

export interface InboundJob { inboundId: string }
export interface RequestJob { requestId: string }
export interface MailJob { outboxId: string }

export const jobIds = {
  inbound: (inboundId: string) => `inbound-${inboundId}`,
  /** One id per (request, state): the step for a state runs once per visit to it. */
  request: (requestId: string, state: string) => `step-${requestId}-${state}`,
  mail: (outboxId: string) => `mail-${outboxId}`,
};

const DEFAULT_JOB: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: true,
  // Failed jobs stay visible for ops; the reconciler re-adds work only once they are gone.
  removeOnFail: { count: 1000 },
};

export interface Queues {
  inbound: Queue<InboundJob>;
  requests: Queue<RequestJob>;
  mail: Queue<MailJob>;
  close(): Promise<void>;
}

export function createQueues(connection: ConnectionOptions, prefix: string): Queues {
  const opts = { connection, prefix, defaultJobOptions: DEFAULT_JOB };
  const inbound = new Queue<InboundJob>(QUEUE_NAMES.inbound, opts);
  const requests = new Queue<RequestJob>(QUEUE_NAMES.requests, opts);
  const mail = new Queue<MailJob>(QUEUE_NAMES.mail, opts);
  return {
    inbound,
    requests,
    mail,
    close: async () => {
      await Promise.all([inbound.close(), requests.close(), mail.close()]);
    },
  };
}

/** Work to queue once the transaction that created it has committed. */
export interface FollowUps {
  inbound?: string[];
  requests?: { id: string; state: string }[];
  mail?: string[];
  /** BullMQ priority by inbound, request or outbox id (src/queue/fair-share.ts); the others go first come, first served. */
  priorities?: Record<string, number | undefined>;
}

export async function enqueueFollowUps(q: Queues, f: FollowUps): Promise<void> {
  const withPriority = (id: string, opts: JobsOptions): JobsOptions => {
    const priority = f.priorities?.[id];
    return priority === undefined ? opts : { ...opts, priority };
  };
  await Promise.all([
    ...(f.inbound ?? []).map((id) => q.inbound.add('inbound', { inboundId: id }, withPriority(id, { jobId: jobIds.inbound(id) }))),
    ...(f.requests ?? []).map((r) => q.requests.add('step', { requestId: r.id }, withPriority(r.id, { jobId: jobIds.request(r.id, r.state) }))),
    ...(f.mail ?? []).map((id) => q.mail.add('send', { outboxId: id }, withPriority(id, { jobId: jobIds.mail(id) }))),
  ]);
}
