import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config/config.js';
import type { MailTokenSource } from '../mail-auth/token-source.js';

/** The SMTP settings, with the mailbox's token source when MAIL_AUTH=oauth2 (src/mail-auth/). */
export type SmtpSettings = Config<'smtp'>['smtp'] & { tokens?: MailTokenSource };

/**
 * XOAUTH2 with the token source shared with IMAP: nodemailer asks it for a token per
 * connection, and again (renew) after the server refused one.
 */
function oauth2Auth(user: string, tokens: MailTokenSource) {
  let last: string | null = null;
  return {
    type: 'OAuth2' as const,
    user,
    provisionCallback: (_user: string, renew: boolean, callback: (err: Error | null, token?: string, expires?: number) => void) => {
      if (renew && last !== null) tokens.refused(last, 'smtp');
      tokens.accessToken().then((token) => {
        // The token is taken for a new connection: counted as working until a server refuses it.
        if (!renew) tokens.worked('smtp');
        last = token;
        callback(null, token, tokens.expiresAt(token));
      }, (err: unknown) => callback(err as Error));
    },
  };
}

/**
 * The nodemailer transport for the bot's outgoing mail: a pool of up to
 * SMTP_MAX_CONNECTIONS connections, each reused for many mails, so a mail costs
 * one SMTP transaction rather than a connection, greeting, EHLO and TLS each.
 */
export function createSmtpTransport(smtp: SmtpSettings): Transporter {
  const password = smtp.SMTP_USER ? { user: smtp.SMTP_USER, pass: smtp.SMTP_PASSWORD ?? '' } : undefined;
  return nodemailer.createTransport({
    host: smtp.SMTP_HOST,
    port: smtp.SMTP_PORT,
    secure: smtp.SMTP_SECURE && smtp.SMTP_PORT === 465,
    requireTLS: smtp.SMTP_SECURE && smtp.SMTP_PORT !== 465,
    ignoreTLS: !smtp.SMTP_SECURE,
    auth: smtp.tokens ? oauth2Auth(smtp.SMTP_USER ?? smtp.tokens.user, smtp.tokens) : password,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
    pool: true,
    maxConnections: smtp.SMTP_MAX_CONNECTIONS,
    maxMessages: 100,
  });
}
