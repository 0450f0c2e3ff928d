import { Redis } from 'ioredis';
import pg from 'pg';
import { ConfigError, loadConfig, type Config, type SectionName } from '../../config/config.js';
import { pendingMigrations } from '../../db/schema-status.js';
import { createImapClient } from '../../intake/imap-client.js';
import { describe } from '../../intake/describe-error.js';
import { createSmtpTransport } from '../../mail-out/smtp-transport.js';
import { botSettings } from '../../app/bot-settings.js';
import { loadDeletionPlan } from '../../deletion/deletion-plan.js';
import { templatesSummary } from '../../mail-out/check-mail-templates.js';
import { approvalAuthWarning } from '../../approval/approval-auth-warning.js';

type Check = () => Promise<string>;

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer from ${what} within ${ms / 1000} s`)), ms).unref())]);
}

function postgres(c: Config<'database'>): Check {
  return async () => {
    const client = new pg.Client({ connectionString: c.database.DATABASE_URL, connectionTimeoutMillis: 8_000 });
    client.on('error', () => {});
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT current_setting('server_version') AS v`);
      const version = `PostgreSQL ${String(rows[0].v).split(' ')[0]}`;
      const pending = await pendingMigrations(client);
      if (pending.length) throw new Error(`${version} answers, but ${pending.length} migration(s) are not applied: run deletion-bot migrate`);
      return `${version}, schema up to date`;
    } finally {
      await client.end();
    }
  };
}

function redis(c: Config<'redis'>): Check {
  return async () => {
    const r = new Redis(c.redis.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 8_000 });
    r.on('error', () => {});
    try {
      await r.connect();
      const policy = (await r.config('GET', 'maxmemory-policy')) as string[];
      const p = policy[1] ?? 'unknown';
      return `PONG=${await r.ping()}, maxmemory-policy=${p}${p === 'noeviction' ? '' : ' (BullMQ needs noeviction)'}`;
    } finally {
      r.disconnect();
    }
  };
}

function imap(c: Config<'imap'>): Check {
  return async () => {
    const client = createImapClient(c.imap);
    client.on('error', () => {});
    try {
      await client.connect();
    } catch (err) {
      const e = err as { authenticationFailed?: boolean };
      if (e.authenticationFailed) throw new Error(`login refused by the server: ${describe(err)} (check IMAP_USER and IMAP_PASSWORD)`, { cause: err });
      throw err;
    }
    try {
      const s = await client.status(c.imap.IMAP_MAILBOX, { messages: true, uidValidity: true });
      if (!s) throw new Error(`logged in, but mailbox ${c.imap.IMAP_MAILBOX} cannot be opened (check IMAP_MAILBOX)`);
      return `logged in, mailbox ${c.imap.IMAP_MAILBOX} holds ${s.messages ?? '?'} message(s); IDLE ${client.capabilities.has('IDLE') ? 'supported' : 'NOT supported (polling only)'}`;
    } finally {
      await client.logout().catch(() => {});
    }
  };
}

function smtp(c: Config<'smtp'>): Check {
  return async () => {
    const t = createSmtpTransport(c.smtp);
    try {
      await t.verify();
      return `connected to ${c.smtp.SMTP_HOST}:${c.smtp.SMTP_PORT}${c.smtp.SMTP_USER ? ', login accepted' : ''}`;
    } finally {
      t.close();
    }
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

/** Connects to each service the bot needs and prints one line each; non-zero exit if any failed. */
export async function doctorCommand(): Promise<number> {
  const checks: [string, Check][] = [
    ['Postgres', configured(['database'], postgres)],
    ['Redis', configured(['redis'], redis)],
    ['IMAP', configured(['imap'], imap)],
    ['SMTP', configured(['smtp'], smtp)],
    ['Bot', configured(['bot'], (c) => async () => `address ${c.bot.BOT_ADDRESS}, ${c.bot.STAFF_EMAILS.length} staff address(es)`)],
    ['Templates', configured(['bot'], () => mailTemplatesCheck())],
  ];
  let failed = 0;
  const results = await Promise.all(checks.map(async ([name, check]) => {
    try {
      return `${name.padEnd(9)} OK    ${await withTimeout(check(), 15_000, name)}`;
    } catch (err) {
      failed += 1;
      return `${name.padEnd(9)} FAIL  ${describe(err)}`;
    }
  }));
  const warning = approvalWarning();
  if (warning) results.push(`${'Approval'.padEnd(9)} WARN  ${warning}`);
  process.stdout.write(results.join('\n') + '\n');
  return failed ? 1 : 0;
}
