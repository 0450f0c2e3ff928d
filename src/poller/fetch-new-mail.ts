import type { ImapFlow } from 'imapflow';
import { fairPriority, SenderTally } from '../queue/fair-share.js';
import { enqueueFollowUps } from '../queue/queues.js';
import { DAY_MS } from '../time/day.js';
import { checkpointAfterReset, firstCheckpoint, nothingChanged } from './checkpoint-plan.js';
import type { ImapSettings } from './imap-client.js';
import { finishScan, readCheckpoint, recordModseq, writeCheckpoint, type Checkpoint } from './inbound-store.js';
import { recordMailboxReset, type MailboxResetDeps } from './mailbox-reset.js';
import { ProgressLog } from './progress-log.js';
import { readBatch, type BatchReader, type BatchResult } from './read-batch.js';
import { uidBatches } from './uid-set.js';

/** UIDs read per batch: bounds what one round of FETCHes holds. */
const BATCH_SIZE = 200;
/** A catch-up this long logs its progress like a back-fill. */
const BACKLOG_TO_REPORT = 500;
/** Mails stored per sender address in this process (the one that holds the poller lease). */
const storedBySender = new SenderTally(DAY_MS);

export interface SyncResult extends BatchResult {
  /** The server reported the same HIGHESTMODSEQ: nothing was fetched. */
  unchanged: boolean;
  uidValidity: number;
}

/** What reading the mailbox needs besides its IMAP session: the store and queues, the clock, and who is staff (never counted against the fair share). */
export type FetchNewMailDeps = MailboxResetDeps & { now: () => Date; settings: { staffEmails: string[] } };

/** The watcher is stopping or lost its lease: a long read ends between two batches. */
export class SyncInterrupted extends Error {
  override name = 'SyncInterrupted';
}

/** The mailbox was renumbered while we had it open: the session must select it again. */
class MailboxChangedError extends Error {
  override name = 'MailboxChangedError';
}

/**
 * One read of the open mailbox up to date. Finds new mail by UID only (never
 * by unread flags or dates): everything above the checkpoint's UID is stored,
 * a group of messages and its checkpoint move in one transaction. On first sight of
 * a mailbox the mail received since the bot started (or since the back-fill date) is
 * read; a changed
 * UIDVALIDITY re-reads the mailbox and alerts staff. When the server offers
 * CONDSTORE and its HIGHESTMODSEQ did not move since the last complete read,
 * nothing is fetched at all.
 */
export async function fetchNewMail(
  client: ImapFlow,
  deps: FetchNewMailDeps,
  imap: ImapSettings,
  /** Asked between batches; false ends a long read (SIGTERM, lost lease) with SyncInterrupted. */
  mayContinue: () => boolean = () => true,
  /** When this process started: on first sight of the mailbox, mail received since then is taken. */
  startedAt: Date = deps.now(),
): Promise<SyncResult> {
  const mailbox = imap.IMAP_MAILBOX;
  const box = client.mailbox;
  if (!box) throw new Error(`Mailbox ${mailbox} is not open`);
  const uidValidity = Number(box.uidValidity);

  // STATUS on the open mailbox reports what arrived and changed (NOOP would not give UIDNEXT or HIGHESTMODSEQ).
  const status = await client.status(mailbox, { uidNext: true, uidValidity: true, highestModseq: true, messages: true });
  if (status && status.uidValidity !== undefined && Number(status.uidValidity) !== uidValidity) {
    throw new MailboxChangedError(`mailbox ${mailbox} was renumbered while open (UIDVALIDITY changed)`);
  }
  if (!status) await client.noop();
  const state = { uidValidity, uidNext: status && status.uidNext ? status.uidNext : box.uidNext };
  const modseq = status && typeof status.highestModseq === 'bigint' && !box.noModseq ? status.highestModseq : null;

  let cp = await readCheckpoint(deps.pool, mailbox);
  if (!cp) {
    cp = firstCheckpoint(state, imap.IMAP_BACKFILL_SINCE, startedAt);
    await writeCheckpoint(deps.pool, mailbox, cp);
    if (cp.scanUntilUid !== null) {
      deps.log.info({ component: 'intake', since: imap.IMAP_BACKFILL_SINCE?.toISOString().slice(0, 10) }, 'first start on this mailbox: back-filling the mail received since the given date');
    } else {
      deps.log.info({ component: 'intake', since: cp.takeSince?.toISOString() }, 'first start on this mailbox: taking the mail received since the bot started');
    }
  } else if (cp.uidValidity !== uidValidity) {
    const next = checkpointAfterReset(cp, state);
    await recordMailboxReset(deps, mailbox, cp, next);
    cp = next;
  } else if (imap.IMAP_BACKFILL_SINCE && cp.scanUntilUid === null) {
    deps.log.debug({ component: 'intake' }, 'IMAP_BACKFILL_SINCE ignored: this mailbox already has a checkpoint');
  }

  const result: SyncResult = { stored: 0, known: 0, leftOut: 0, oversized: 0, unchanged: false, uidValidity };
  if (nothingChanged(cp, modseq)) return { ...result, unchanged: true };

  const staff = new Set(deps.settings.staffEmails.map((a) => a.toLowerCase()));
  const reader: BatchReader = {
    client, pool: deps.pool, mailbox, uidValidity,
    maxMessageBytes: imap.MAX_MESSAGE_BYTES,
    takeSince: null,
    // Mail of an address that keeps writing is read after everyone else's (fair-share.ts); staff decide all day.
    onStored: (stored) => {
      const priorities: Record<string, number | undefined> = {};
      for (const { id, sender } of stored) {
        const counted = sender && !staff.has(sender) ? sender : null;
        priorities[id] = fairPriority(storedBySender.add(counted, deps.now()));
      }
      return enqueueFollowUps(deps.queues, { inbound: stored.map((s) => s.id), priorities });
    },
    mayContinue,
  };

  if (cp.scanUntilUid !== null) {
    await scan(deps, reader, cp, result);
    cp = { ...cp, lastUid: Math.max(cp.lastUid, cp.scanUntilUid), scanUntilUid: null };
  }
  await readRange(deps, reader, { uid: `${cp.lastUid + 1}:*` }, cp.lastUid, 'catch-up', result);

  if (modseq !== null && modseq !== cp.highestModseq) await recordModseq(deps.pool, mailbox, modseq);
  return result;
}

/** Back-fill or re-scan: the UIDs up to scanUntilUid received since takeSince. */
async function scan(deps: FetchNewMailDeps, reader: BatchReader, cp: Checkpoint, result: SyncResult): Promise<void> {
  const until = cp.scanUntilUid!;
  if (cp.lastUid < until) {
    // SINCE compares dates only, in the server's zone: ask a day early, filter by the exact instant.
    const since = cp.takeSince ? new Date(cp.takeSince.getTime() - DAY_MS) : undefined;
    await readRange(deps, { ...reader, takeSince: cp.takeSince }, { uid: `${cp.lastUid + 1}:${until}`, ...(since ? { since } : {}) },
      cp.lastUid, 'back-fill', result);
  }
  await finishScan(deps.pool, reader.mailbox, until);
}

async function readRange(
  deps: FetchNewMailDeps,
  reader: BatchReader,
  query: { uid: string; since?: Date },
  after: number,
  phase: string,
  result: SyncResult,
): Promise<void> {
  // ESEARCH answers with a compact set ("1:5000") and a count: the UIDs are walked, never listed whole.
  const found = await reader.client.search(query, { uid: true, returnOptions: ['ALL', 'COUNT'] });
  if (found === false || found === undefined) throw new Error(`the server refused to search mailbox ${reader.mailbox}`);
  const set = Array.isArray(found) ? found : (found.all ?? '');
  const total = Array.isArray(found) ? found.length : (found.count ?? 0);
  if (total === 0) return;
  const progress = phase !== 'catch-up' || total >= BACKLOG_TO_REPORT ? new ProgressLog(deps.log, phase, total) : null;
  for (const uids of uidBatches(set, BATCH_SIZE, after)) {
    if (!reader.mayContinue()) throw new SyncInterrupted(`${phase} interrupted; it resumes from the checkpoint`);
    const r = await readBatch(reader, uids);
    result.stored += r.stored;
    result.known += r.known;
    result.leftOut += r.leftOut;
    result.oversized += r.oversized;
    progress?.add(uids.length);
  }
  progress?.finish();
}
