import { setTimeout as sleep } from 'node:timers/promises';
import type { ImapFlow } from 'imapflow';
import { Backoff } from './backoff.js';
import { describe } from './describe-error.js';
import { fetchNewMail, SyncInterrupted, type FetchNewMailDeps } from './fetch-new-mail.js';
import { createImapClient, type ImapSettings } from './imap-client.js';
import { ensureProcessedFolder, markHandled, type MarkHandledDeps } from './mark-handled.js';
import { PollerLease } from './poller-lease.js';
import { SILENCE_SAMPLE_MS, SilenceWatch, silenceLimitMs } from './silence-watch.js';

export type MailboxWatcherDeps = FetchNewMailDeps & MarkHandledDeps;

interface SessionEnd {
  ranNormally: boolean;
  /** The server's BYE text as logged. */
  bye: string | null;
}

/** The text of the BYE that ended `client`'s session (imapflow keeps it), or null. */
function byeOf(client: ImapFlow): string | null {
  const reason = (client as unknown as { byeReason?: unknown }).byeReason;
  return typeof reason === 'string' ? reason : null;
}

/**
 * A BYE's text for the log: at most 200 characters, any word of 24 characters or more (a
 * token, a session id a server may echo) cut out (pure; one pass over the words).
 */
export function byeForLog(text: string): string {
  return text.slice(0, 200).split(' ').map((w) => (w.length >= 24 ? '[long word removed]' : w)).join(' ');
}

export interface WatcherStatus {
  leaseHeld: boolean;
  connected: boolean;
  /** True once the mailbox was read up to date at least once. */
  synced: boolean;
  /** When (ms since epoch) the mailbox was last read up to date. */
  lastSyncedAt: number | null;
}

/**
 * Watches one mailbox: IDLE for sub-second pickup (restarted every
 * IMAP_IDLE_RESTART_SECONDS), a UID catch-up every IMAP_POLL_SECONDS as the
 * safety net, and a reconnect loop with capped, jittered backoff because
 * imapflow does not reconnect by itself. A connection that left what the bot
 * wrote unanswered (dead without a reset: NAT or firewall state lost) is
 * given up after silenceLimitMs. Only the holder of the poller lease
 * reads the mailbox. After each read it marks (and moves) the mail the
 * workers handled, since it owns the only IMAP connection.
 */
export class MailboxWatcher {
  private stopped = false;
  private loop: Promise<void> | null = null;
  private syncing: Promise<void> | null = null;
  private syncAgain = false;
  /** Syncs that read the mailbox up to date, over all sessions. */
  private syncs = 0;
  /** Sessions whose sync failed (the bot closed them). */
  private readonly syncFailures = new WeakSet<ImapFlow>();
  private wake: (() => void) | null = null;
  /** "From now on" on a first start means from here, not from the first IMAP connect. */
  private readonly startedAt: Date;
  readonly status: WatcherStatus = { leaseHeld: false, connected: false, synced: false, lastSyncedAt: null };

  constructor(
    private readonly imap: ImapSettings,
    private readonly deps: MailboxWatcherDeps,
    private readonly lease: PollerLease,
    private readonly backoff = new Backoff(),
  ) {
    this.startedAt = deps.now();
  }

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    // Wakes the session or the pause; the session logs out on its way out.
    this.wake?.();
    await this.loop;
    await this.lease.release();
  }

  private get log() {
    return this.deps.log;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      if (!(await this.holdLease())) continue;
      let ended: SessionEnd = { ranNormally: false, bye: null };
      try {
        ended = await this.session();
      } catch (err) {
        this.log.warn({ component: 'intake', err: describe(err) }, 'IMAP session ended with an error');
      }
      this.status.connected = false;
      if (this.stopped) break;
      if (ended.bye !== null) this.log.info({ component: 'intake', reason: ended.bye }, 'IMAP server ended the session (BYE)');
      const delay = this.backoff.next(Date.now(), ended.ranNormally);
      this.log.info({ component: 'intake', delayMs: delay }, 'reconnecting to IMAP');
      await this.pause(delay);
    }
  }

  private async holdLease(): Promise<boolean> {
    try {
      if (await this.lease.tryAcquire()) {
        if (!this.status.leaseHeld) this.log.info({ component: 'intake' }, 'this process is the active mailbox poller');
        this.status.leaseHeld = true;
        return true;
      }
    } catch (err) {
      this.log.warn({ component: 'intake', err: describe(err) }, 'cannot reach Postgres for the poller lease');
    }
    this.status.leaseHeld = false;
    await this.pause(5_000);
    return false;
  }

  /**
   * One connection's life: connect, open the mailbox, sync on IDLE news and on a timer, until
   * closed. Says whether it ran normally (read the mailbox, then the server closed it: no
   * failure to back off from) and the server's BYE text, if any.
   */
  private async session(): Promise<SessionEnd> {
    const client = createImapClient(this.imap);
    /** Set when the bot itself ends the connection: a failed sync, a silent server, a stop. */
    let closedByUs = false;
    const syncedBefore = this.syncs;
    const closed = new Promise<void>((resolve) => client.once('close', () => resolve()));
    client.on('error', (err: unknown) => this.log.warn({ component: 'intake', err: describe(err) }, 'IMAP error'));
    try {
      await client.connect();
      await ensureProcessedFolder(client, this.deps, this.imap);
      const lock = await client.getMailboxLock(this.imap.IMAP_MAILBOX);
      lock.release(); // The mailbox stays selected; holding the lock would block IDLE.
      this.status.connected = true;
      this.backoff.connected(Date.now());
      this.log.info({ component: 'intake', condstore: client.enabled.has('CONDSTORE') }, 'connected to IMAP, mailbox open');

      const silence = new SilenceWatch(silenceLimitMs(this.imap.IMAP_POLL_SECONDS));
      client.on('exists', () => { this.log.debug({ component: 'intake' }, 'IDLE: new mail announced'); this.requestSync(client); });
      const timer = setInterval(() => this.requestSync(client), this.imap.IMAP_POLL_SECONDS * 1000);
      const watchdog = setInterval(() => {
        const now = Date.now();
        const bytes = client.stats();
        silence.sample(bytes.sent, bytes.received, now);
        if (silence.dead(now)) {
          this.log.warn({ component: 'intake', silentForMs: silenceLimitMs(this.imap.IMAP_POLL_SECONDS) }, 'IMAP server silent since the bot last wrote to it; reconnecting');
          closedByUs = true;
          client.close();
        }
      }, SILENCE_SAMPLE_MS);
      try {
        this.requestSync(client);
        await Promise.race([closed, this.stopSignal()]);
      } finally {
        clearInterval(timer);
        clearInterval(watchdog);
        await this.syncing?.catch(() => {});
      }
      const failedSync = this.syncFailures.has(client);
      const bye = byeOf(client);
      return { ranNormally: !closedByUs && !failedSync && !this.stopped && this.syncs > syncedBefore, bye: bye === null ? null : byeForLog(bye) };
    } finally {
      if (client.usable) await client.logout().catch(() => {});
      client.close();
    }
  }

  /** Serialises syncs: news during a sync triggers exactly one more. */
  private requestSync(client: ImapFlow): void {
    if (this.syncing) {
      this.syncAgain = true;
      return;
    }
    // Cleared in a later microtask, after the assignment: a sync that fails before its
    // first await (lease lost) must not leave a settled promise that blocks every later sync.
    this.syncing = this.syncUntilCurrent(client).finally(() => { this.syncing = null; });
  }

  /** Reads and marks until no news came in meanwhile; a failure closes the connection, the session reconnects. */
  private async syncUntilCurrent(client: ImapFlow): Promise<void> {
    try {
      do {
        this.syncAgain = false;
        if (!this.lease.held) throw new Error('poller lease lost');
        const r = await fetchNewMail(client, this.deps, this.imap, () => !this.stopped && this.lease.held, this.startedAt);
        this.status.synced = true;
        this.status.lastSyncedAt = Date.now();
        this.syncs += 1;
        if (r.stored) this.log.info({ component: 'intake', stored: r.stored, oversized: r.oversized }, 'new mail stored');
        const marked = await markHandled(client, this.deps, this.imap, r.uidValidity);
        if (marked) this.log.info({ component: 'intake', marked }, 'handled mail marked in the mailbox');
      } while (this.syncAgain && !this.stopped);
    } catch (err) {
      if (!(err instanceof SyncInterrupted && this.stopped)) {
        this.log.warn({ component: 'intake', err: describe(err) }, 'mailbox sync failed; reconnecting');
      }
      // A sync cut by the server's BYE is the BYE's doing, not a failure of ours.
      if (byeOf(client) === null) this.syncFailures.add(client);
      client.close();
    }
  }

  private stopSignal(): Promise<void> {
    return new Promise((resolve) => {
      if (this.stopped) return resolve();
      this.wake = resolve;
    });
  }

  private async pause(ms: number): Promise<void> {
    await Promise.race([sleep(ms), this.stopSignal()]);
  }
}
