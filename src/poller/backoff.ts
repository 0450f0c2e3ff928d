/**
 * Reconnect delays: exponential with full jitter and a cap. The attempt count
 * resets only after a connection stayed up for `stableMs`, so a server that
 * accepts and then drops us at once cannot provoke a login storm; or when the
 * server closed a session that ran normally (logged in, read the mailbox, up at
 * least `normalMs`): Exchange Online ends every session when its token's hour
 * is over, and with short token lives the gaps would otherwise grow to the cap.
 */
export class Backoff {
  private attempt = 0;
  private upSince: number | null = null;

  constructor(
    private readonly baseMs = 1_000,
    private readonly capMs = 60_000,
    private readonly stableMs = 60_000,
    private readonly random: () => number = Math.random,
    private readonly normalMs = 1_000,
  ) {}

  connected(now: number): void {
    this.upSince = now;
  }

  /**
   * Delay before the next attempt, given the time the connection ended. `ranNormally`: the
   * server closed a session that logged in and read the mailbox (e.g. a BYE naming an
   * expired token), which is no failure: reconnect at once and start counting afresh.
   */
  next(now: number, ranNormally = false): number {
    const up = this.upSince === null ? null : now - this.upSince;
    this.upSince = null;
    if (ranNormally && up !== null && up >= this.normalMs) {
      this.attempt = 0;
      return 0;
    }
    if (up !== null && up >= this.stableMs) this.attempt = 0;
    const ceiling = Math.min(this.capMs, this.baseMs * 2 ** this.attempt);
    this.attempt += 1;
    return Math.round(ceiling / 2 + (this.random() * ceiling) / 2);
  }
}
