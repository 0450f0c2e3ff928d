import type { Checkpoint } from './inbound-store.js';

/** Where reading starts: pure decisions about the checkpoint, kept apart from IMAP and SQL. */

export interface MailboxState {
  uidValidity: number;
  /** UIDNEXT: every message present has a lower UID. */
  uidNext: number;
}

/**
 * First sight of a mailbox. By default only mail arriving from now on is
 * taken: the newest UID is recorded, so old mail is never answered by
 * surprise. With a back-fill date, every message received since that date is
 * read first (UIDs up to the newest one now, filtered by INTERNALDATE).
 */
export function firstCheckpoint(box: MailboxState, backfillSince: Date | undefined, now: Date): Checkpoint {
  const newest = Math.max(0, box.uidNext - 1);
  if (backfillSince) {
    return { uidValidity: box.uidValidity, lastUid: 0, highestModseq: null, takeSince: backfillSince, scanUntilUid: newest };
  }
  return { uidValidity: box.uidValidity, lastUid: newest, highestModseq: null, takeSince: now, scanUntilUid: null };
}

/**
 * A changed UIDVALIDITY: the server renumbered every message, so the UIDs we
 * know mean nothing. The mailbox is read again from the instant the bot began
 * taking mail (content identity keeps known messages out); mail older than
 * that stays untouched as it was before the reset.
 */
export function checkpointAfterReset(old: Checkpoint, box: MailboxState): Checkpoint {
  return {
    uidValidity: box.uidValidity,
    lastUid: 0,
    highestModseq: null,
    takeSince: old.takeSince,
    scanUntilUid: Math.max(0, box.uidNext - 1),
  };
}

/**
 * True when the server says nothing changed since the last complete read: the
 * same HIGHESTMODSEQ (every new message raises it, RFC 7162) and no scan left.
 */
export function nothingChanged(cp: Checkpoint, highestModseq: bigint | null): boolean {
  return highestModseq !== null && cp.highestModseq !== null && cp.scanUntilUid === null && cp.highestModseq === highestModseq;
}
