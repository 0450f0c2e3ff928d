import type { Worker } from 'bullmq';

/** Longest stretch the other workers wait for intake; then they get as long again. */
export const MAX_YIELD_MS = 2_000;

/**
 * Intake first: while the inbound queue has work, this process's other workers (request
 * steps, mail) take no new job, so stored mail becomes recorded requests before the bot
 * spends its one thread on answers. Jobs already running finish; nothing is lost or
 * reordered within a queue. Mail that never stops coming cannot hold the answers back:
 * after MAX_YIELD_MS of waiting the others run for as long again whatever intake has.
 */
export class IntakeFirst {
  private yieldingSince: number | null = null;
  private turnUntil = 0;
  private timer: NodeJS.Timeout | null = null;
  /** Pauses and resumes run one after the other, in the order asked. */
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly inbound: Worker,
    private readonly others: readonly Worker[],
    private readonly now: () => number = Date.now,
    private readonly maxYieldMs = MAX_YIELD_MS,
  ) {
    inbound.on('active', () => this.intakeBusy());
    inbound.on('drained', () => this.intakeIdle());
  }

  /** True while the other workers are held back. */
  get yielding(): boolean {
    return this.yieldingSince !== null;
  }

  private intakeBusy(): void {
    if (this.yieldingSince !== null || this.now() < this.turnUntil) return;
    this.yieldingSince = this.now();
    this.queue(() => Promise.all(this.others.map((w) => w.pause(true))));
    this.timer = setTimeout(() => {
      // Intake has had its stretch: the others' turn, as long, before intake may hold them again.
      this.turnUntil = this.now() + this.maxYieldMs;
      this.release();
    }, this.maxYieldMs);
    this.timer.unref();
  }

  private intakeIdle(): void {
    this.release();
  }

  private release(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.yieldingSince === null) return;
    this.yieldingSince = null;
    this.queue(() => Promise.all(this.others.map((w) => w.resume())));
  }

  /** Lets the other workers run (before closing them). */
  async stop(): Promise<void> {
    this.turnUntil = Number.POSITIVE_INFINITY;
    this.release();
    await this.chain;
  }

  private queue(step: () => Promise<unknown>): void {
    this.chain = this.chain.then(step).then(() => {}, () => {});
  }
}
