// Looks at a folder the way a person's mail client shows it: which messages are there,
// read or unread, with which keywords. Read-only (EXAMINE): looking changes nothing.
import type { Dovecot } from '../../harness/dovecot.js';
import { imapClient } from '../../harness/imap-client.js';

export interface FlaggedMail {
  uid: number;
  messageId: string;
  subject: string;
  /** Flags and keywords, e.g. ['\\Seen', '$DeletionBot'] (without the session-only \\Recent). */
  flags: string[];
}

export interface FolderView {
  uidValidity: bigint;
  /** HIGHESTMODSEQ (RFC 7162), when the server offers CONDSTORE. */
  highestModseq: bigint | undefined;
  messages: FlaggedMail[];
}

/** Every message in `folder` of `user` with its flags; null when the folder does not exist. */
export async function viewFolder(
  dovecot: Pick<Dovecot, 'imapPort' | 'passwordFor'>,
  user: string,
  folder = 'INBOX',
): Promise<FolderView | null> {
  const client = imapClient(dovecot, user);
  client.on('error', () => {});
  await client.connect();
  try {
    const list = await client.list();
    if (!list.some((f) => f.path.toUpperCase() === folder.toUpperCase())) return null;
    const box = await client.mailboxOpen(folder, { readOnly: true });
    const messages: FlaggedMail[] = [];
    if (box.exists > 0) {
      for await (const m of client.fetch('1:*', { uid: true, flags: true, envelope: true })) {
        messages.push({
          uid: m.uid,
          messageId: (m.envelope?.messageId ?? '').replace(/^<|>$/g, ''),
          subject: m.envelope?.subject ?? '',
          // \Recent only says which session saw the message first; no client shows it.
          flags: [...(m.flags ?? [])].filter((f) => f !== '\\Recent'),
        });
      }
    }
    return { uidValidity: box.uidValidity, highestModseq: box.highestModseq, messages: messages.sort((a, b) => a.uid - b.uid) };
  } finally {
    await client.logout().catch(() => client.close());
  }
}
