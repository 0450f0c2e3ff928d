// The mail side of an end-to-end test (Dovecot + SMTP relay) and the bot's environment.
import { randomBytes } from 'node:crypto';
import { startDovecot } from './dovecot.js';
import type { Dovecot } from './dovecot.js';
import { startSmtpRelay } from './smtp-relay.js';
import type { SmtpRelay } from './smtp-relay.js';

export const BOT_ADDRESS = 'contact@pickrtech.com';
export const STAFF = ['staff@pickrtech.com', 'staff2@pickrtech.com'];

export interface MailStack {
  dovecot: Dovecot;
  relay: SmtpRelay;
  stop(): Promise<void>;
}

/** Starts the IMAP + LMTP server: Dovecot unless a test asks for another (e.g. startCyrus). */
export type MailServerStart = (opts: { users?: string[] }) => Promise<Dovecot>;

export async function startMailStack(opts: { users?: string[]; server?: MailServerStart } = {}): Promise<MailStack> {
  const dovecot = await (opts.server ?? startDovecot)({ users: opts.users ?? [] });
  let relay: SmtpRelay;
  try {
    relay = await startSmtpRelay(dovecot);
  } catch (err) {
    await dovecot.stop();
    throw err;
  }
  return {
    dovecot,
    relay,
    async stop() {
      await relay.stop();
      await dovecot.stop();
    },
  };
}

export interface BotEnvInput {
  dovecot: Pick<Dovecot, 'imapPort' | 'passwordFor'>;
  relay: Pick<SmtpRelay, 'port'>;
  db: { url: string };
  prefix: string;
  httpPort: number;
  staff?: string[];
}

/** The environment the bot needs to work against the test stack. */
export function botEnv({ dovecot, relay, db, prefix, httpPort, staff = STAFF }: BotEnvInput): Record<string, string> {
  return {
    DATABASE_URL: db.url,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: prefix,
    IMAP_HOST: '127.0.0.1',
    IMAP_PORT: String(dovecot.imapPort),
    IMAP_SECURE: 'false',
    IMAP_USER: BOT_ADDRESS,
    IMAP_PASSWORD: dovecot.passwordFor(BOT_ADDRESS),
    IMAP_MAILBOX: 'INBOX',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(relay.port),
    SMTP_SECURE: 'false',
    BOT_ADDRESS,
    STAFF_EMAILS: staff.join(','),
    APPROVAL_SECRET: randomBytes(24).toString('hex'),
    HTTP_PORT: String(httpPort),
    LOG_LEVEL: process.env.BOT_LOG_LEVEL ?? 'info',
    IMAP_POLL_SECONDS: '5',
    RECONCILE_SECONDS: '5',
  };
}
