import { ImapFlow, type ImapFlowOptions } from 'imapflow';
import type { Config } from '../config/config.js';

export type ImapSettings = Config<'imap'>['imap'];

/** The imapflow options for our settings: pure, so the timing choices can be tested. */
export function imapClientOptions(imap: ImapSettings): ImapFlowOptions {
  const idleRestartMs = imap.IMAP_IDLE_RESTART_SECONDS * 1000;
  return {
    host: imap.IMAP_HOST,
    port: imap.IMAP_PORT,
    secure: imap.IMAP_SECURE,
    doSTARTTLS: imap.IMAP_SECURE ? undefined : false,
    auth: { user: imap.IMAP_USER, pass: imap.IMAP_PASSWORD },
    logger: false,
    // Servers drop idle sessions silently; restarting IDLE on a timer keeps the session alive.
    maxIdleTime: idleRestartMs,
    // Enter IDLE soon after each command (imapflow waits 15 s by default): sub-second pickup.
    autoIdleDelay: 500,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    // A silent socket is dead only once IDLE had its chance to be restarted.
    socketTimeout: Math.max(10 * 60_000, idleRestartMs + 5 * 60_000),
  };
}

/** A fresh imapflow client: imapflow does not reconnect, so every connection gets a new one. */
export function createImapClient(imap: ImapSettings): ImapFlow {
  return new ImapFlow(imapClientOptions(imap));
}
