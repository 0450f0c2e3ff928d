import { ConfigError, loadConfig, type Config, type SectionName } from '../../config/config.js';
import { describe } from '../../poller/describe-error.js';
import { botSettings } from '../../app/bot-settings.js';
import { checkImap, checkSmtp, evictionAdvice, probePostgres, probeRedis } from '../../app/service-checks.js';
import { DeletionPlanError, loadDeletionPlan } from '../../deletion/deletion-plan.js';
import { checkPlanAgainstDatabase } from '../../deletion/check-plan-against-database.js';
import { templatesSummary } from '../../mail-out/check-mail-templates.js';
import { approvalAuthWarning } from '../../approval/approval-auth-warning.js';
import { checkMailAuth, withMailTokens } from '../../mail-auth/check-mail-auth.js';
import { EXIT } from '../run-command.js';

type Check = () => Promise<string>;

function postgres(c: Config<'database'>): Check {
  return async () => {
    const { version, pending } = await probePostgres(c.database);
    if (pending.length) throw new Error(`${version} answers, but ${pending.length} migration(s) are not applied: run deletion-bot migrate`);
    return `${version}, schema up to date`;
  };
}

function redis(c: Config<'redis'>): Check {
  return async () => {
    const { policy } = await probeRedis(c.redis);
    const advice = evictionAdvice(c.redis.REDIS_URL, policy);
    if (advice) throw new Error(advice);
    return `PONG=PONG, maxmemory-policy=${policy ?? 'unknown (the server answers neither CONFIG GET nor INFO)'}`;
  };
}

/** The deletion plan and the requester mail templates, checked exactly as `start` checks them. */
function mailTemplatesCheck(): Check {
  return async () => {
    const config = loadConfig(process.env, ['bot']);
    return templatesSummary(botSettings(config).mailTemplatesDir, loadDeletionPlan());
  };
}

/**
 * A check whose settings are not all given (or not valid) fails by naming exactly the
 * variables to set, and the other checks still run.
 */
function configured<K extends SectionName>(wanted: readonly K[], check: (c: Config<K>) => Check): Check {
  return async () => {
    let config: Config<K>;
    try {
      config = loadConfig(process.env, wanted);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      const unset = err.problems.filter((p) => p.endsWith(' is not set')).map((p) => p.slice(0, -' is not set'.length));
      const wrong = err.problems.filter((p) => !p.endsWith(' is not set'));
      throw new Error([unset.length ? `not configured: set ${unset.join(', ')}` : '', ...wrong].filter(Boolean).join('; '), { cause: err });
    }
    return check(config)();
  };
}

/** A warning about how staff decisions are authenticated; not a failure (the bot runs), but said every time. */
function approvalWarning(): string | null {
  try {
    return approvalAuthWarning(botSettings(loadConfig(process.env, ['bot'])));
  } catch {
    return null; // The Bot line already names what to set.
  }
}

/**
 * Connects to each service the bot needs and prints one line each; non-zero exit if any
 * failed: 78 (a configuration error) when the deletion plan is broken, else 1.
 */
export async function doctorCommand(): Promise<number> {
  const checks: [string, Check][] = [
    ['Postgres', configured(['database'], postgres)],
    ['Redis', configured(['redis'], redis)],
    // MAIL_AUTH=oauth2: IMAP and SMTP log in with a token, and the OAuth line names the step that fails.
    ...(process.env.MAIL_AUTH === 'oauth2' ? [['OAuth', configured(['mailAuth'], (c) => () => checkMailAuth(c.mailAuth))] as [string, Check]] : []),
    ['IMAP', configured(['imap', 'mailAuth'], (c) => () => withMailTokens(c.imap, c.mailAuth, checkImap))],
    ['SMTP', configured(['smtp', 'mailAuth'], (c) => () => withMailTokens(c.smtp, c.mailAuth, checkSmtp))],
    ['Bot', configured(['bot'], (c) => async () => `address ${c.bot.BOT_ADDRESS}, ${c.bot.STAFF_EMAILS.length} staff address(es)`)],
    ['Templates', configured(['bot'], () => mailTemplatesCheck())],
    ['Plan', configured(['database'], (c) => () => checkPlanAgainstDatabase(c.database))],
  ];
  let failed = 0;
  let planBroken = false;
  const results = await Promise.all(checks.map(async ([name, check]) => {
    try {
      return `${name.padEnd(9)} OK    ${await check()}`;
    } catch (err) {
      failed += 1;
      if (err instanceof DeletionPlanError) planBroken = true;
      return `${name.padEnd(9)} FAIL  ${describe(err)}`;
    }
  }));
  const warning = approvalWarning();
  if (warning) results.push(`${'Approval'.padEnd(9)} WARN  ${warning}`);
  process.stdout.write(results.join('\n') + '\n');
  return planBroken ? EXIT.config : failed ? EXIT.failed : EXIT.ok;
}
