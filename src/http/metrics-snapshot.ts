import { Gauge, type Registry } from 'prom-client';
import type { Logger } from '../log/logger.js';
import { scrubAddresses } from '../log/scrub.js';
import type { OpsMetrics } from './ops-metrics.js';

/** A scrape right after the start waits this long at most for the first numbers. */
const FIRST_WAIT_MS = 2_000;

/**
 * The counts read from Postgres and Redis, refreshed every METRICS_REFRESH_SECONDS by
 * one refresh at a time, whatever the number of scrapes: a scrape only serialises the
 * last snapshot, so a flood of them costs no query and never waits for the pool that
 * intake and the workers use (the refresh has a pool of its own).
 */
export class MetricsSnapshot {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private first: Promise<void> = Promise.resolve();
  private lastOk: number | null = null;
  private readonly age: Gauge;

  constructor(
    private readonly ops: OpsMetrics,
    private readonly everyMs: number,
    private readonly log: Logger,
    registry: Registry,
  ) {
    this.age = new Gauge({
      name: 'deletion_bot_metrics_snapshot_age_seconds',
      help: 'Seconds since the counts read from Postgres and Redis were last refreshed (-1 before the first refresh)',
      registers: [registry],
    });
  }

  start(): void {
    this.first = this.refresh();
    this.timer = setInterval(() => void this.refresh(), this.everyMs);
    this.timer.unref();
  }

  /** Sets the process's own gauges and waits for the first refresh, never for a later one. */
  async beforeScrape(now: Date): Promise<void> {
    await Promise.race([this.first, new Promise((r) => setTimeout(r, FIRST_WAIT_MS).unref())]);
    this.ops.scrape(now);
    this.age.set(this.lastOk === null ? -1 : (now.getTime() - this.lastOk) / 1000);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private refresh(): Promise<void> {
    this.running ??= this.ops
      .refresh(new Date())
      .then(
        () => { this.lastOk = Date.now(); },
        (err: unknown) => this.log.warn({ component: 'metrics', err: scrubAddresses((err as Error).message) }, 'metrics refresh failed; serving the previous numbers'),
      )
      .finally(() => { this.running = null; });
    return this.running;
  }
}
