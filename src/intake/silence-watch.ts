/**
 * Tells a dead IMAP connection from a quiet one. A connection can die without
 * either end hearing of it (a NAT entry or a firewall state that timed out):
 * the socket stays open and nothing arrives, while IDLE looks exactly like
 * that when no mail comes. So silence counts only while a read of the mailbox
 * is outstanding: once the server has said nothing for `limitMs` since that
 * read began, the connection is given up.
 */
export class SilenceWatch {
  private received = 0;
  private heardAt: number;
  private busySince: number | null = null;

  constructor(private readonly limitMs: number, now: number) {
    this.heardAt = now;
  }

  /** The connection's received byte count, sampled at `now`. */
  heard(receivedBytes: number, now: number): void {
    if (receivedBytes !== this.received) {
      this.received = receivedBytes;
      this.heardAt = now;
    }
  }

  /** A read of the mailbox began (commands sent, answers awaited). */
  busy(now: number): void {
    this.busySince ??= now;
  }

  /** The read ended (answered or failed). */
  idle(): void {
    this.busySince = null;
  }

  /** True when a read is outstanding and the server has said nothing for `limitMs` since it began. */
  dead(now: number): boolean {
    if (this.busySince === null) return false;
    return now - Math.max(this.heardAt, this.busySince) >= this.limitMs;
  }
}

/** How long a read may go unanswered: a poll interval, but never under 30 s (a busy server is slow, not dead). */
export function silenceLimitMs(pollSeconds: number): number {
  return Math.max(pollSeconds, 30) * 1000;
}
