import { resolve } from 'node:path';
import type { Config } from '../config/config.js';
import { DEFAULT_MAIL_TEMPLATES_DIR } from '../mail-out/mail-templates.js';
import { domainOf } from '../understanding/message-ids.js';
import type { BotSettings } from './context.js';

/** The settings features read, derived once from the validated config. */
export function botSettings(config: Config<'bot'>, mailbox = 'INBOX'): BotSettings {
  return {
    botAddress: config.bot.BOT_ADDRESS,
    botDomain: domainOf(config.bot.BOT_ADDRESS),
    staffEmails: config.bot.STAFF_EMAILS,
    approvalSecret: config.bot.APPROVAL_SECRET,
    slaDays: config.bot.SLA_DAYS,
    replyRateLimitPerDay: config.bot.REPLY_RATE_LIMIT_PER_DAY,
    refusalAlertsPerHour: config.bot.REFUSAL_ALERTS_PER_HOUR,
    refusalDigestMinutes: config.bot.REFUSAL_DIGEST_MINUTES,
    deleteBatchSize: config.bot.DELETE_BATCH_SIZE,
    mailTemplatesDir: resolve(config.bot.MAIL_TEMPLATES_DIR ?? DEFAULT_MAIL_TEMPLATES_DIR),
    approvalReminderDays: config.bot.APPROVAL_REMINDER_DAYS,
    escalationDaysBeforeDue: config.bot.ESCALATION_DAYS_BEFORE_DUE,
    retentionDays: config.bot.RETENTION_DAYS,
    ownHandles: config.bot.OWN_INSTAGRAM_HANDLES,
    staffRequireDmarc: config.bot.STAFF_REQUIRE_DMARC,
    trustedAuthservId: config.bot.TRUSTED_AUTHSERV_ID ?? null,
    mailbox,
  };
}
