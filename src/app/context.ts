import type { Pool } from '../db/pool.js';
import type { Logger } from '../log/logger.js';
import type { Queues } from '../queue/queues.js';
import type { DeletionPlan } from '../deletion/deletion-plan.js';
import type { MailReader } from '../intake/parse-pool.js';
import { loadCheckedMailTemplates } from '../mail-out/check-mail-templates.js';
import type { MailTemplates } from '../mail-out/mail-templates.js';

/** What the features need from the outside world, wired once in the composition root. */
export interface BotSettings {
  botAddress: string;
  botDomain: string;
  staffEmails: string[];
  approvalSecret: string;
  slaDays: number;
  /** Automatic answers one address may get in 24 hours (REPLY_RATE_LIMIT_PER_DAY). */
  replyRateLimitPerDay: number;
  /** Refused decision attempts that get an alert of their own in any hour; the rest go into a digest. */
  refusalAlertsPerHour: number;
  /** At most one digest of refused attempts this often. */
  refusalDigestMinutes: number;
  /** Rows one deletion statement erases at most (DELETE_BATCH_SIZE). */
  deleteBatchSize: number;
  /** Absolute path of the requester mail templates (MAIL_TEMPLATES_DIR, default the packaged templates/mail). */
  mailTemplatesDir: string;
  /** Days between reminders to staff about a request waiting for approval (APPROVAL_REMINDER_DAYS). */
  approvalReminderDays: number;
  /** Staff are alerted once when an open request is this many days from its due date (ESCALATION_DAYS_BEFORE_DUE). */
  escalationDaysBeforeDue: number;
  /** Days after a request ended before its personal data is purged (RETENTION_DAYS). */
  retentionDays: number;
  ownHandles: string[];
  mailbox: string;
  /** Staff replies must pass DMARC or aligned DKIM at the trusted server (STAFF_REQUIRE_DMARC). */
  staffRequireDmarc: boolean;
  /** Lowercase authserv-id whose Authentication-Results are trusted (TRUSTED_AUTHSERV_ID), or null. */
  trustedAuthservId: string | null;
}

/**
 * Everything the features need, wired once here. No feature names this type: each declares the
 * narrow dependencies it reads (its settings, its store, a logger) next to its entry function,
 * and this context satisfies all of them.
 */
export interface BotContext {
  pool: Pool;
  /**
   * The application database's pool (APP_DATABASE_URL) when it is another than the bot's: the
   * deletion plan's tables are there. Absent: they are in the bot's database, reached through `pool`.
   */
  appPool?: Pool;
  queues: Queues;
  log: Logger;
  settings: BotSettings;
  plan: DeletionPlan;
  /** The requester mail templates of settings.mailTemplatesDir, read and checked against the plan once. */
  templates: MailTemplates;
  /** Injected so tests about days can move time. */
  now: () => Date;
  /** Parses stored mail for the inbound jobs (parse threads); absent: on the calling thread. */
  reader?: MailReader;
}

export type BotContextParts = Omit<BotContext, 'templates' | 'now'> & Partial<Pick<BotContext, 'templates' | 'now'>>;

/**
 * A whole context from its parts: the clock defaults to the real one, the templates to those of
 * settings.mailTemplatesDir, read and checked against the plan now (a broken template throws
 * MailTemplateError naming its file).
 */
export function botContext(parts: BotContextParts): BotContext {
  return {
    ...parts,
    now: parts.now ?? (() => new Date()),
    templates: parts.templates ?? loadCheckedMailTemplates(parts.settings.mailTemplatesDir, parts.plan),
  };
}
