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

/** Queues every follow-up with one round trip per queue (BullMQ sends an addBulk as one pipeline; fixed job ids make it safe to repeat). */
export async function enqueueFollowUps(q: Queues, f: FollowUps): Promise<void> {
  const inbound = f.inbound ?? [];
  const requests = f.requests ?? [];
  const mail = f.mail ?? [];
  const withPriority = (id: string, opts: JobsOptions): JobsOptions => {
    const priority = f.priorities?.[id];
    return priority === undefined ? opts : { ...opts, priority };
  };
  await Promise.all([
    inbound.length ? q.inbound.addBulk(inbound.map((id) => ({ name: 'inbound', data: { inboundId: id }, opts: withPriority(id, { jobId: jobIds.inbound(id) }) }))) : null,
    requests.length ? q.requests.addBulk(requests.map((r) => ({ name: 'step', data: { requestId: r.id }, opts: withPriority(r.id, { jobId: jobIds.request(r.id, r.state) }) }))) : null,
    mail.length ? q.mail.addBulk(mail.map((id) => ({ name: 'send', data: { outboxId: id }, opts: withPriority(id, { jobId: jobIds.mail(id) }) }))) : null,
  ]);
}
