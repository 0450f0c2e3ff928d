import { ALL_SECTIONS, loadConfig } from '../../config/config.js';
import { startBot, type Role } from '../../app/start-bot.js';
import { createLogger } from '../../log/logger.js';

/** Runs the bot until SIGTERM/SIGINT, then drains in-flight work within the shutdown timeout. */
export async function startCommand(role: Role): Promise<number> {
  // Validated before anything connects: a bad variable stops here, by name.
  const config = loadConfig(process.env, ALL_SECTIONS);
  const log = createLogger(config.runtime.LOG_LEVEL, { role });
  const bot = await startBot(config, role, log);
  await new Promise<void>((resolve) => {
    const onSignal = (signal: string) => {
      log.info({ component: 'main', signal }, 'shutting down: finishing in-flight work');
      resolve();
    };
    process.once('SIGTERM', () => onSignal('SIGTERM'));
    process.once('SIGINT', () => onSignal('SIGINT'));
  });
  const deadline = config.runtime.SHUTDOWN_TIMEOUT_SECONDS * 1000;
  const timedOut = await Promise.race([
    bot.stop().then(() => false),
    new Promise<boolean>((r) => setTimeout(() => r(true), deadline).unref()),
  ]);
  if (timedOut) {
    log.warn({ component: 'main', timeoutSeconds: config.runtime.SHUTDOWN_TIMEOUT_SECONDS }, 'shutdown timed out; unfinished jobs will be retried');
    return 1;
  }
  log.info({ component: 'main' }, 'stopped');
  // Lingering sockets must not keep a stopped bot alive.
  setTimeout(() => process.exit(0), 100).unref();
  return 0;
}
