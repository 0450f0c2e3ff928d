import type { Config } from '../config/config.js';
import { withMailTokens } from '../mail-auth/check-mail-auth.js';
import { checkImap, checkSmtp, evictionAdvice, probePostgres, probeRedis, ServiceFailure } from './service-checks.js';
import type { Role } from './start-bot.js';

/**
 * What `start` checks before it runs anything: each service the role uses answers and is fit
 * for the bot (the schema migrated, Redis keeping every key). A bot that started without them
 * would fail job after job, or wait silently; instead it stops with what to fix. Returns one
 * "Service: advice" per failure, in a fixed order; empty when all is well.
 */
export async function startChecks(
  core: Config<'database' | 'redis'>,
  mail: Config<'imap' | 'smtp' | 'mailAuth'> | null,
  role: Role,
): Promise<string[]> {
  const checks: Promise<void>[] = [
    probePostgres(core.database).then(({ pending }) => {
      if (pending.length) {
        throw new ServiceFailure('Postgres', `the database lacks ${pending.length} migration(s) (${pending.join(', ')}): run deletion-bot migrate first`);
      }
    }),
    probeRedis(core.redis).then(({ policy }) => {
      const advice = evictionAdvice(core.redis.REDIS_URL, policy);
      if (advice) throw new ServiceFailure('Redis', advice);
    }),
  ];
  if (mail && (role === 'all' || role === 'poller')) checks.push(withMailTokens(mail.imap, mail.mailAuth, checkImap).then(() => {}));
  if (mail && (role === 'all' || role === 'worker')) checks.push(withMailTokens(mail.smtp, mail.mailAuth, checkSmtp).then(() => {}));
  const results = await Promise.allSettled(checks);
  return results.flatMap((r) => {
    if (r.status === 'fulfilled') return [];
    const err: unknown = r.reason;
    return [err instanceof ServiceFailure ? `${err.service}: ${err.message}` : String(err)];
  });
}
