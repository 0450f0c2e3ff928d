import type { ImapFlow } from 'imapflow';
import type { Pool } from '../db/pool.js';
import type { Logger } from '../log/logger.js';
import type { ImapSettings } from './imap-client.js';
import { setMarked, unmarkedProcessed } from './inbound-store.js';
import { describe } from './describe-error.js';
import { packUids } from './uid-set.js';

const MARK_BATCH = 500;

export interface MarkHandledDeps {
  pool: Pool;
  log: Logger;
}

/**
 * Shows in the mailbox what the bot handled: the keyword (IMAP_PROCESSED_KEYWORD)
 * and, when IMAP_PROCESSED_FOLDER is set, a move there. Workers have no IMAP
 * connection, so the watcher does this after each read for every processed
 * message not yet marked. Mail the bot does not handle is only recorded as
 * done: its flags, unread state and folder stay exactly as they were. A
 * message from before a UIDVALIDITY reset that was not met again cannot be
 * addressed any more and is recorded as done too. A mailbox that keeps no
 * keywords (Exchange Online's) gets none: Postgres remembers what was handled,
 * the folder shows it, and the log says so once.
 */
export async function markHandled(client: ImapFlow, deps: MarkHandledDeps, imap: ImapSettings, uidValidity: number): Promise<number> {
  const keyword = keepsKeyword(client.mailbox ? client.mailbox.permanentFlags : undefined, imap.IMAP_PROCESSED_KEYWORD);
  if (!keyword) tellNoKeywordsOnce(deps, imap);
  let marked = 0;
  for (;;) {
    const rows = await unmarkedProcessed(deps.pool, imap.IMAP_MAILBOX, MARK_BATCH);
    if (rows.length === 0) break;
    const uids = rows.filter((r) => r.handled && r.uidValidity === uidValidity).map((r) => r.uid);
    if (uids.length > 0) {
      const range = packUids(uids);
      if (keyword) {
        const flagged = await client.messageFlagsAdd(range, [imap.IMAP_PROCESSED_KEYWORD], { uid: true });
        // imapflow answers false both for a refusal and for a lost connection: only a refusal is final.
        if (!client.usable) throw new Error('IMAP connection lost while marking handled mail');
        if (!flagged) deps.log.warn({ component: 'intake', count: uids.length }, 'the server refused the processed keyword; the mail is recorded as handled in Postgres');
      }
      if (imap.IMAP_PROCESSED_FOLDER) {
        const moved = await client.messageMove(range, imap.IMAP_PROCESSED_FOLDER, { uid: true });
        if (!client.usable) throw new Error('IMAP connection lost while moving handled mail');
        if (!moved) deps.log.warn({ component: 'intake', count: uids.length }, 'could not move handled mail to IMAP_PROCESSED_FOLDER; it stays where it is');
      }
      marked += uids.length;
    }
    await setMarked(deps.pool, rows.map((r) => r.id));
    if (rows.length < MARK_BATCH) break;
  }
  return marked;
}

/** Makes sure IMAP_PROCESSED_FOLDER exists; a failure is logged, the moves then fail softly. */
export async function ensureProcessedFolder(client: ImapFlow, deps: Pick<MarkHandledDeps, 'log'>, imap: ImapSettings): Promise<void> {
  if (!imap.IMAP_PROCESSED_FOLDER) return;
  try {
    const r = await client.mailboxCreate(imap.IMAP_PROCESSED_FOLDER);
    if (r.created) deps.log.info({ component: 'intake' }, 'created the IMAP_PROCESSED_FOLDER folder');
  } catch (err) {
    // Some servers (Cyrus) refuse to create an existing folder with a plain NO, without ALREADYEXISTS.
    if (await client.status(imap.IMAP_PROCESSED_FOLDER, { messages: true }).then(() => true, () => false)) return;
    deps.log.warn({ component: 'intake', err: describe(err) }, 'cannot create IMAP_PROCESSED_FOLDER; handled mail will stay in the watched folder');
  }
}

/**
 * Whether the open mailbox keeps `keyword`: its PERMANENTFLAGS hold \\* or name it. A server
 * that sends no PERMANENTFLAGS lets every flag be kept (RFC 3501 7.1).
 */
export function keepsKeyword(permanentFlags: ReadonlySet<string> | undefined, keyword: string): boolean {
  if (!permanentFlags) return true;
  if (permanentFlags.has('\\*')) return true;
  const wanted = keyword.toLowerCase();
  return [...permanentFlags].some((f) => f.toLowerCase() === wanted);
}

/** The dependencies (one set per process) whose log was already told that the mailbox keeps no keywords. */
const toldNoKeywords = new WeakSet<MarkHandledDeps>();

function tellNoKeywordsOnce(deps: MarkHandledDeps, imap: ImapSettings): void {
  if (toldNoKeywords.has(deps)) return;
  toldNoKeywords.add(deps);
  const shown = imap.IMAP_PROCESSED_FOLDER
    ? `it is moved to IMAP_PROCESSED_FOLDER (${imap.IMAP_PROCESSED_FOLDER}) instead`
    : 'set IMAP_PROCESSED_FOLDER to show people which mail the bot handled';
  deps.log.warn({ component: 'intake', keyword: imap.IMAP_PROCESSED_KEYWORD },
    `the mailbox keeps no keywords of its own (its PERMANENTFLAGS have no \\*): handled mail is not marked, Postgres records it; ${shown}`);
}
