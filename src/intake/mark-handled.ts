import type { ImapFlow } from 'imapflow';
import type { BotContext } from '../app/context.js';
import type { ImapSettings } from './imap-client.js';
import { setMarked, unmarkedProcessed } from './inbound-store.js';
import { describe } from './describe-error.js';
import { packUids } from './uid-set.js';

const MARK_BATCH = 500;

/**
 * Shows in the mailbox what the bot handled: the keyword (IMAP_PROCESSED_KEYWORD)
 * and, when IMAP_PROCESSED_FOLDER is set, a move there. Workers have no IMAP
 * connection, so the watcher does this after each read for every processed
 * message not yet marked. Mail the bot does not handle is only recorded as
 * done: its flags, unread state and folder stay exactly as they were. A
 * message from before a UIDVALIDITY reset that was not met again cannot be
 * addressed any more and is recorded as done too.
 */
export async function markHandled(client: ImapFlow, ctx: BotContext, imap: ImapSettings, uidValidity: number): Promise<number> {
  let marked = 0;
  for (;;) {
    const rows = await unmarkedProcessed(ctx.pool, imap.IMAP_MAILBOX, MARK_BATCH);
    if (rows.length === 0) break;
    const uids = rows.filter((r) => r.handled && r.uidValidity === uidValidity).map((r) => r.uid);
    if (uids.length > 0) {
      const range = packUids(uids);
      const flagged = await client.messageFlagsAdd(range, [imap.IMAP_PROCESSED_KEYWORD], { uid: true });
      // imapflow answers false both for a refusal and for a lost connection: only a refusal is final.
      if (!client.usable) throw new Error('IMAP connection lost while marking handled mail');
      if (!flagged) {
        ctx.log.warn({ component: 'intake', count: uids.length }, 'the server refused the processed keyword; check that the mailbox allows keywords (PERMANENTFLAGS \\*)');
      }
      if (imap.IMAP_PROCESSED_FOLDER) {
        const moved = await client.messageMove(range, imap.IMAP_PROCESSED_FOLDER, { uid: true });
        if (!client.usable) throw new Error('IMAP connection lost while moving handled mail');
        if (!moved) ctx.log.warn({ component: 'intake', count: uids.length }, 'could not move handled mail to IMAP_PROCESSED_FOLDER; it stays where it is');
      }
      marked += uids.length;
    }
    await setMarked(ctx.pool, rows.map((r) => r.id));
    if (rows.length < MARK_BATCH) break;
  }
  return marked;
}

/** Makes sure IMAP_PROCESSED_FOLDER exists; a failure is logged, the moves then fail softly. */
export async function ensureProcessedFolder(client: ImapFlow, ctx: BotContext, imap: ImapSettings): Promise<void> {
  if (!imap.IMAP_PROCESSED_FOLDER) return;
  try {
    const r = await client.mailboxCreate(imap.IMAP_PROCESSED_FOLDER);
    if (r.created) ctx.log.info({ component: 'intake' }, 'created the IMAP_PROCESSED_FOLDER folder');
  } catch (err) {
    ctx.log.warn({ component: 'intake', err: describe(err) }, 'cannot create IMAP_PROCESSED_FOLDER; handled mail will stay in the watched folder');
  }
}
