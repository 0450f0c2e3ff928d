import { ALL_SECTIONS, CORE_SECTIONS, MAIL_SECTIONS, loadConfig, unsetVariables } from '../../config/config.js';
import { startBot, type Role } from '../../app/start-bot.js';
import { startUnconfigured } from '../../app/start-unconfigured.js';
import { createPool } from '../../db/pool.js';
import { pendingMigrations } from '../../db/schema-status.js';
import { createLogger } from '../../log/logger.js';
import { CliError } from '../run-command.js';

/** A bot on a database without its schema would fail job after job: refuse to start instead. */
async function checkSchema(databaseUrl: string): Promise<void> {
  const pool = createPool(databaseUrl, 1);
  try {
    const pending = await pendingMigrations(pool);
    if (pending.length) {
      throw new CliError(`the database lacks ${pending.length} migration(s) (${pending.join(', ')}): run deletion-bot migrate first`);
    }
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`cannot reach Postgres at DATABASE_URL: ${(err as Error).message}`);
  } finally {
    await pool.end();
  }
}

/** Runs the bot until SIGTERM/SIGINT, then drains in-flight work within the shutdown timeout. */
export async function startCommand(role: Role): Promise<number> {
  // Validated before anything connects: a bad variable stops here, by name. Mail settings
  // that are merely not set yet start the bot in a waiting state that names them instead.
  const core = loadConfig(process.env, CORE_SECTIONS);
  const missing = unsetVariables(process.env, MAIL_SECTIONS);
  const log = createLogger(core.runtime.LOG_LEVEL, { role }, core.runtime.LOG_PRETTY === '1');
  await checkSchema(core.database.DATABASE_URL);
  const bot = missing.length ? await startUnconfigured(core, missing, log) : await startBot(loadConfig(process.env, ALL_SECTIONS), role, log);
  await new Promise<void>((resolve) => {
    const onSignal = (signal: string) => {
      log.info({ component: 'main', signal }, 'shutting down: finishing in-flight work');
      resolve();
    };
    process.once('SIGTERM', () => onSignal('SIGTERM'));
    process.once('SIGINT', () => onSignal('SIGINT'));
  });
  const timeoutSeconds = core.runtime.SHUTDOWN_TIMEOUT_S ?? core.runtime.SHUTDOWN_TIMEOUT_SECONDS;
  const deadline = timeoutSeconds * 1000;
  const timedOut = await Promise.race([
    bot.stop().then(() => false),
    new Promise<boolean>((r) => setTimeout(() => r(true), deadline).unref()),
  ]);
  if (timedOut) {
    log.warn({ component: 'main', timeoutSeconds }, 'shutdown timed out; unfinished jobs will be retried');
    setTimeout(() => process.exit(1), 100).unref();
    return 1;
  }
  log.info({ component: 'main' }, 'stopped');
  // Lingering sockets must not keep a stopped bot alive.
  setTimeout(() => process.exit(0), 100).unref();
  return 0;
}
