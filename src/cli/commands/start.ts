import { ALL_SECTIONS, ConfigError, CORE_SECTIONS, MAIL_SECTIONS, loadConfig, unsetVariables, type Config } from '../../config/config.js';
import { explainListenFailure } from '../../app/explain-failure.js';
import { startBot, type Role, type RunningBot } from '../../app/start-bot.js';
import { startChecks } from '../../app/start-checks.js';
import { startUnconfigured } from '../../app/start-unconfigured.js';
import { resolve } from 'node:path';
import { DeletionPlanError, loadDeletionPlan, type DeletionPlan } from '../../deletion/deletion-plan.js';
import { loadCheckedMailTemplates } from '../../mail-out/check-mail-templates.js';
import { DEFAULT_MAIL_TEMPLATES_DIR } from '../../mail-out/mail-templates.js';
import { checkPlanAgainstDatabase } from '../../deletion/check-plan-against-database.js';
import { describe } from '../../poller/describe-error.js';
import { createLogger, type Logger } from '../../log/logger.js';
import { CliError, EXIT } from '../run-command.js';

/**
 * The deletion plan and the mail templates are files ops edit: a broken one stops the start
 * (78) before anything connects, naming the file and the field.
 */
function checkEditedFiles(config: Config<'bot'> | null): void {
  let plan: DeletionPlan;
  try {
    plan = loadDeletionPlan();
  } catch (err) {
    if (!(err instanceof DeletionPlanError)) throw err;
    const message = err.message;
    throw new CliError(`cannot start: ${message.charAt(0).toLowerCase()}${message.slice(1)}`, EXIT.config);
  }
  // Without the mail settings the bot sends nothing yet, so its templates are checked when they are set.
  if (config) loadCheckedMailTemplates(resolve(config.bot.MAIL_TEMPLATES_DIR ?? DEFAULT_MAIL_TEMPLATES_DIR), plan);
}

/** Why starting failed once the checks had passed (the HTTP port taken, most likely), as the one line to print. */
function startFailure(err: unknown, runtime: Config<'runtime'>['runtime'], log: Logger): Error {
  if (err instanceof ConfigError || err instanceof CliError) return err;
  const e = err as { code?: string; syscall?: string; port?: number };
  if (e.syscall === 'listen') {
    const metrics = runtime.METRICS_PORT !== undefined && e.port === runtime.METRICS_PORT;
    return new CliError(`cannot start: ${explainListenFailure(err, metrics
      ? { portSetting: 'METRICS_PORT', hostSetting: runtime.METRICS_BIND_ADDRESS !== undefined ? 'METRICS_BIND_ADDRESS' : 'HTTP_HOST' }
      : { portSetting: 'HTTP_PORT', hostSetting: 'HTTP_HOST' })}`);
  }
  log.debug({ component: 'main', err }, 'start failed');
  return new CliError(`cannot start: ${describe(err)}`);
}

/** Runs the bot until SIGTERM/SIGINT, then drains in-flight work within the shutdown timeout. */
export async function startCommand(role: Role): Promise<number> {
  // Validated before anything connects: a bad variable stops here, by name. Mail settings
  // that are merely not set yet start the bot in a waiting state that names them instead.
  const core = loadConfig(process.env, CORE_SECTIONS);
  const missing = unsetVariables(process.env, MAIL_SECTIONS);
  const config = missing.length ? null : loadConfig(process.env, ALL_SECTIONS);
  const log = createLogger(core.runtime.LOG_LEVEL, { role }, core.runtime.LOG_PRETTY === '1');
  // Anything that would stop the bot later stops it now, with one line that says what to fix
  // and nothing left connected: Docker and systemd see the failure and can restart it.
  checkEditedFiles(config);
  const { failures, unreachable } = await startChecks(core, config, role);
  if (failures.length) throw new CliError(`cannot start: ${failures.join('; ')}`);
  // Not there yet (a server restarting, a network coming up): started anyway, retried, named by /readyz.
  for (const away of unreachable) log.warn({ component: 'main', check: away }, 'a mail server does not answer yet; starting anyway and retrying');
  await checkPlanAgainstDatabase(core.database).catch((err: Error) => { throw new CliError(`cannot start: ${err.message}`); });
  let bot: RunningBot;
  try {
    bot = config ? await startBot(config, role, log) : await startUnconfigured(core, missing, log);
  } catch (err) {
    throw startFailure(err, core.runtime, log);
  }
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
