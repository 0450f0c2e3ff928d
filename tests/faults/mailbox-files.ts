// Reads a test mailbox straight from Dovecot's Maildir files, without an IMAP session:
// cheap enough to poll sixty mailboxes every half second while a fault is going on.
// The invariant checks read through IMAP (harness/mail-user.ts); this only drives.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dovecot } from '../../harness/dovecot.js';
import { maildirPath } from '../../harness/maildir.js';
import { parseReceived, type ReceivedMail } from '../../harness/received-mail.js';

export class MailboxFiles {
  private readonly parsed = new Map<string, ReceivedMail>();

  constructor(private readonly dovecot: Pick<Dovecot, 'dir'>) {}

  /** Every message in `user`'s INBOX now (order not guaranteed). */
  async list(user: string): Promise<ReceivedMail[]> {
    const box = maildirPath(this.dovecot, user);
    const out: ReceivedMail[] = [];
    for (const sub of ['new', 'cur']) {
      const names = await readdir(join(box, sub)).catch(() => [] as string[]);
      for (const name of names) {
        const key = `${user}/${name.split(':')[0]}`;
        let mail = this.parsed.get(key);
        if (!mail) {
          const raw = await readFile(join(box, sub, name)).catch(() => null);
          if (!raw) continue; // moved from new/ to cur/ while we looked: seen on the next round
          mail = await parseReceived(0, raw, false);
          this.parsed.set(key, mail);
        }
        out.push(mail);
      }
    }
    return out;
  }
}

/** The kind of bot mail (its X-Deletion-Bot header), or null for any other mail. */
export function botKind(m: ReceivedMail): string | null {
  const v = m.headers.get('x-deletion-bot');
  return typeof v === 'string' ? v : null;
}
