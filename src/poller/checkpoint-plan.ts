import type { Checkpoint } from './inbound-store.js';

/** Where reading starts: pure decisions about the checkpoint, kept apart from IMAP and SQL. */

export interface MailboxState {
  uidValidity: number;
  /** UIDNEXT: every message present has a lower UID. */
  uidNext: number;
}

/**
 * First sight of a mailbox. By default the mail received (INTERNALDATE) since
 * `startedAt`, the instant the bot started, is taken: the UIDs present now are
 * read with that filter, so a request delivered while the bot was still
 * connecting is not skipped, and older mail is never answered by surprise.
 * With a back-fill date, every message received since that date is read first
 * the same way.
 */
export function firstCheckpoint(box: MailboxState, backfillSince: Date | undefined, startedAt: Date): Checkpoint {
  const newest = Math.max(0, box.uidNext - 1);
  // INTERNALDATE has whole seconds: a mail of the start's own second counts as after it.
  const takeSince = backfillSince ?? new Date(Math.floor(startedAt.getTime() / 1000) * 1000);
  return { uidValidity: box.uidValidity, lastUid: 0, highestModseq: null, takeSince, scanUntilUid: newest };
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
