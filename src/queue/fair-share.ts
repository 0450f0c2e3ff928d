/**
 * Fair turns in the queues. BullMQ takes jobs first come, first served, so 1,000 mails from
 * one address would keep everyone who writes after them waiting until all of them are done.
 * Three rules put a job further back (a BullMQ priority; jobs without one go first):
 * - an address whose mail the poller stored more than FAIR_SHARE times in 24 hours: each
 *   further mail is read (understood, recorded) behind everyone else's, `mails - FAIR_SHARE`
 *   steps back (counted by the process that polls, from the From header; staff addresses
 *   are not counted);
 * - an address that opened more than FAIR_SHARE requests in the last 24 hours: the work of
 *   each further request (its first step, its acknowledgment, its staff notification) gets
 *   priority `requests - FAIR_SHARE`, so the flood waits behind everyone else and its own
 *   earlier mails;
 * - a staff notification yields to mail a requester is waiting for (one step further back):
 *   staff read notifications within the SLA's days, a requester expects the acknowledgment now.
 * Priorities only order jobs; every one still runs. Jobs the reconciler re-queues after a
 * restart or a Redis loss carry none.
 */

export const FAIR_SHARE = 5;
/** BullMQ's largest priority. */
const MAX_PRIORITY = 2 ** 21 - 1;

/** The priority of work for a request whose sender opened `openedToday` requests in 24 hours (undefined: none). */
export function fairPriority(openedToday: number, { staffMail = false } = {}): number | undefined {
  const p = Math.max(0, openedToday - FAIR_SHARE) + (staffMail ? 1 : 0);
  return p === 0 ? undefined : Math.min(p, MAX_PRIORITY);
}

/** Counts per address over a fixed window: cleared whole once the window has passed, so it never grows without bound. */
export class SenderTally {
  private counts = new Map<string, number>();
  private since: number | null = null;

  constructor(private readonly windowMs: number) {}

  /** Counts one more mail from `address` at `now`; returns its count in the window (0 without an address). */
  add(address: string | null, now: Date): number {
    const t = now.getTime();
    if (this.since === null || t - this.since >= this.windowMs) {
      this.counts = new Map();
      this.since = t;
    }
    if (!address) return 0;
    const n = (this.counts.get(address) ?? 0) + 1;
    this.counts.set(address, n);
    return n;
  }
}
