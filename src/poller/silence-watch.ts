/**
 * Tells a dead IMAP connection from a quiet one. A connection can die without
 * either end hearing of it (a NAT entry or a firewall state that timed out):
 * the socket stays open and nothing arrives, while IDLE looks exactly like
 * that when no mail comes. An IMAP server answers every command, so silence
 * counts only after the client wrote something (a command, DONE to end IDLE):
 * once nothing has come back for `limitMs` since then, the connection is given
 * up. The client's own slowness (waiting on Postgres in the middle of a FETCH)
 * is not silence: it writes nothing meanwhile.
 */
export class SilenceWatch {
  private sent = 0;
  private received = 0;
  private waitingSince: number | null = null;

  constructor(private readonly limitMs: number) {}

  /**
   * The connection's byte counts, sampled at `now`. Bytes received end the wait;
   * bytes written with nothing received since the last sample start one. (Both in
   * one sample count as answered: a command left unanswered then is caught at the
   * next one the client writes.)
   */
  sample(sentBytes: number, receivedBytes: number, now: number): void {
    const wrote = sentBytes !== this.sent;
    const heard = receivedBytes !== this.received;
    this.sent = sentBytes;
    this.received = receivedBytes;
    if (heard) this.waitingSince = null;
    else if (wrote) this.waitingSince ??= now;
  }

  /** True when the client wrote and the server has said nothing for `limitMs` since. */
  dead(now: number): boolean {
    return this.waitingSince !== null && now - this.waitingSince >= this.limitMs;
  }
}

/**
 * How often the connection's byte counts are sampled. A sample that finds bytes both
 * written and received cannot tell their order and counts as answered, so it must be
 * short: with samples seconds apart, the server's last words before a connection went
 * silent (IDLE's "+ idling") and the bot's first unanswered write after it (DONE, when the
 * poll came due) fell into one sample, and only imapflow's socket timeout (10 minutes or
 * more) ended the dead connection. A quarter second still cannot order a reply and a
 * command written within it (a connection that dies in the middle of a sync); for that
 * rarer case the socket timeout remains the backstop.
 */
export const SILENCE_SAMPLE_MS = 250;

/** How long a command may go unanswered: a poll interval, but never under 30 s (a busy server is slow, not dead). */
export function silenceLimitMs(pollSeconds: number): number {
  return Math.max(pollSeconds, 30) * 1000;
}
