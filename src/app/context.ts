import type { Pool } from '../db/pool.js';
import type { Logger } from '../log/logger.js';
import type { Queues } from '../queue/queues.js';
import type { DeletionPlan } from '../deletion/deletion-plan.js';

/** What the features need from the outside world, wired once in the composition root. */
export interface BotSettings {
  botAddress: string;
  botDomain: string;
  staffEmails: string[];
  approvalSecret: string;
  slaDays: number;
  /** Automatic answers one address may get in 24 hours (REPLY_RATE_LIMIT_PER_DAY). */
  replyRateLimitPerDay: number;
  ownHandles: string[];
  mailbox: string;
}

export interface BotContext {
  pool: Pool;
  queues: Queues;
  log: Logger;
  settings: BotSettings;
  plan: DeletionPlan;
  /** Injected so tests about days can move time. */
  now: () => Date;
}
