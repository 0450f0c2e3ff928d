/**
 * Reconnect delays: exponential with full jitter and a cap. The attempt count
 * resets only after a connection stayed up for `stableMs`, so a server that
 * accepts and then drops us at once cannot provoke a login storm.
 */
export class Backoff {
  private attempt = 0;
  private upSince: number | null = null;

  constructor(
    private readonly baseMs = 1_000,
    private readonly capMs = 60_000,
    private readonly stableMs = 60_000,
    private readonly random: () => number = Math.random,
  ) {}

  connected(now: number): void {
    this.upSince = now;
  }

  /** Delay before the next attempt, given the time the connection ended. */
  next(now: number): number {
    if (this.upSince !== null && now - this.upSince >= this.stableMs) this.attempt = 0;
    this.upSince = null;
    const ceiling = Math.min(this.capMs, this.baseMs * 2 ** this.attempt);
    this.attempt += 1;
    return Math.round(ceiling / 2 + (this.random() * ceiling) / 2);
  }
}
