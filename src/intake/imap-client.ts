import { ImapFlow } from 'imapflow';
import type { Config } from '../config/config.js';

/** A fresh imapflow client: imapflow does not reconnect, so every connection gets a new one. */
export function createImapClient(imap: Config<'imap'>['imap']): ImapFlow {
  return new ImapFlow({
    host: imap.IMAP_HOST,
    port: imap.IMAP_PORT,
    secure: imap.IMAP_SECURE,
    doSTARTTLS: imap.IMAP_SECURE ? undefined : false,
    auth: { user: imap.IMAP_USER, pass: imap.IMAP_PASSWORD },
    logger: false,
    // Servers drop idle sessions silently; restarting IDLE on a timer keeps the session alive.
    maxIdleTime: 4 * 60_000,
    // Enter IDLE soon after each command (imapflow waits 15 s by default): sub-second pickup.
    autoIdleDelay: 500,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 10 * 60_000,
  });
}
