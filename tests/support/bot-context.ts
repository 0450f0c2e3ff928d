// A bot context for integration tests that call features directly: settings come
// from the real config loader (so every setting has its documented default),
// the clock is injectable, and logs are silent.
import type { Pool } from 'pg';
import { botSettings } from '../../src/app/bot-settings.js';
import { botContext } from '../../src/app/context.js';
import { loadConfig } from '../../src/config/config.js';
import { loadDeletionPlan } from '../../src/deletion/deletion-plan.js';
import { createLogger } from '../../src/log/logger.js';
import type { Queues } from '../../src/queue/queues.js';

export const TEST_BOT_ENV = {
  BOT_ADDRESS: 'contact@pickrtech.com',
  STAFF_EMAILS: 'staff@pickrtech.com',
  APPROVAL_SECRET: 's'.repeat(40),
} as const;

/** The context testBotContext builds: the whole wiring, as src/app builds it for the bot. */
export type TestBotContext = ReturnType<typeof testBotContext>;

export function testBotContext(opts: {
  pool: Pool;
  queues: Queues;
  /** Extra bot variables, e.g. { SLA_DAYS: '20' }. */
  env?: Record<string, string>;
  now?: () => Date;
}) {
  const config = loadConfig({ ...TEST_BOT_ENV, ...opts.env }, ['bot']);
  return botContext({
    pool: opts.pool,
    queues: opts.queues,
    log: createLogger('silent'),
    plan: loadDeletionPlan(),
    ...(opts.now ? { now: opts.now } : {}),
    settings: botSettings(config),
  });
}
