// What a person does with mail in tests: send through the relay, look in a mailbox,
// wait for a reply. Everything goes over real SMTP, LMTP and IMAP.
import { createTransport } from 'nodemailer';
import type { Dovecot } from './dovecot.js';
import { MailboxReader } from './mailbox-reader.js';
import type { ReceivedMail } from './received-mail.js';
import type { SmtpRelay } from './smtp-relay.js';

export type { ReceivedMail } from './received-mail.js';

export interface OutgoingMail {
  from: string;
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  inReplyTo?: string;
  references?: string | string[];
  replyTo?: string;
  messageId?: string;
}

export interface RawMail {
  from: string;
  to: string | string[];
  raw: string | Buffer;
}

function smtpTo(relay: Pick<SmtpRelay, 'port'>) {
  return createTransport({ host: '127.0.0.1', port: relay.port, secure: false, ignoreTLS: true });
}

/** Sends a mail through the relay, as a mail client would; resolves with its Message-ID. */
export async function sendMail(relay: Pick<SmtpRelay, 'port'>, mail: OutgoingMail): Promise<{ messageId: string }> {
  const transport = smtpTo(relay);
  try {
    const info = await transport.sendMail(mail);
    return { messageId: info.messageId };
  } finally {
    transport.close();
  }
}

/** Sends a ready-made message source through the relay with the given envelope. */
export async function sendRaw(relay: Pick<SmtpRelay, 'port'>, mail: RawMail): Promise<void> {
  const transport = smtpTo(relay);
  try {
    await transport.sendMail({ envelope: { from: mail.from, to: mail.to }, raw: mail.raw });
  } finally {
    transport.close();
  }
}

/** Drops a message straight into a mailbox over LMTP, as the receiving MTA would. */
export async function deliverDirect(dovecot: Pick<Dovecot, 'lmtpPort'>, mail: RawMail): Promise<void> {
  const transport = createTransport({ lmtp: true, host: '127.0.0.1', port: dovecot.lmtpPort });
  try {
    await transport.sendMail({ envelope: { from: mail.from, to: mail.to }, raw: mail.raw });
  } finally {
    transport.close();
  }
}

/** Every message now in `user`'s INBOX, oldest first. */
export async function listMail(dovecot: Pick<Dovecot, 'imapPort' | 'passwordFor'>, user: string): Promise<ReceivedMail[]> {
  const reader = new MailboxReader(dovecot, user);
  try {
    return await reader.list();
  } finally {
    await reader.close();
  }
}

function isAuthFailure(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { authenticationFailed?: boolean }).authenticationFailed === true;
}

/**
 * Polls `user`'s INBOX until a message matches `predicate`. On timeout the error lists
 * the subjects that did arrive, which is usually what explains the failure.
 */
export async function waitForMail(
  dovecot: Pick<Dovecot, 'imapPort' | 'passwordFor'>,
  user: string,
  predicate: (m: ReceivedMail) => boolean,
  { timeoutMs = 20_000, pollMs = 250 }: { timeoutMs?: number; pollMs?: number } = {},
): Promise<ReceivedMail> {
  const reader = new MailboxReader(dovecot, user);
  const deadline = Date.now() + timeoutMs;
  let seen: ReceivedMail[] = [];
  let lastError: unknown;
  try {
    for (;;) {
      try {
        seen = await reader.list();
        lastError = undefined;
        const match = seen.find(predicate);
        if (match) return match;
      } catch (err) {
        if (isAuthFailure(err)) throw new Error(`IMAP login as ${user} failed`, { cause: err });
        lastError = err; // dropped session or restarting server: reconnect on the next round
        await reader.close();
      }
      if (Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, pollMs));
    }
  } finally {
    await reader.close();
  }
  const subjects = seen.map((m) => `  - ${JSON.stringify(m.subject)} from ${m.from}`).join('\n') || '  (none)';
  const why = lastError === undefined ? '' : `\nlast IMAP error: ${String(lastError)}`;
  throw new Error(`no matching mail for ${user} within ${timeoutMs} ms; INBOX holds ${seen.length}:\n${subjects}${why}`);
}
