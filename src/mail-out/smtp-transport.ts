import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config/config.js';

/**
 * The nodemailer transport for the bot's outgoing mail. It keeps up to `connections` SMTP
 * connections open and sends one mail after another on each (at most 100 per connection),
 * instead of connecting, greeting and quitting for every mail: in a flood that is three
 * times the mails per second. Each mail still gets its own answer from the server.
 */
export function createSmtpTransport(smtp: Config<'smtp'>['smtp'], { connections = 1 }: { connections?: number } = {}): Transporter {
  return nodemailer.createTransport({
    pool: true,
    maxConnections: connections,
    host: smtp.SMTP_HOST,
    port: smtp.SMTP_PORT,
    secure: smtp.SMTP_SECURE && smtp.SMTP_PORT === 465,
    requireTLS: smtp.SMTP_SECURE && smtp.SMTP_PORT !== 465,
    ignoreTLS: !smtp.SMTP_SECURE,
    auth: smtp.SMTP_USER ? { user: smtp.SMTP_USER, pass: smtp.SMTP_PASSWORD ?? '' } : undefined,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
}
