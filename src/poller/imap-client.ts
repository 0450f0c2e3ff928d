import { ImapFlow, type ImapFlowOptions } from 'imapflow';
import type { Config } from '../config/config.js';
import { isTokenRefusal } from '../mail-auth/token-refusal.js';
import type { MailTokenSource } from '../mail-auth/token-source.js';

/** The IMAP settings, with the mailbox's token source when MAIL_AUTH=oauth2 (src/mail-auth/). */
export type ImapSettings = Config<'imap'>['imap'] & { tokens?: MailTokenSource };

/** The imapflow options for our settings: pure, so the timing choices can be tested. */
export function imapClientOptions(imap: ImapSettings, accessToken?: string): ImapFlowOptions {
  const idleRestartMs = imap.IMAP_IDLE_RESTART_SECONDS * 1000;
  return {
    host: imap.IMAP_HOST,
    port: imap.IMAP_PORT,
    secure: imap.IMAP_SECURE,
    doSTARTTLS: imap.IMAP_SECURE ? undefined : false,
    auth: accessToken === undefined ? { user: imap.IMAP_USER, pass: imap.IMAP_PASSWORD ?? '' } : { user: imap.IMAP_USER, accessToken },
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

/**
 * An imapflow client that logs in with the token source's current token (imapflow takes a
 * fixed one and never refreshes): each connect asks for a token, a refused login or a BYE
 * naming an expired token makes the source replace it, and the watcher's reconnect
 * (mailbox-watcher.ts) comes back with the new one.
 */
class TokenImapFlow extends ImapFlow {
  private token: string | null = null;

  constructor(private readonly imap: ImapSettings, private readonly tokens: MailTokenSource) {
    super(imapClientOptions(imap, ''));
    this.once('close', () => {
      const bye = (this as unknown as { byeReason?: string }).byeReason;
      if (this.token !== null && bye !== undefined && isTokenRefusal(bye)) this.tokens.refused(this.token, 'imap');
    });
  }

  override async connect(): Promise<void> {
    this.token = await this.tokens.accessToken();
    this.options.auth = { user: this.imap.IMAP_USER, accessToken: this.token };
    try {
      await super.connect();
    } catch (err) {
      if ((err as { authenticationFailed?: boolean }).authenticationFailed === true || (err as { serverResponseCode?: string }).serverResponseCode === 'AUTHENTICATIONFAILED') {
        this.tokens.refused(this.token, 'imap');
      }
      throw err;
    }
    this.tokens.worked('imap');
  }
}

/** A fresh imapflow client: imapflow does not reconnect, so every connection gets a new one. */
export function createImapClient(imap: ImapSettings): ImapFlow {
  return imap.tokens ? new TokenImapFlow(imap, imap.tokens) : new ImapFlow(imapClientOptions(imap));
}
