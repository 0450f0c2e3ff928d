import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config/config.js';

/**
 * The nodemailer transport for the bot's outgoing mail: a pool of up to
 * SMTP_MAX_CONNECTIONS connections, each reused for many mails, so a mail costs
 * one SMTP transaction rather than a connection, greeting, EHLO and TLS each.
 */
export function createSmtpTransport(smtp: Config<'smtp'>['smtp']): Transporter {
  return nodemailer.createTransport({
    host: smtp.SMTP_HOST,
    port: smtp.SMTP_PORT,
    secure: smtp.SMTP_SECURE && smtp.SMTP_PORT === 465,
    requireTLS: smtp.SMTP_SECURE && smtp.SMTP_PORT !== 465,
    ignoreTLS: !smtp.SMTP_SECURE,
    auth: smtp.SMTP_USER ? { user: smtp.SMTP_USER, pass: smtp.SMTP_PASSWORD ?? '' } : undefined,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
    pool: true,
    maxConnections: smtp.SMTP_MAX_CONNECTIONS,
    maxMessages: 100,
  });
}
