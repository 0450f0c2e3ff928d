import type pg from 'pg';
import { Gauge, type Registry } from 'prom-client';
import type { Config } from '../config/config.js';
import type { Probe } from '../http/http-server.js';
import type { ImapSettings } from '../poller/imap-client.js';
import type { Logger } from '../log/logger.js';
import type { SmtpSettings } from '../mail-out/smtp-transport.js';
import { botSettings } from './bot-settings.js';
import { mailTokenSource } from '../mail-auth/mail-token-source.js';
import { outageAlert } from '../mail-auth/outage-alert.js';
import type { MailTokenSource } from '../mail-auth/token-source.js';
import { addStaffAlert } from '../mail-out/staff-alert.js';

export interface MailAuth {
  imap: ImapSettings;
  smtp: SmtpSettings;
  /** Null with MAIL_AUTH=password. */
  tokens: MailTokenSource | null;
}

/**
 * How the bot logs in to IMAP and SMTP. With MAIL_AUTH=password, the settings as they are.
 * With oauth2, one token source for both, a readiness check that fails naming the mailbox
 * while tokens cannot be had (until a new `oauth login`), and the gauge
 * deletion_bot_mail_auth_ok{direction} for the alert in docs/alerts.yml.
 */
export function startMailAuth(
  config: Config,
  deps: { pool: pg.Pool; log: Logger; registry: Registry; probes: Probe[] },
): MailAuth {
  if (config.mailAuth.MAIL_AUTH !== 'oauth2') return { imap: config.imap, smtp: config.smtp, tokens: null };
  const tokens = mailTokenSource(config, deps.pool);
  const staff = botSettings(config, config.imap.IMAP_MAILBOX);
  tokens.onOutage = async (tx, error) => {
    // Picked up by the reconciler within RECONCILE_SECONDS, as any mail left pending.
    // Written with the refusal on the token row: one mail per outage, however many processes meet it.
    await addStaffAlert(tx, staff, { requestId: null, ...outageAlert(tokens.user, error, new Date()) });
    deps.log.warn({ component: 'mail-auth', step: error.step }, `mailbox ${tokens.user}: staff are told by mail that the login failed`);
  };
  let said: string | null = null;
  deps.probes.push({
    name: 'mail-auth',
    check: async () => {
      const failure = await tokens.recheck();
      const words = failure ? `mailbox ${tokens.user}: ${failure.message}` : null;
      if (words !== said) {
        if (words) deps.log.error({ component: 'mail-auth', step: failure?.step, code: failure?.code }, words);
        else if (said) deps.log.info({ component: 'mail-auth' }, `mailbox ${tokens.user}: tokens are issued again`);
        said = words;
      }
      return words;
    },
  });
  registerMailAuthMetrics(deps.registry, tokens);
  deps.log.info({ component: 'mail-auth', provider: config.mailAuth.OAUTH_PROVIDER, flow: config.mailAuth.OAUTH_FLOW }, 'IMAP and SMTP log in with OAuth2');
  return {
    imap: { ...config.imap, tokens },
    smtp: { ...config.smtp, SMTP_USER: config.smtp.SMTP_USER ?? config.imap.IMAP_USER, tokens },
    tokens,
  };
}

/** deletion_bot_mail_auth_ok{direction}: 1 while the mailbox's tokens are issued and taken, else 0 (docs/alerts.yml). */
export function registerMailAuthMetrics(registry: Registry, tokens: MailTokenSource | null): void {
  new Gauge({
    name: 'deletion_bot_mail_auth_ok',
    help: 'Whether the mailbox can log in with OAuth2 in this direction (1) or not (0: token refused or not obtainable; see /readyz)',
    labelNames: ['direction'] as const,
    registers: [registry],
    collect() {
      if (!tokens) return;
      const failed = tokens.failure !== null;
      for (const direction of ['imap', 'smtp'] as const) this.set({ direction }, !failed && tokens.logins[direction] !== false ? 1 : 0);
    },
  });
}
