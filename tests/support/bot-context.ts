// A BotContext for integration tests that call features directly: settings come
// from the real config loader (so every setting has its documented default),
// the clock is injectable, and logs are silent.
import type { Pool } from 'pg';
import { botSettings } from '../../src/app/bot-settings.js';
import type { BotContext } from '../../src/app/context.js';
import { loadConfig } from '../../src/config/config.js';
import { loadDeletionPlan } from '../../src/deletion/deletion-plan.js';
import { createLogger } from '../../src/log/logger.js';
import type { Queues } from '../../src/queue/queues.js';

export const TEST_BOT_ENV = {
  BOT_ADDRESS: 'contact@pickrtech.com',
  STAFF_EMAILS: 'staff@pickrtech.com',
  APPROVAL_SECRET: 's'.repeat(40),
} as const;

export function testBotContext(opts: {
  pool: Pool;
  queues: Queues;
  /** Extra bot variables, e.g. { SLA_DAYS: '20' }. */
  env?: Record<string, string>;
  now?: () => Date;
}): BotContext {
  const config = loadConfig({ ...TEST_BOT_ENV, ...opts.env }, ['bot']);
  return {
    pool: opts.pool,
    queues: opts.queues,
    log: createLogger('silent'),
    plan: loadDeletionPlan(),
    now: opts.now ?? (() => new Date()),
    settings: botSettings(config),
  };
}
