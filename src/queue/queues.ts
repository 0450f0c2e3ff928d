import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';

/**
 * BullMQ is the engine, Postgres the record: jobs carry ids only, and their
 * ids are deterministic so that adding the same work twice is harmless.
 * (BullMQ rejects ':' and bare integers in custom ids, hence '-'.)
 */

export const QUEUE_NAMES = { inbound: 'inbound', requests: 'requests', mail: 'mail' } as const;

/** One stored message (`inboundId`), or a group of them read in one go (`inboundIds`, in mailbox order). */
export interface InboundJob { inboundId?: string; inboundIds?: string[] }
export interface RequestJob { requestId: string }
export interface MailJob { outboxId: string }

export const jobIds = {
  inbound: (inboundId: string) => `inbound-${inboundId}`,
  /** A group is named by its first and last message: the same group queued twice is one job. */
  inboundGroup: (ids: readonly string[]) => `inbound-${ids[0]}-${ids.length}-${ids[ids.length - 1]}`,
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

/** Messages understood by one inbound job: one load, one transaction per run of plain new requests. */
export const INBOUND_GROUP = 100;

/** What handling one inbound mail came to: the kind it is recorded as, the request it touched, and the work it queues. */
export interface HandledMail {
  kind: string;
  requestId: string | null;
  followUps: FollowUps;
}

/** Work to queue once the transaction that created it has committed. */
export interface FollowUps {
  /** Newly stored messages: queued in groups of messages of the same priority, in this order. */
  inbound?: string[];
  /** Messages the reconciler found unhandled long after they were stored: one job each. */
  inboundAgain?: string[];
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
  const again = f.inboundAgain ?? [];
  const inboundJobs = [
    ...inboundGroups(inbound, (id) => f.priorities?.[id]).map((ids) => ({ name: 'inbound', data: { inboundIds: ids }, opts: withPriority(ids[0]!, { jobId: jobIds.inboundGroup(ids) }) })),
    ...again.map((id) => ({ name: 'inbound', data: { inboundId: id }, opts: { jobId: jobIds.inbound(id) } })),
  ];
  await Promise.all([
    inboundJobs.length ? q.inbound.addBulk(inboundJobs) : null,
    requests.length ? q.requests.addBulk(requests.map((r) => ({ name: 'step', data: { requestId: r.id }, opts: withPriority(r.id, { jobId: jobIds.request(r.id, r.state) }) }))) : null,
    mail.length ? q.mail.addBulk(mail.map((id) => ({ name: 'send', data: { outboxId: id }, opts: withPriority(id, { jobId: jobIds.mail(id) }) }))) : null,
  ]);
}

/**
 * Splits ids, in order, into groups of at most INBOUND_GROUP that share one priority: a
 * change of priority starts a new group, so a flood's mail never rides with a newcomer's.
 */
export function inboundGroups(ids: readonly string[], priority: (id: string) => number | undefined): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  let currentPriority: number | undefined;
  for (const id of ids) {
    const p = priority(id);
    if (current.length > 0 && (p !== currentPriority || current.length >= INBOUND_GROUP)) {
      groups.push(current);
      current = [];
    }
    if (current.length === 0) currentPriority = p;
    current.push(id);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
