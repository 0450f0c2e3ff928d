// Fills and recreates mailboxes by writing Maildir files straight into a test Dovecot's
// mail folder: thousands of messages in seconds, with the received date (INTERNALDATE,
// the file's mtime) of our choosing, as a restore from backup or a migration would.
import { chown, mkdir, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dovecot } from './dovecot.js';
import { ensureVmailUser, type SystemUser } from './vmail.js';

export interface MaildirMessage {
  raw: string | Buffer;
  /** INTERNALDATE; now when absent. */
  receivedAt?: Date;
}

/** Folder of `user`'s mailbox `folder` (Maildir++: INBOX is the root, others are `.Name`). */
export function maildirPath(dovecot: Pick<Dovecot, 'dir'>, user: string, folder = 'INBOX'): string {
  const [local, domain] = user.split('@') as [string, string];
  const root = join(dovecot.dir, 'mail', domain, local);
  return folder.toUpperCase() === 'INBOX' ? root : join(root, `.${folder}`);
}

async function ensureDir(path: string, owner: SystemUser): Promise<void> {
  await mkdir(path, { recursive: true });
  await chown(path, owner.uid, owner.gid);
}

let counter = 0;

/**
 * Writes messages into `user`'s mailbox the Maildir way (tmp/ then rename into new/);
 * Dovecot gives them UIDs the next time the mailbox is opened. Accepts any iterable,
 * so a caller can generate thousands lazily. Resolves with the number written.
 */
export async function fillMaildir(
  dovecot: Pick<Dovecot, 'dir'>,
  user: string,
  messages: Iterable<MaildirMessage>,
  folder = 'INBOX',
): Promise<number> {
  const owner = await ensureVmailUser();
  const box = maildirPath(dovecot, user, folder);
  for (const p of [join(box, '..', '..'), join(box, '..'), box]) await ensureDir(p, owner).catch(() => {});
  for (const sub of ['cur', 'new', 'tmp']) await ensureDir(join(box, sub), owner);
  let written = 0;
  let pending: Promise<void>[] = [];
  for (const m of messages) {
    const data = typeof m.raw === 'string' ? Buffer.from(m.raw) : m.raw;
    const at = m.receivedAt ?? new Date();
    const name = `${Math.floor(at.getTime() / 1000)}.M${(counter % 1_000_000).toString().padStart(6, '0')}P${process.pid}Q${counter}.dbot-test,S=${data.length}`;
    counter += 1;
    pending.push((async () => {
      const tmp = join(box, 'tmp', name);
      await writeFile(tmp, data);
      await chown(tmp, owner.uid, owner.gid);
      await utimes(tmp, at, at);
      await rename(tmp, join(box, 'new', name));
    })());
    written += 1;
    if (pending.length >= 100) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);
  return written;
}

/**
 * Deletes `user`'s whole mail folder and writes `messages` into a fresh INBOX: the
 * server-side reset after which the mailbox has a new UIDVALIDITY. Stop or kick the
 * user's sessions first; Dovecot creates new index files on the next login.
 */
export async function recreateMailbox(
  dovecot: Pick<Dovecot, 'dir' | 'kick'>,
  user: string,
  messages: Iterable<MaildirMessage>,
): Promise<void> {
  await dovecot.kick(user);
  await rm(maildirPath(dovecot, user), { recursive: true, force: true });
  await fillMaildir(dovecot, user, messages);
}
