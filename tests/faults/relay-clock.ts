// Stamps each mail the bot hands to a relay with the moment it was seen there (the relay
// accepts only after LMTP delivered it, so that is when it lands in the mailbox), its
// recipients and its kind (X-Deletion-Bot): when did whose acknowledgment arrive.
import type { SmtpRelay } from '../../harness/smtp-relay.js';

export interface StampedMail {
  at: number;
  to: string[];
  kind: string | null;
}

export class RelayClock {
  readonly mails: StampedMail[] = [];
  private seen = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly relay: Pick<SmtpRelay, 'messages'>, private readonly from: string, everyMs = 100) {
    this.timer = setInterval(() => this.take(), everyMs);
  }

  private take(): void {
    const now = Date.now();
    for (; this.seen < this.relay.messages.length; this.seen++) {
      const m = this.relay.messages[this.seen]!;
      if (m.envelope.from !== this.from) continue;
      const head = m.raw.subarray(0, 8192).toString('latin1');
      const kind = /^X-Deletion-Bot:\s*(\S+)/im.exec(head)?.[1] ?? null;
      this.mails.push({ at: now, to: m.envelope.to.map((a) => a.toLowerCase()), kind });
    }
  }

  /** The latest stamp of a mail of `kind` to any of `recipients`, or null. */
  lastOf(kind: string, recipients: ReadonlySet<string>): number | null {
    this.take();
    let last: number | null = null;
    for (const m of this.mails) {
      if (m.kind === kind && m.to.some((a) => recipients.has(a))) last = Math.max(last ?? 0, m.at);
    }
    return last;
  }

  stop(): void {
    this.take();
    clearInterval(this.timer);
  }
}
