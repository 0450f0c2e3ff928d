import { isIP } from 'node:net';
import { z } from 'zod';
import { PICKRTECH_HANDLES } from '../understanding/types.js';

/**
 * The one typed configuration object, built from the environment and validated
 * before anything connects. A bad or missing value stops the process with the
 * variable's name; nothing falls back silently.
 */

const bool = () =>
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => ['true', 'false', '1', '0', 'yes', 'no'].includes(v), {
      message: 'must be true or false',
    })
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce.number().int().min(1).max(65535);
const positiveSeconds = z.coerce.number().positive();
const email = z.string().trim().toLowerCase().pipe(z.email());
const url = (protocols: string[]) =>
  z
    .string()
    .trim()
    .refine((v) => {
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    }, { message: `must be a URL starting with ${protocols.map((p) => p + '//').join(' or ')}` });

/** A calendar date `YYYY-MM-DD`, read as 00:00 UTC that day. */
const isoDate = z
  .string()
  .trim()
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
  }, {
    message: 'must be a date YYYY-MM-DD (e.g. 2026-01-31)',
  })
  .transform((v) => new Date(`${v}T00:00:00Z`));

const isEmail = (v: string) => z.email().safeParse(v).success;
const emailList = z
  .string()
  .transform((v) => v.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean))
  .superRefine((list, ctx) => {
    if (list.length === 0) ctx.addIssue({ code: 'custom', message: 'must list at least one address' });
    const bad = list.filter((a) => !isEmail(a));
    if (bad.length > 0) {
      ctx.addIssue({ code: 'custom', message: `must be comma-separated addresses; not an address: ${bad.join(', ')}` });
    }
  });

const mailAuth = z.enum(['password', 'oauth2'], { message: 'must be password or oauth2' }).default('password');

/** OAUTH_TOKEN_KEY: 32 bytes, as 64 hex digits or base64. */
const tokenKey = z
  .string()
  .trim()
  .transform((v) => Buffer.from(v, /^[0-9a-fA-F]{64}$/.test(v) ? 'hex' : 'base64'))
  .refine((b) => b.length === 32, { message: 'must be 32 random bytes as 64 hex digits (e.g. `openssl rand -hex 32`)' });

const mailAuthSection = z.object({
  MAIL_AUTH: mailAuth,
  OAUTH_PROVIDER: z.enum(['google', 'microsoft', 'generic'], { message: 'must be google, microsoft or generic' }).optional(),
  // refresh_token: a user's consent, obtained once with `deletion-bot oauth login`; client_credentials: a
  // Microsoft app-only token; service_account: a Google service account with domain-wide delegation.
  OAUTH_FLOW: z.enum(['refresh_token', 'client_credentials', 'service_account'], { message: 'must be refresh_token, client_credentials or service_account' }).default('refresh_token'),
  OAUTH_CLIENT_ID: z.string().trim().min(1).optional(),
  OAUTH_CLIENT_SECRET: z.string().min(1).optional(),
  // Microsoft: the directory (tenant) id or domain; unset: `organizations` (any work account) for a user's consent.
  OAUTH_TENANT: z.string().trim().regex(/^[A-Za-z0-9.-]+$/, { message: 'must be a tenant id (a GUID) or a domain such as pickrtech.com' }).optional(),
  // Endpoints and scope default to the provider's (src/mail-auth/provider-defaults.ts); set them for a sovereign cloud.
  OAUTH_TOKEN_URL: url(['https:', 'http:']).optional(),
  OAUTH_DEVICE_URL: url(['https:', 'http:']).optional(),
  OAUTH_AUTHORIZE_URL: url(['https:', 'http:']).optional(),
  OAUTH_SCOPE: z.string().trim().min(1).optional(),
  OAUTH_SERVICE_ACCOUNT_KEY_FILE: z.string().trim().min(1).optional(),
  // Encrypts the refresh token stored in Postgres (AES-256-GCM).
  OAUTH_TOKEN_KEY: tokenKey.optional(),
}).superRefine((v, ctx) => {
  if (v.MAIL_AUTH !== 'oauth2') return;
  const need = (variable: keyof typeof v, why: string) => {
    if (v[variable] === undefined) ctx.addIssue({ code: 'custom', path: [variable], message: why });
  };
  need('OAUTH_PROVIDER', 'is not set');
  const flow = v.OAUTH_FLOW;
  if (flow === 'service_account') {
    if (v.OAUTH_PROVIDER !== undefined && v.OAUTH_PROVIDER !== 'google') ctx.addIssue({ code: 'custom', path: ['OAUTH_FLOW'], message: 'service_account is for OAUTH_PROVIDER=google (domain-wide delegation); Microsoft uses client_credentials' });
    need('OAUTH_SERVICE_ACCOUNT_KEY_FILE', 'is not set');
    return;
  }
  need('OAUTH_CLIENT_ID', 'is not set');
  if (flow === 'client_credentials') {
    if (v.OAUTH_PROVIDER === 'google') ctx.addIssue({ code: 'custom', path: ['OAUTH_FLOW'], message: 'client_credentials is not offered by Google for mail: use service_account' });
    need('OAUTH_CLIENT_SECRET', 'is not set');
    if (v.OAUTH_PROVIDER === 'microsoft') need('OAUTH_TENANT', 'must be set for client_credentials: app-only tokens are issued by your own tenant (its id or domain)');
  }
  if (flow === 'refresh_token') need('OAUTH_TOKEN_KEY', 'is not set');
  if (v.OAUTH_PROVIDER === 'generic') {
    need('OAUTH_TOKEN_URL', 'is not set');
    need('OAUTH_SCOPE', 'is not set');
  }
});

/** Each section is validated only when the command needs it. */
export const sections = {
  database: z.object({
    DATABASE_URL: url(['postgres:', 'postgresql:']),
    // Where the deletion plan's tables are (PickrTech's application database). Unset: DATABASE_URL,
    // and the deletion and the request's completion are one transaction (src/deletion/carry-out-deletion.ts).
    APP_DATABASE_URL: url(['postgres:', 'postgresql:']).optional(),
    // Each connection prepares its statements once; false behind a pooler that cannot keep them.
    DATABASE_PREPARED_STATEMENTS: bool().default(true),
  }),
  redis: z.object({
    REDIS_URL: url(['redis:', 'rediss:']),
    QUEUE_PREFIX: z.string().regex(/^[A-Za-z0-9_.-]+$/).default('deletion-bot'),
  }),
  imap: z.object({
    IMAP_HOST: z.string().trim().min(1),
    IMAP_PORT: port.default(993),
    IMAP_SECURE: bool().default(true),
    IMAP_USER: z.string().min(1),
    // Needed for MAIL_AUTH=password (the default); with MAIL_AUTH=oauth2 the mailbox logs in with a token.
    IMAP_PASSWORD: z.string().min(1).optional(),
    MAIL_AUTH: mailAuth,
    IMAP_MAILBOX: z.string().min(1).default('INBOX'),
    IMAP_POLL_SECONDS: positiveSeconds.default(60),
    // Servers drop idle sessions silently (RFC 2177 asks for a new IDLE within 29 minutes).
    IMAP_IDLE_RESTART_SECONDS: z.coerce.number().int().min(10).max(1740).default(300),
    /** First start only: take the mail received since this date (00:00 UTC) instead of only new mail. */
    IMAP_BACKFILL_SINCE: isoDate.optional(),
    /** Larger messages are recorded by their headers only, never parsed, and staff are told. */
    MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).default(10 * 1024 * 1024),
    IMAP_PROCESSED_KEYWORD: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9$_.-]{1,64}$/, { message: 'must be an IMAP keyword: letters, digits, $ _ . - (e.g. $DeletionBot)' })
      .default('$DeletionBot'),
    IMAP_PROCESSED_FOLDER: z.string().trim().min(1).optional(),
  }).refine((v) => (v.MAIL_AUTH ?? 'password') !== 'password' || v.IMAP_PASSWORD !== undefined, {
    // Worded as a variable that is not set: `start` waits for it like any other, and it is
    // named beside the others that are missing (`when`: checked even when they fail).
    path: ['IMAP_PASSWORD'],
    message: 'is not set',
    when: () => true,
  }).superRefine((v, ctx) => {
    if (v.IMAP_PROCESSED_FOLDER !== undefined && v.IMAP_PROCESSED_FOLDER.toUpperCase() === v.IMAP_MAILBOX.toUpperCase()) {
      ctx.addIssue({ code: 'custom', path: ['IMAP_PROCESSED_FOLDER'], message: 'must be another folder than IMAP_MAILBOX' });
    }
  }),
  smtp: z.object({
    SMTP_HOST: z.string().trim().min(1),
    SMTP_PORT: port.default(587),
    SMTP_SECURE: bool().default(true),
    SMTP_USER: z.string().optional(),
    SMTP_PASSWORD: z.string().optional(),
    SMTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(32).default(4),
  }),
  // How the bot logs in to IMAP and SMTP: a password (default) or OAuth2 (src/mail-auth/, docs/PROVIDERS.md).
  mailAuth: mailAuthSection,
  bot: z.object({
    BOT_ADDRESS: email,
    STAFF_EMAILS: emailList,
    APPROVAL_SECRET: z
      .string()
      .min(32, { message: 'must be at least 32 characters (e.g. `openssl rand -hex 32`)' })
      .refine((v) => !v.startsWith('replace-with'), { message: 'is still the placeholder from .env.example: set your own (`openssl rand -hex 32`)' }),
    SLA_DAYS: z.coerce.number().int().min(1).max(30).default(30),
    REPLY_RATE_LIMIT_PER_DAY: z.coerce.number().int().min(1).max(1000).default(5),
    // Refused decision attempts that get an alert of their own in any hour; past that, one digest.
    REFUSAL_ALERTS_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(10),
    // At most one digest of the refused attempts past that cap this often.
    REFUSAL_DIGEST_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
    // Rows one deletion statement erases at most; a large account takes several statements in the one transaction.
    DELETE_BATCH_SIZE: z.coerce.number().int().min(1).max(100_000).default(10_000),
    // Folder of the requester mail templates (<lang>/<kind>.<part>.hbs); empty means the packaged templates/mail.
    MAIL_TEMPLATES_DIR: z.string().trim().min(1).optional(),
    // Staff are reminded of a request waiting for their decision every this many days.
    APPROVAL_REMINDER_DAYS: z.coerce.number().int().min(1).max(30).default(3),
    // Staff get one escalation when an open request is this close to its due date (or past it).
    ESCALATION_DAYS_BEFORE_DUE: z.coerce.number().int().min(0).max(30).default(5),
    // Days after completion, rejection or cancellation before the bot purges its copy of the personal data.
    RETENTION_DAYS: z.coerce.number().int().min(1).max(730).default(30),
    // How often reminders, escalations and the retention purge run.
    HOUSEKEEPING_SECONDS: positiveSeconds.default(300),
    OWN_INSTAGRAM_HANDLES: z
      .string()
      .default(PICKRTECH_HANDLES.join(','))
      .transform((v) => v.split(',').map((s) => s.trim().replace(/^@/, '').toLowerCase()).filter(Boolean)),
    // Staff replies count only when TRUSTED_AUTHSERV_ID's Authentication-Results show DMARC (or aligned DKIM) pass.
    // Unset: true when TRUSTED_AUTHSERV_ID is set, else false (filled in below, so the section's value is always a boolean).
    STAFF_REQUIRE_DMARC: bool().optional() as unknown as ReturnType<typeof bool>,
    // authserv-id the receiving mail server writes first in its Authentication-Results (e.g. mx.pickrtech.com).
    TRUSTED_AUTHSERV_ID: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[^\s;()"\\=]+$/, { message: 'must be one authserv-id such as mx.pickrtech.com (no spaces, ";" or "=")' })
      .optional(),
  }).superRefine((v, ctx) => {
    // Runs even when a field failed: only a valid `true` asks for the id.
    if (v.STAFF_REQUIRE_DMARC === true && v.TRUSTED_AUTHSERV_ID === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['STAFF_REQUIRE_DMARC'],
        message:
          'is true, so TRUSTED_AUTHSERV_ID must be set: the authserv-id your receiving mail server writes at the start of ' +
          'its Authentication-Results header (e.g. mx.pickrtech.com); headers from any other server are ignored',
      });
    }
  }).overwrite((v) => ({ ...v, STAFF_REQUIRE_DMARC: (v.STAFF_REQUIRE_DMARC as boolean | undefined) ?? v.TRUSTED_AUTHSERV_ID !== undefined })),
  meta: z.object({
    // Meta's app secret: signs the data-deletion and deauthorize callbacks. Unset: both routes answer 404.
    META_APP_SECRET: z.string().trim().min(16, { message: "must be the app secret from Meta's app dashboard (App settings > Basic)" }).optional(),
    // https base URL where Meta's requesters reach this bot's status page (e.g. https://privacy.pickrtech.com).
    PUBLIC_URL: url(['https:']).transform((v) => v.replace(/\/+$/, '')).optional(),
    // A signed request issued longer ago than this is refused (replay protection).
    META_SIGNED_REQUEST_MAX_AGE_S: positiveSeconds.default(86_400),
  }).superRefine((v, ctx) => {
    if (v.META_APP_SECRET !== undefined && v.PUBLIC_URL === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['PUBLIC_URL'],
        message: 'must be set when META_APP_SECRET is: the https base URL of this bot that Meta\'s status links use (e.g. https://privacy.pickrtech.com)',
      });
    }
  }),
  runtime: z.object({
    HTTP_PORT: port.default(8080),
    // Address HTTP_PORT listens on: 0.0.0.0 every IPv4 address, :: every address, 127.0.0.1 this machine only.
    HTTP_HOST: z.string().trim().refine((v) => isIP(v) !== 0, { message: 'must be an IP address such as 127.0.0.1 or 0.0.0.0 (every address)' }).default('0.0.0.0'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    // 1: human-readable logs through pino-pretty, for a terminal.
    LOG_PRETTY: z.enum(['0', '1']).default('0'),
    RECONCILE_SECONDS: positiveSeconds.default(30),
    SHUTDOWN_TIMEOUT_SECONDS: positiveSeconds.default(25),
    // The short name; when set it wins over SHUTDOWN_TIMEOUT_SECONDS (kept as an alias).
    SHUTDOWN_TIMEOUT_S: positiveSeconds.optional(),
    // Bull Board at /admin/queues behind basic auth; off (404) unless both are set.
    ADMIN_USER: z.string().min(1).optional(),
    ADMIN_PASSWORD: z.string().min(1).optional(),
    // Wrong admin logins one client address may try per 15 minutes; past that, 429 until the window ends.
    ADMIN_LOGIN_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(10),
    // A request's headers and body must arrive within this; idle connections are closed after it too.
    HTTP_REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
    // Open connections the HTTP port accepts at once; more are closed on arrival.
    HTTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(10_000).default(256),
    // A second port serving /metrics (only there), /healthz and /readyz, e.g. for a private network.
    METRICS_PORT: port.optional(),
    // Address the metrics port listens on (default HTTP_HOST); needs METRICS_PORT.
    METRICS_BIND_ADDRESS: z.string().trim().refine((v) => isIP(v) !== 0, { message: 'must be an IP address such as 127.0.0.1 or 10.0.0.5' }).optional(),
    // When set, /metrics answers only `Authorization: Bearer <token>`.
    METRICS_TOKEN: z.string().trim().min(16, { message: 'must be at least 16 characters (e.g. `openssl rand -hex 16`)' }).optional(),
    // The metrics read from Postgres and Redis are refreshed this often, on a connection of their own.
    METRICS_REFRESH_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
    // Threads that read stored mail for the inbound jobs; 0 is taken as 1 (mail is never read on the main thread).
    PARSE_THREADS: z.coerce.number().int().min(0).max(16).default(1),
    // Seconds one mail may take to be read on its thread (a 10 MB mail takes about 1.5 s);
    // a mail that runs past it twice is recorded as unreadable and shown to staff.
    READ_BUDGET_SECONDS: z.coerce.number().min(0.01).max(600).default(10),
  }).superRefine((v, ctx) => {
    if (v.METRICS_BIND_ADDRESS !== undefined && v.METRICS_PORT === undefined) {
      ctx.addIssue({ code: 'custom', path: ['METRICS_BIND_ADDRESS'], message: 'needs METRICS_PORT: set the port the metrics listener binds there' });
    }
    if (v.METRICS_PORT !== undefined && v.METRICS_PORT === v.HTTP_PORT) {
      ctx.addIssue({ code: 'custom', path: ['METRICS_PORT'], message: 'must differ from HTTP_PORT (or be left unset to serve /metrics on HTTP_PORT)' });
    }
  }),
} as const;

export type SectionName = keyof typeof sections;
type Out<K extends SectionName> = z.output<(typeof sections)[K]>;
export type Config<K extends SectionName = SectionName> = { [P in K]: Out<P> };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Configuration is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
        'Set these variables in the environment or in a .env file (see .env.example).',
    );
    this.name = 'ConfigError';
  }
}

/** Builds the config sections asked for from `env`; throws ConfigError naming every bad variable. */
export function loadConfig<K extends SectionName>(env: NodeJS.ProcessEnv, wanted: readonly K[]): Config<K> {
  const problems: string[] = [];
  const out: Record<string, unknown> = {};
  for (const name of wanted) {
    // Empty strings count as unset, so `FOO=` in a .env file means "not given".
    const input = Object.fromEntries(
      Object.keys(sections[name].shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
    );
    const parsed = sections[name].safeParse(input);
    if (parsed.success) {
      out[name] = parsed.data;
    } else {
      for (const issue of parsed.error.issues) {
        const variable = String(issue.path[0] ?? name);
        const given = input[variable] === undefined;
        problems.push(given && issue.code !== 'custom' ? `${variable} is not set` : `${variable} ${issue.message}`);
      }
    }
  }
  if (problems.length > 0) throw new ConfigError([...new Set(problems)]);
  return out as Config<K>;
}

/** Every section: what `start` needs. */
export const ALL_SECTIONS = Object.keys(sections) as SectionName[];

/** The mail side: without it the bot still starts, serves HTTP and says what to set. */
export const MAIL_SECTIONS = ['imap', 'smtp', 'mailAuth', 'bot'] as const satisfies readonly SectionName[];
/** What the bot needs even to start in the waiting state. */
export const CORE_SECTIONS = ['database', 'redis', 'meta', 'runtime'] as const satisfies readonly SectionName[];

/**
 * The required variables of `wanted` that are not set, in section order; empty when all
 * are given. A variable set to a wrong value is no "not yet set": ConfigError names it.
 */
export function unsetVariables(env: NodeJS.ProcessEnv, wanted: readonly SectionName[]): string[] {
  try {
    loadConfig(env, wanted);
    return [];
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    const unset = err.problems.filter((p) => p.endsWith(' is not set'));
    if (unset.length < err.problems.length) throw err;
    return unset.map((p) => p.slice(0, -' is not set'.length));
  }
}
