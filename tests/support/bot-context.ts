// A bot context for integration tests that call features directly: settings come
// from the real config loader (so every setting has its documented default),
// the clock is injectable, and logs are silent.
import type { Pool } from 'pg';
import { botSettings } from '../../src/app/bot-settings.js';
import { botContext } from '../../src/app/context.js';
import { loadConfig } from '../../src/config/config.js';
import { loadDeletionPlan } from '../../src/deletion/deletion-plan.js';
import { loadCheckedMailTemplates } from '../../src/mail-out/check-mail-templates.js';
import type { MailTemplates } from '../../src/mail-out/mail-templates.js';
import { createLogger } from '../../src/log/logger.js';
import type { Queues } from '../../src/queue/queues.js';

export const TEST_BOT_ENV = {
  BOT_ADDRESS: 'contact@pickrtech.com',
  STAFF_EMAILS: 'staff@pickrtech.com',
  APPROVAL_SECRET: 's'.repeat(40),
} as const;

/** Checked templates by folder: read once per test file, as the bot reads them once per start. */
const checkedTemplates = new Map<string, MailTemplates>();

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
  const settings = botSettings(config);
  const plan = loadDeletionPlan();
  let templates = checkedTemplates.get(settings.mailTemplatesDir);
  if (!templates) {
    templates = loadCheckedMailTemplates(settings.mailTemplatesDir, plan);
    checkedTemplates.set(settings.mailTemplatesDir, templates);
  }
  return botContext({
    pool: opts.pool,
    queues: opts.queues,
    log: createLogger('silent'),
    plan,
    templates,
    ...(opts.now ? { now: opts.now } : {}),
    settings,
  });
}
