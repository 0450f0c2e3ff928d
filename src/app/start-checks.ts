import type { Config } from '../config/config.js';
import { withMailTokens } from '../mail-auth/check-mail-auth.js';
import { MailAuthError } from '../mail-auth/mail-auth-error.js';
import { checkImap, checkSmtp, evictionAdvice, probePostgres, probeRedis, ServiceFailure } from './service-checks.js';
import type { Role } from './start-bot.js';

/**
 * Network errors that say the mail server is not there right now, not that a setting is
 * wrong: the bot starts anyway, /readyz names the server, and it retries. Stopping instead
 * would lose what a first start promises (docs/MAILBOX.md): the mail delivered since the
 * process started, which a restart would move past.
 */
const MAIL_SERVER_AWAY = new Set(['ECONNREFUSED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'EAI_AGAIN', 'EPIPE']);

export interface StartCheckResult {
  /** One "Service: advice" per failure that stops the start, in a fixed order; empty when all is well. */
  failures: string[];
  /** One "Service: advice" per mail server that does not answer yet: the bot starts and retries. */
  unreachable: string[];
}

/**
 * True when the error, or one it wraps, is a network error of {@link MAIL_SERVER_AWAY} (nodemailer
 * says ESOCKET and names it in its message), or the OAuth2 token endpoint not answering.
 */
function isAway(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    // The OAuth2 token endpoint not answering is the same as the mail server not answering.
    if (e instanceof MailAuthError && e.step === 'token_endpoint_unreachable') return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && MAIL_SERVER_AWAY.has(code)) return true;
    if (e !== err && [...MAIL_SERVER_AWAY].some((c) => e instanceof Error && e.message.includes(c))) return true;
  }
  return false;
}

/**
 * What `start` checks before it runs anything: each service the role uses answers and is fit
 * for the bot (the schema migrated, Redis keeping every key, the mailbox login accepted). A
 * bot that started without them would fail job after job, or wait silently; instead it stops
 * with what to fix. A mail server that merely does not answer yet does not stop it.
 */
export async function startChecks(
  core: Config<'database' | 'redis'>,
  mail: Config<'imap' | 'smtp' | 'mailAuth'> | null,
  role: Role,
): Promise<StartCheckResult> {
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
  const mailChecks: Promise<void>[] = [];
  if (mail && (role === 'all' || role === 'poller')) mailChecks.push(withMailTokens(mail.imap, mail.mailAuth, checkImap).then(() => {}));
  if (mail && (role === 'all' || role === 'worker')) mailChecks.push(withMailTokens(mail.smtp, mail.mailAuth, checkSmtp).then(() => {}));
  const line = (err: unknown): string => (err instanceof ServiceFailure ? `${err.service}: ${err.message}` : String(err));
  const result: StartCheckResult = { failures: [], unreachable: [] };
  // Settled together: a check that fails while another is awaited must not go unhandled.
  const [coreResults, mailResults] = await Promise.all([Promise.allSettled(checks), Promise.allSettled(mailChecks)]);
  for (const r of coreResults) if (r.status === 'rejected') result.failures.push(line(r.reason));
  for (const r of mailResults) if (r.status === 'rejected') (isAway(r.reason) ? result.unreachable : result.failures).push(line(r.reason));
  return result;
}
