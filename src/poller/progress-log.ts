import type { Logger } from '../log/logger.js';

/**
 * Progress of a long read (back-fill, re-scan, a big backlog): a line every
 * few seconds or every `every` messages with done/total and the rate. Counts
 * only: no addresses, subjects or UIDs.
 */
export class ProgressLog {
  private done = 0;
  private lastLogAt: number;
  private lastLogDone = 0;
  private readonly startedAt: number;

  constructor(
    private readonly log: Logger,
    private readonly phase: string,
    private readonly total: number,
    private readonly clock: () => number = Date.now,
    private readonly intervalMs = 5_000,
    private readonly every = 1_000,
  ) {
    this.startedAt = clock();
    this.lastLogAt = this.startedAt;
    this.log.info({ component: 'intake', phase, total }, `${phase}: ${total} message(s) to read`);
  }

  /** Counts `n` more messages read (stored, known already, or left out). */
  add(n = 1): void {
    this.done += n;
    const now = this.clock();
    if (now - this.lastLogAt >= this.intervalMs || this.done - this.lastLogDone >= this.every) this.line(now, 'progress');
  }

  finish(): void {
    this.line(this.clock(), 'finished');
  }

  private line(now: number, what: string): void {
    const seconds = Math.max(0.001, (now - this.startedAt) / 1000);
    const perSecond = Math.round((this.done / seconds) * 10) / 10;
    this.log.info(
      { component: 'intake', phase: this.phase, done: this.done, total: this.total, perSecond },
      `${this.phase} ${what}: ${this.done}/${this.total} (${perSecond}/s)`,
    );
    this.lastLogAt = now;
    this.lastLogDone = this.done;
  }
}
