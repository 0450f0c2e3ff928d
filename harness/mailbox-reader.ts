// Reads one user's INBOX over IMAP the way a mail client would, read-only (EXAMINE) so
// looking never marks anything \Seen. Keeps parsed messages by UID between polls, and
// reconnects when the session was dropped (a kicked session or a restarted Dovecot).
import type { ImapFlow } from 'imapflow';
import type { Dovecot } from './dovecot.js';
import { imapClient } from './imap-client.js';
import { parseReceived } from './received-mail.js';
import type { ReceivedMail } from './received-mail.js';

export class MailboxReader {
  private client: ImapFlow | undefined;
  private readonly parsed = new Map<number, ReceivedMail>();
  private uidValidity: bigint | undefined;

  constructor(
    private readonly dovecot: Pick<Dovecot, 'imapPort' | 'passwordFor'>,
    private readonly user: string,
  ) {}

  private async open(): Promise<ImapFlow> {
    if (this.client?.usable) return this.client;
    const client = imapClient(this.dovecot, this.user);
    client.on('error', () => {}); // a dropped session shows up as a failed command; we reconnect
    await client.connect();
    const mailbox = await client.mailboxOpen('INBOX', { readOnly: true });
    if (mailbox.uidValidity !== this.uidValidity) this.parsed.clear();
    this.uidValidity = mailbox.uidValidity;
    this.client = client;
    return client;
  }

  /** Every message now in INBOX, oldest first. */
  async list(): Promise<ReceivedMail[]> {
    const client = await this.open();
    await client.noop(); // lets the server report new messages and flag changes
    if (client.mailbox === false || client.mailbox.exists === 0) return [];
    const flags = new Map<number, boolean>();
    for await (const msg of client.fetch('1:*', { uid: true, flags: true })) {
      flags.set(msg.uid, msg.flags?.has('\\Seen') ?? false);
    }
    const fresh = [...flags.keys()].filter((uid) => !this.parsed.has(uid));
    if (fresh.length > 0) {
      for await (const msg of client.fetch(fresh.join(','), { uid: true, source: true }, { uid: true })) {
        if (msg.source) this.parsed.set(msg.uid, await parseReceived(msg.uid, msg.source, false));
      }
    }
    return [...flags.entries()]
      .sort(([a], [b]) => a - b)
      .flatMap(([uid, seen]) => {
        const mail = this.parsed.get(uid);
        return mail ? [{ ...mail, seen }] : [];
      });
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client?.usable) await client.logout().catch(() => client.close());
    else client?.close();
  }
}
