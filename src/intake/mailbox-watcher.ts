import { setTimeout as sleep } from 'node:timers/promises';
import type { ImapFlow } from 'imapflow';
import type { Config } from '../config/config.js';
import type { Pool } from '../db/pool.js';
import type { Logger } from '../log/logger.js';
import { Backoff } from './backoff.js';
import { fetchNewMail } from './fetch-new-mail.js';
import { createImapClient } from './imap-client.js';
import { PollerLease } from './poller-lease.js';

export interface WatcherStatus {
  leaseHeld: boolean;
  connected: boolean;
  /** True once the mailbox was read up to date at least once. */
  synced: boolean;
}

/**
 * Watches one mailbox: IDLE for sub-second pickup, a UID poll as the safety
 * net, and a reconnect loop with backoff because imapflow does not reconnect
 * by itself. Only the holder of the poller lease reads the mailbox.
 */
export class MailboxWatcher {
  private stopped = false;
  private loop: Promise<void> | null = null;
  private syncing: Promise<void> | null = null;
  private syncAgain = false;
  private wake: (() => void) | null = null;
  readonly status: WatcherStatus = { leaseHeld: false, connected: false, synced: false };

  constructor(
    private readonly imap: Config<'imap'>['imap'],
    private readonly pool: Pool,
    private readonly lease: PollerLease,
    private readonly onStored: (inboundId: string) => Promise<void>,
    private readonly log: Logger,
  ) {}

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

  private async run(): Promise<void> {
    const backoff = new Backoff();
    while (!this.stopped) {
      if (!(await this.holdLease())) continue;
      try {
        await this.session(backoff);
      } catch (err) {
        this.log.warn({ component: 'intake', err: describe(err) }, 'IMAP session ended with an error');
      }
      this.status.connected = false;
      if (this.stopped) break;
      const delay = backoff.next(Date.now());
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

  /** One connection's life: connect, open the mailbox, sync on IDLE news and on a timer, until closed. */
  private async session(backoff: Backoff): Promise<void> {
    const client = createImapClient(this.imap);
    const closed = new Promise<void>((resolve) => client.once('close', () => resolve()));
    client.on('error', (err: unknown) => this.log.warn({ component: 'intake', err: describe(err) }, 'IMAP error'));
    await client.connect();
    const lock = await client.getMailboxLock(this.imap.IMAP_MAILBOX);
    lock.release(); // The mailbox stays selected; holding the lock would block IDLE.
    this.status.connected = true;
    backoff.connected(Date.now());
    this.log.info({ component: 'intake' }, 'connected to IMAP, mailbox open');

    client.on('exists', () => { this.log.debug({ component: 'intake' }, 'IDLE: new mail announced'); this.requestSync(client); });
    const timer = setInterval(() => this.requestSync(client), this.imap.IMAP_POLL_SECONDS * 1000);
    try {
      this.requestSync(client);
      await Promise.race([closed, this.stopSignal()]);
    } finally {
      clearInterval(timer);
      await this.syncing?.catch(() => {});
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
    this.syncing = (async () => {
      try {
        do {
          this.syncAgain = false;
          if (!this.lease.held) throw new Error('poller lease lost');
          const stored = await fetchNewMail(client, this.pool, this.imap.IMAP_MAILBOX, this.onStored, this.log);
          this.status.synced = true;
          if (stored.length) this.log.info({ component: 'intake', stored: stored.length }, 'new mail stored');
        } while (this.syncAgain && !this.stopped);
      } catch (err) {
        this.log.warn({ component: 'intake', err: describe(err) }, 'mailbox sync failed; reconnecting');
        client.close();
      } finally {
        this.syncing = null;
      }
    })();
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

export function describe(err: unknown): string {
  const e = err as { message?: string; responseText?: string; serverResponseCode?: string; code?: string } | null;
  const code = e?.serverResponseCode ? `[${e.serverResponseCode}]` : null;
  return [code, e?.responseText ?? e?.message, e?.code].filter(Boolean).join(' ') || String(err);
}
