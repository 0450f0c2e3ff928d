import { inTransaction } from '../db/pool.js';
import { enqueueFollowUps } from '../queue/queues.js';
import { newRequestFacts, opensNewRequest } from '../requests/new-request-facts.js';
import { openNewRequests, type NewRequestMail, type OpenNewRequestsDeps } from '../requests/open-new-requests.js';
import { handleLoadedMessage, type HandleMailDeps } from './handle-stored-message.js';
import type { MailReading, ReadingSettings } from './new-request-candidate.js';
import { newRequestCandidate } from './request-candidate.js';
import { sameThreadReader, type MailReader, type ReadOutcome } from './parse-pool.js';
import type { StoredMessage } from '../mail-in/stored-message.js';
import { loadUnprocessedInbound } from './handling-store.js';
import { quietMail, recordQuietMail, type QuietMail } from './quiet-mail.js';
import { routeMail } from './route-mail.js';
import { tellStaffUnread } from './tell-staff-unread.js';

/** Messages parsed ahead of the one being handled (on parse threads, while this one writes)... */
const READ_AHEAD = 16;
/** ...as long as their sources stay under this (a parsed mail takes several times its size). */
const READ_AHEAD_BYTES = 1024 * 1024;

/** A mail of a run, with the reading its parse thread made: a mail the run cannot open is handled with it. */
type RunMail = NewRequestMail & { reading: MailReading };

/** What the inbound job takes: what handling a mail alone and opening a run take, and the reader of stored mail. */
export type HandleStoredGroupDeps = HandleMailDeps & OpenNewRequestsDeps & {
  /** Parses stored mail (parse threads); absent: on the calling thread. */
  reader?: MailReader;
  settings: ReadingSettings;
};

/** The kind each message this call handled was recorded as, by inbound id (another run of the job may have handled the rest). */
export type HandledKinds = Map<string, string>;

/**
 * Understands a group of stored messages, in their order, with the outcome handling them
 * one at a time would have: the one way stored mail is handled, for one message (a group
 * of one) or a hundred. Runs of mails that each open a new request (the usual case,
 * and all of a back-fill of requests) are written in one transaction, and runs of mails
 * the bot leaves alone (quiet-mail.ts: newsletters, auto-replies) in one statement; every
 * other mail, and the first mail that would touch what the run wrote (the same username
 * or Message-ID), goes through {@link handleLoadedMessage} on its own. Each message is
 * parsed when its turn comes and let go once handled, so a group of large mails holds
 * only the run's requests. Each message is handled once, whoever else runs the same group.
 */
export async function handleStoredGroup(ctx: HandleStoredGroupDeps, ids: readonly string[]): Promise<HandledKinds> {
  const handled: HandledKinds = new Map();
  const alone = async (stored: StoredMessage, read: Parameters<typeof handleLoadedMessage>[2]): Promise<void> => {
    const kind = await handleLoadedMessage(ctx, stored, read);
    if (kind !== null) handled.set(stored.id, kind);
  };
  const reader = ctx.reader ?? sameThreadReader(ctx.settings);
  const loaded: (StoredMessage | null)[] = await loadUnprocessedInbound(ctx.pool, ids);
  const parsing: (Promise<ReadOutcome> | null)[] = [];
  const size = (k: number): number => loaded[k]?.raw?.length ?? 0;
  let next = 0;
  let aheadBytes = 0;
  /** Starts parsing from `next` on, beyond message `i` (always `i` itself) within the bounds. */
  const readAhead = (i: number): void => {
    while (next < loaded.length && next < i + READ_AHEAD && (next === i || aheadBytes + size(next) <= READ_AHEAD_BYTES)) {
      const s = loaded[next];
      // Oversized messages (headers only) and purged ones are never parsed.
      const p = s && s.raw && !s.oversized ? reader.read(s.raw) : null;
      // Awaited in turn below; a job that fails before reaching it must not leave it unhandled.
      p?.catch(() => {});
      parsing[next] = p;
      aheadBytes += size(next);
      next += 1;
    }
  };

  // At most one of the two runs holds mail at a time: each is written before the other
  // takes a mail, so every mail is written in its order.
  let run: RunMail[] = [];
  let quiet: QuietMail[] = [];
  const usernames = new Set<string>();
  const messageIds = new Set<string>();
  const flushRun = async (): Promise<void> => {
    const taken = run;
    run = [];
    usernames.clear();
    messageIds.clear();
    for (const [id, kind] of await openRun(ctx, taken)) handled.set(id, kind);
  };
  const flushQuiet = async (): Promise<void> => {
    const taken = quiet;
    quiet = [];
    for (const q of await recordQuietMail(ctx.pool, taken)) {
      handled.set(q.id, q.kind);
      ctx.log.info({ component: 'intake', inbound: q.id, kind: q.kind }, 'message handled');
    }
  };
  const flush = async (): Promise<void> => {
    await flushRun();
    await flushQuiet();
  };
  for (let i = 0; i < loaded.length; i++) {
    readAhead(i);
    const stored = loaded[i]!;
    const parsed = await parsing[i];
    aheadBytes -= size(i);
    loaded[i] = null;
    parsing[i] = null;
    if (parsed && 'unreadable' in parsed) {
      // It stopped two reading threads: recorded as unreadable and shown to staff, never read again.
      await flush();
      const kind = await tellStaffUnread(ctx, stored, { kind: 'unreadable', ...parsed });
      if (kind !== null) handled.set(stored.id, kind);
      continue;
    }
    const mail = parsed?.mail ?? null;
    const route = parsed ? routeMail(parsed.mail, parsed.reading) : null;
    const found = route ? newRequestCandidate(route) : null;
    if (!found || !mail) {
      const q = route ? quietMail(stored.id, route) : null;
      if (q) {
        await flushRun();
        quiet.push(q);
        continue;
      }
      await flush();
      await alone(stored, parsed ?? null);
      continue;
    }
    await flushQuiet();
    const username = found.understanding.instagramUsername?.toLowerCase() ?? null;
    const messageId = mail.messageId;
    if ((username && usernames.has(username)) || (messageId && messageIds.has(messageId))) {
      // It may join or repeat what the run writes: handled alone, after it.
      await flush();
      await alone(stored, { mail, reading: parsed!.reading });
      continue;
    }
    if (username) usernames.add(username);
    if (messageId) messageIds.add(messageId);
    // The source is parsed: the run keeps only what it writes.
    run.push({ stored: { ...stored, raw: null }, mail, ...found, reading: parsed!.reading });
  }
  await flush();
  return handled;
}

/**
 * Opens the run's requests together, up to the first mail Postgres says does not open
 * one (it would join an open request, answer one, or repeat an earlier mail): that mail
 * is handled alone and the rest of the run is looked at again after it.
 */
async function openRun(ctx: HandleStoredGroupDeps, run: RunMail[]): Promise<HandledKinds> {
  const handled: HandledKinds = new Map();
  const alone = async (m: RunMail): Promise<void> => {
    const kind = await handleLoadedMessage(ctx, m.stored, { mail: m.mail, reading: m.reading });
    if (kind !== null) handled.set(m.stored.id, kind);
  };
  let rest = run;
  while (rest.length > 0) {
    const facts = await newRequestFacts(ctx.pool, rest);
    const stop = rest.findIndex((m) => !opensNewRequest(facts.get(m.stored.id)));
    const plain = stop < 0 ? rest : rest.slice(0, stop);
    if (plain.length > 0) {
      const together = await inTransaction(ctx.pool, (tx) => openNewRequests(tx, ctx, plain));
      if (together) {
        await enqueueFollowUps(ctx.queues, together.followUps);
        for (const o of together.opened) {
          handled.set(o.inboundId, o.kind);
          ctx.log.info({ component: 'requests', ref: o.reference, kind: o.kind }, 'request opened');
          ctx.log.info({ component: 'intake', inbound: o.inboundId, kind: o.kind }, 'message handled');
        }
      } else {
        // Postgres changed between the look and the locks: one at a time, as any other mail.
        for (const m of plain) await alone(m);
      }
    }
    if (stop < 0) break;
    await alone(rest[stop]!);
    rest = rest.slice(stop + 1);
  }
  return handled;
}
