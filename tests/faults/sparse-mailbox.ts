// Writes a large mailbox straight into a test Dovecot's Maildir, with the UIDs of our
// choosing: the message files and a dovecot-uidlist that names each file's UID, the
// UIDVALIDITY and the next UID. A mailbox of 100,000 messages whose UIDs lie far apart
// (years of mail with most of it deleted, or a migration that kept the old UIDs) takes
// seconds this way; APPENDing it would take an hour and could not leave gaps.
import { randomBytes } from 'node:crypto';
import { mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dovecot } from '../../harness/dovecot.js';
import { maildirPath } from '../../harness/maildir.js';
import { run } from '../../harness/system.js';
import { ensureVmailUser } from '../../harness/vmail.js';

export interface SparseMessage {
  uid: number;
  raw: string;
  /** INTERNALDATE (the file's mtime). */
  receivedAt: Date;
}

/** Files written at once: enough to keep the disk busy, few enough for the open-file limit. */
const PARALLEL = 256;

/**
 * Replaces `user`'s INBOX with `messages` (UIDs ascending) under `uidValidity`; the next
 * message delivered gets UID `uidNext`. Kicks the user's sessions first; Dovecot builds its
 * index on the next login. Resolves with the number of messages written.
 */
export async function writeSparseMailbox(
  dovecot: Pick<Dovecot, 'dir' | 'kick'>,
  user: string,
  messages: Iterable<SparseMessage>,
  { uidValidity, uidNext }: { uidValidity: number; uidNext: number },
): Promise<number> {
  const owner = await ensureVmailUser();
  await dovecot.kick(user);
  const box = maildirPath(dovecot, user);
  await rm(box, { recursive: true, force: true });
  for (const sub of ['cur', 'new', 'tmp']) await mkdir(join(box, sub), { recursive: true });

  const records: string[] = [];
  let pending: Promise<void>[] = [];
  let last = 0;
  for (const m of messages) {
    if (m.uid <= last || m.uid >= uidNext) throw new Error(`UID ${m.uid} is not above ${last} and below UIDNEXT ${uidNext}`);
    last = m.uid;
    const data = Buffer.from(m.raw);
    const base = `${Math.floor(m.receivedAt.getTime() / 1000)}.M${m.uid}P1.dbot-sparse,S=${data.length}`;
    records.push(`${m.uid} :${base}\n`);
    const file = join(box, 'cur', `${base}:2,`);
    pending.push(writeFile(file, data).then(() => utimes(file, m.receivedAt, m.receivedAt)));
    if (pending.length >= PARALLEL) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);
  const guid = randomBytes(16).toString('hex');
  await writeFile(join(box, 'dovecot-uidlist'), `3 V${uidValidity} N${uidNext} G${guid}\n${records.join('')}`);
  const chowned = await run('chown', ['-R', `${owner.uid}:${owner.gid}`, join(box, '..')], 120_000);
  if (chowned.code !== 0) throw new Error(`chown of ${box} failed: ${chowned.stderr.trim()}`);
  return records.length;
}
