import { inTransaction, type Pool } from '../db/pool.js';
import type { Logger } from '../log/logger.js';
import { addStaffAlert, type StaffAlertSettings } from '../mail-out/staff-alert.js';
import { enqueueFollowUps, type Queues } from '../queue/queues.js';
import { writeCheckpoint, type Checkpoint } from './inbound-store.js';

export interface MailboxResetDeps {
  pool: Pool;
  queues: Queues;
  log: Logger;
  settings: StaffAlertSettings;
}

/**
 * Records a UIDVALIDITY reset: the new checkpoint (a re-scan) and the staff
 * alert are one transaction, so staff hear of every reset exactly once; the
 * mail job is queued after commit (the reconciler re-queues it if we crash).
 */
export async function recordMailboxReset(deps: MailboxResetDeps, mailbox: string, old: Checkpoint, next: Checkpoint): Promise<void> {
  const since = next.takeSince ? next.takeSince.toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : 'the oldest message';
  const outboxId = await inTransaction(deps.pool, async (tx) => {
    await writeCheckpoint(tx, mailbox, next);
    return addStaffAlert(tx, deps.settings, {
      requestId: null,
      reference: null,
      headline: `the mailbox ${mailbox} was reset by the mail server`,
      details: [
        `Its UIDVALIDITY changed from ${old.uidValidity} to ${next.uidValidity}: the server renumbered every message (the mailbox was recreated or restored).`,
        `The bot reads the mailbox again from ${since}. Mail it already handled (same Message-ID and same content) is not handled twice; new mail is handled as usual.`,
        'Please check that the mailbox still holds what you expect; mail lost by the server cannot be recovered by the bot.',
      ],
    });
  });
  await enqueueFollowUps(deps.queues, { mail: [outboxId] });
  deps.log.warn({ component: 'intake', was: old.uidValidity, now: next.uidValidity }, 'UIDVALIDITY changed: re-reading the mailbox; staff alerted');
}
