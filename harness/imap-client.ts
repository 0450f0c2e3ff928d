// An imapflow client for one user of a harness Dovecot: plain IMAP on 127.0.0.1, no logging.
import { ImapFlow } from 'imapflow';
import type { Dovecot } from './dovecot.js';

/** Not yet connected: the caller adds its listeners, then calls connect(). */
export function imapClient(dovecot: Pick<Dovecot, 'imapPort' | 'passwordFor'>, user: string): ImapFlow {
  return new ImapFlow({
    host: '127.0.0.1', port: dovecot.imapPort, secure: false, logger: false,
    auth: { user, pass: dovecot.passwordFor(user) },
  });
}
