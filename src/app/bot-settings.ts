import type { Config } from '../config/config.js';
import { domainOf } from '../mail-out/message-ids.js';
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
    ownHandles: config.bot.OWN_INSTAGRAM_HANDLES,
    mailbox,
  };
}
