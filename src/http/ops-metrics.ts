import { Gauge, type Registry } from 'prom-client';
import type { Pool } from '../db/pool.js';
import type { Queues } from '../queue/queues.js';
import { OPEN_STATES } from '../requests/state-rules.js';
import { DAY_MS } from '../time/day.js';

/** What this process knows of the mailbox (only a poller process has a watcher). */
export interface MailboxGaugeSource {
  connected: boolean;
  leaseHeld: boolean;
  lastSyncedAt: number | null;
}

/** The gauges read from Postgres and Redis, refreshed together, and the ones this process knows itself. */
export interface OpsMetrics {
  /** Reads every count, then sets the gauges at once: a scrape never sees half a refresh. */
  refresh(now: Date): Promise<void>;
  /** The mailbox gauges, from this process's watcher: cheap, set on every scrape. */
  scrape(now: Date): void;
}

/**
 * Gauges of the whole bot. Postgres is the truth for requests, mail and decisions,
 * so they are read from it (any process, any role, reports the same numbers); queue
 * depth comes from Redis. Those reads cost full scans on a large database, so they
 * are made by refresh(), on a timer and a pool of their own (metrics-snapshot.ts),
 * never by a scrape. The IMAP gauges come from this process's mailbox watcher, if it
 * runs one.
 */
export function registerOpsMetrics(registry: Registry, pool: Pool, queues: Queues | null, mailbox: () => MailboxGaugeSource | null): OpsMetrics {
  const g = <L extends string>(name: string, help: string, labelNames: readonly L[] = []) =>
    new Gauge<L>({ name: `deletion_bot_${name}`, help, labelNames, registers: [registry] });
  const byState = g('requests', 'Requests by state (read from Postgres every METRICS_REFRESH_SECONDS)', ['state']);
  const bySource = g('requests_by_source', 'Requests by how the requester reached the bot (email, meta)', ['source']);
  const queueJobs = g('queue_jobs', 'Jobs in each queue, by BullMQ state (waiting, prioritized: waiting behind others for fair turns, active, delayed, failed)', ['queue', 'state']);
  const oldestAwaiting = g('oldest_awaiting_approval_seconds', 'Age of the oldest request awaiting approval (0 when none)');
  const triageWaiting = g('triage_waiting', 'Possible requests waiting for staff triage (REQUEST or IGNORE)');
  const oldestTriage = g('oldest_triage_seconds', "Age of the oldest possible request waiting for triage, from the mail's arrival (0 when none)");
  const overdue = g('requests_overdue', 'Open requests past their due date');
  const dueSoon = g('requests_due_within_5_days', 'Open requests due within the next 5 days and not yet overdue');
  const mails = g('mails', 'Outgoing mails by purpose and state (pending, sent, failed)', ['purpose', 'state']);
  const refused = g('refused_decision_attempts', 'Refused approve/reject attempts by reason', ['reason']);
  const imapConnected = g('imap_connected', '1 when this process holds the poller lease and is connected to IMAP');
  const sinceSync = g('mailbox_sync_age_seconds', 'Seconds since this process last read the mailbox up to date');
  const backfillRemaining = g('backfill_remaining_uids', 'UIDs left to read in a back-fill or re-scan (0 when none runs)', ['mailbox']);
  const lastUid = g('mailbox_last_uid', 'Highest mailbox UID read', ['mailbox']);

  async function refresh(now: Date): Promise<void> {
    const [states, src, times, out, ref, cp] = await Promise.all([
      pool.query(`SELECT state, count(*)::int AS n FROM requests GROUP BY state`),
      pool.query(`SELECT source, count(*)::int AS n FROM requests GROUP BY 1`),
      pool.query(
        `SELECT coalesce(extract(epoch FROM $1::timestamptz - min(received_at) FILTER (WHERE state = 'awaiting_approval')), 0)::float8 AS oldest,
                coalesce(extract(epoch FROM $1::timestamptz - min(received_at) FILTER (WHERE state = 'triage')), 0)::float8 AS oldest_triage,
                count(*) FILTER (WHERE state = 'triage')::int AS triage,
                count(*) FILTER (WHERE due_at < $1)::int AS overdue,
                count(*) FILTER (WHERE due_at >= $1 AND due_at < $1::timestamptz + $3 * interval '1 millisecond')::int AS soon
           FROM requests WHERE state = ANY($2)`,
        [now, OPEN_STATES, 5 * DAY_MS],
      ),
      pool.query(`SELECT purpose, state, count(*)::int AS n FROM outbox GROUP BY 1, 2`),
      pool.query(
        `SELECT coalesce(detail->>'reason', 'unknown') AS reason, count(*)::int AS n FROM request_events
          WHERE type IN ('approval_refused', 'decision_refused') GROUP BY 1`,
      ),
      pool.query(`SELECT mailbox, last_uid::float8 AS last_uid, scan_until_uid::float8 AS until FROM mailbox_checkpoints`),
    ]);
    const jobs: { queue: string; counts: Record<string, number> }[] = [];
    for (const q of queues ? [queues.inbound, queues.requests, queues.mail] : []) {
      jobs.push({ queue: q.name, counts: await q.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed') });
    }
    // Everything read: from here on no await, so a scrape sees the old or the new snapshot, never a mix.
    byState.reset();
    for (const r of states.rows) byState.set({ state: r.state }, r.n);
    bySource.reset();
    for (const r of src.rows) bySource.set({ source: r.source }, r.n);
    oldestAwaiting.set(Math.max(0, Number(times.rows[0].oldest)));
    triageWaiting.set(times.rows[0].triage);
    oldestTriage.set(Math.max(0, Number(times.rows[0].oldest_triage)));
    overdue.set(times.rows[0].overdue);
    dueSoon.set(times.rows[0].soon);
    mails.reset();
    for (const r of out.rows) mails.set({ purpose: r.purpose, state: r.state }, r.n);
    refused.reset();
    for (const r of ref.rows) refused.set({ reason: r.reason }, r.n);
    backfillRemaining.reset();
    lastUid.reset();
    for (const r of cp.rows) {
      lastUid.set({ mailbox: r.mailbox }, r.last_uid);
      backfillRemaining.set({ mailbox: r.mailbox }, r.until === null ? 0 : Math.max(0, r.until - r.last_uid));
    }
    if (queues) {
      queueJobs.reset();
      for (const { queue, counts } of jobs) for (const [state, n] of Object.entries(counts)) queueJobs.set({ queue, state }, n);
    }
  }

  function scrape(now: Date): void {
    const m = mailbox();
    if (m) {
      imapConnected.set(m.leaseHeld && m.connected ? 1 : 0);
      if (m.lastSyncedAt !== null) sinceSync.set((now.getTime() - m.lastSyncedAt) / 1000);
    }
  }

  return { refresh, scrape };
}
