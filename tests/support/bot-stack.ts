// Per-file fixture for end-to-end tests: a mail stack, a fresh database, a Redis prefix
// and (optionally) the bot running as its own process, torn down after the file.
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { runCli, startBot, type BotProcess } from '../../harness/bot-process.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';
import { freePort } from '../../harness/ports.js';
import { cleanupPrefix, uniquePrefix } from '../../harness/redis.js';
import { botEnv, startMailStack, type MailServerStart, type MailStack } from '../../harness/stack.js';

export interface BotStack {
  stack: MailStack;
  db: TestDatabase;
  prefix: string;
  env: Record<string, string>;
  /** The running bot, or null while stopped. */
  bot: BotProcess | null;
  /** Output of every bot process started for this file. */
  logs: string[][];
  /** Starts the bot (again) with the file's environment. */
  start(): Promise<BotProcess>;
  /** Stops the bot with SIGTERM; resolves with its exit code. */
  stop(): Promise<number | null>;
}

export function useBotStack(opts: { seed?: boolean; start?: boolean; users?: string[]; server?: MailServerStart } = {}): BotStack {
  const t = { bot: null, logs: [] } as unknown as BotStack;
  t.start = async () => {
    t.bot = await startBot(t.env);
    t.logs.push(t.bot.output);
    return t.bot;
  };
  t.stop = async () => {
    const code = (await t.bot?.stop()) ?? null;
    t.bot = null;
    return code;
  };

  beforeAll(async () => {
    t.stack = await startMailStack({ users: opts.users ?? [], ...(opts.server ? { server: opts.server } : {}) });
    t.db = await createTestDatabase();
    t.prefix = uniquePrefix();
    t.env = botEnv({ dovecot: t.stack.dovecot, relay: t.stack.relay, db: t.db, prefix: t.prefix, httpPort: await freePort() });
    if (opts.seed) {
      const seeded = await runCli(['seed-demo'], t.env);
      expect(seeded.code, seeded.stderr).toBe(0);
    }
    if (opts.start ?? true) await t.start();
  });

  beforeEach(({ onTestFailed }) => {
    onTestFailed(() => {
      if (t.bot) console.error(`bot output:\n${t.bot.output.slice(-80).join('\n')}`);
    });
  });

  afterAll(async () => {
    await t.bot?.stop();
    if (t.prefix) await cleanupPrefix(t.prefix);
    await t.db?.drop();
    await t.stack?.stop();
  });

  return t;
}
