import { ImapFlow } from 'imapflow';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { Config } from '../config/config.js';
import { pendingMigrations } from '../db/schema-status.js';
import { imapClientOptions, type ImapSettings } from '../poller/imap-client.js';
import { createSmtpTransport, type SmtpSettings } from '../mail-out/smtp-transport.js';
import { databaseName, explainFailure, mailTarget, postgresTarget, redisTarget, type ServiceTarget } from './explain-failure.js';

/**
 * One short connection to each service the bot needs, as `start` makes before it runs and
 * `doctor` on demand. A failure is a ServiceFailure whose message says what to fix; every
 * connection is closed before the check returns or throws.
 */

export class ServiceFailure extends Error {
  constructor(readonly service: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ServiceFailure';
  }
}

/** Longest a check may take: a host that drops packets gives no error of its own. */
export const CHECK_SECONDS = 15;

function timeout(seconds: number): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(Object.assign(new Error(`no answer from the server within ${seconds} s`), { code: 'ETIMEDOUT' })), seconds * 1000).unref();
  });
}

/** Runs `work` against `target`, turning any failure into a ServiceFailure that says what to fix. */
async function checking<T>(service: string, target: ServiceTarget, work: () => Promise<T>, database?: string): Promise<T> {
  try {
    return await Promise.race([work(), timeout(CHECK_SECONDS)]);
  } catch (err) {
    if (err instanceof ServiceFailure) throw err;
    throw new ServiceFailure(service, explainFailure(target, err, database), { cause: err });
  }
}

export interface PostgresState {
  /** "PostgreSQL 17.2" */
  version: string;
  /** Migrations shipped with this version that the database has not applied. */
  pending: string[];
}

/** Connects to DATABASE_URL and reads the server version and the migrations not yet applied. */
export function probePostgres(database: Config<'database'>['database']): Promise<PostgresState> {
  const url = database.DATABASE_URL;
  return checking('Postgres', postgresTarget(url), async () => {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: (CHECK_SECONDS - 2) * 1000 });
    client.on('error', () => {});
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT current_setting('server_version') AS v`);
      return { version: `PostgreSQL ${String(rows[0].v).split(' ')[0]}`, pending: await pendingMigrations(client) };
    } finally {
      await client.end().catch(() => {});
    }
  }, databaseName(url));
}

/** The eviction policy, by CONFIG GET or, where a managed Redis refuses CONFIG, by INFO; null when neither answers. */
async function evictionPolicy(redis: Redis): Promise<string | null> {
  try {
    const answer = (await redis.config('GET', 'maxmemory-policy')) as string[];
    if (answer[1]) return answer[1];
  } catch {
    // Refused: INFO below.
  }
  try {
    const info = await redis.info('memory');
    const line = info.split('\n').find((l) => l.startsWith('maxmemory_policy:'));
    return line ? line.slice('maxmemory_policy:'.length).trim() : null;
  } catch {
    return null;
  }
}

export interface RedisState {
  /** maxmemory-policy, or null when the server does not say. */
  policy: string | null;
}

/** Connects to REDIS_URL, pings it and reads its eviction policy. */
export function probeRedis(redis: Config<'redis'>['redis']): Promise<RedisState> {
  const target = redisTarget(redis.REDIS_URL);
  return checking('Redis', target, async () => {
    // ioredis rejects a failed connect with "Connection is closed."; the reason came as an 'error' event.
    let reason: Error | null = null;
    const client = new Redis(redis.REDIS_URL, {
      lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: (CHECK_SECONDS - 2) * 1000,
    });
    client.on('error', (err: Error) => (reason ??= err));
    try {
      await client.connect().catch((err: unknown) => {
        throw reason ?? err;
      });
      await client.ping();
      return { policy: await evictionPolicy(client) };
    } finally {
      client.disconnect();
    }
  });
}

/** BullMQ loses jobs when Redis evicts keys: the advice when the policy is another than noeviction, else null. */
export function evictionAdvice(redisUrl: string, policy: string | null): string | null {
  if (policy === null || policy === 'noeviction') return null;
  const t = redisTarget(redisUrl);
  return `${t.host}:${t.port} evicts keys when full (maxmemory-policy ${policy}), which loses queued work: ` +
    'set maxmemory-policy noeviction in its redis.conf (or CONFIG SET maxmemory-policy noeviction)';
}

/** Logs in to IMAP and looks at IMAP_MAILBOX; one line on what it found. */
export function checkImap(imap: ImapSettings): Promise<string> {
  return checking('IMAP', mailTarget('IMAP', imap.IMAP_HOST, imap.IMAP_PORT, imap.IMAP_SECURE), async () => {
    const wait = (CHECK_SECONDS - 2) * 1000;
    // MAIL_AUTH=oauth2: a token first; a refusal says which OAuth2 step failed (src/mail-auth/).
    const token = imap.tokens ? await imap.tokens.accessToken().catch((err: Error) => { throw new ServiceFailure('IMAP', `OAuth2 ${err.message}`, { cause: err }); }) : undefined;
    const client = new ImapFlow({ ...imapClientOptions(imap, token), connectionTimeout: wait, greetingTimeout: wait });
    client.on('error', () => {});
    await client.connect();
    try {
      const s = await client.status(imap.IMAP_MAILBOX, { messages: true, uidValidity: true }).catch(() => null);
      if (!s) throw new ServiceFailure('IMAP', `logged in, but mailbox ${imap.IMAP_MAILBOX} cannot be opened (check IMAP_MAILBOX)`);
      return `logged in, mailbox ${imap.IMAP_MAILBOX} holds ${s.messages ?? '?'} message(s); IDLE ${client.capabilities.has('IDLE') ? 'supported' : 'NOT supported (polling only)'}`;
    } finally {
      await client.logout().catch(() => {});
      client.close();
    }
  });
}

/** Connects to SMTP (TLS and login as configured); one line on what it found. */
export function checkSmtp(smtp: SmtpSettings): Promise<string> {
  return checking('SMTP', mailTarget('SMTP', smtp.SMTP_HOST, smtp.SMTP_PORT, smtp.SMTP_SECURE), async () => {
    if (smtp.tokens) await smtp.tokens.accessToken().catch((err: Error) => { throw new ServiceFailure('SMTP', `OAuth2 ${err.message}`, { cause: err }); });
    const transport = createSmtpTransport(smtp);
    try {
      await transport.verify();
      return `connected to ${smtp.SMTP_HOST}:${smtp.SMTP_PORT}${smtp.SMTP_USER ? ', login accepted' : ''}`;
    } finally {
      transport.close();
    }
  });
}
