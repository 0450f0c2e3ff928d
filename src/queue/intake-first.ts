import type { Processor, Worker } from 'bullmq';

/** Longest stretch the other workers wait for intake; then they get as long again. */
export const MAX_YIELD_MS = 2_000;

/**
 * Intake first: while the inbound queue has work, the jobs of this process's other workers
 * (request steps, mail) wait before they start, so stored mail becomes recorded requests
 * before the bot spends its one thread on answers. A job that already started finishes;
 * nothing is lost or reordered within a queue. Mail that never stops coming cannot hold
 * the answers back: after MAX_YIELD_MS of waiting the others run for as long again,
 * whatever intake has.
 */
export class IntakeFirst {
  private yieldingSince: number | null = null;
  private turnUntil = 0;
  private timer: NodeJS.Timeout | null = null;
  private waiting: (() => void)[] = [];

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxYieldMs = MAX_YIELD_MS,
  ) {}

  /** Follows the inbound worker: busy from a job's start until it finds its queue empty. */
  watch(inbound: Pick<Worker, 'on'>): this {
    inbound.on('active', () => this.intakeBusy());
    inbound.on('drained', () => this.release());
    return this;
  }

  /** True while the other workers' jobs wait. */
  get yielding(): boolean {
    return this.yieldingSince !== null;
  }

  /** `processor`, starting each job only when intake lets it. */
  wrap<T>(processor: Processor<T>): Processor<T> {
    return async (job, token, signal) => {
      await this.turn();
      return processor(job, token, signal);
    };
  }

  /** Resolves at once unless intake holds the others back; then when it lets them go. */
  turn(): Promise<void> {
    if (this.yieldingSince === null) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private intakeBusy(): void {
    if (this.yieldingSince !== null || this.now() < this.turnUntil) return;
    this.yieldingSince = this.now();
    this.timer = setTimeout(() => {
      // Intake has had its stretch: the others' turn, as long, before intake may hold them again.
      this.turnUntil = this.now() + this.maxYieldMs;
      this.release();
    }, this.maxYieldMs);
    this.timer.unref();
  }

  private release(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.yieldingSince = null;
    for (const go of this.waiting.splice(0)) go();
  }

  /** Lets every waiting job go, for good (before the workers close). */
  stop(): void {
    this.turnUntil = Number.POSITIVE_INFINITY;
    this.release();
  }
}
