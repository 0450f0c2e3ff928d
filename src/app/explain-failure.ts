import { describe } from '../poller/describe-error.js';

/**
 * Turns the error a library gives when a service cannot be used (pg, ioredis, imapflow,
 * nodemailer, a listening socket) into one sentence that says what to fix, naming the
 * setting. `start` and `doctor` both print it. Only host names, ports and server replies
 * appear: never a password or a whole URL.
 */

/** How the operator points the bot at one service: the words each piece of advice uses. */
export interface ServiceTarget {
  /** The server, as a sentence names it: "Postgres", "the IMAP server". */
  server: string;
  host: string;
  port: number;
  hostSetting: string;
  /** "the host and port in DATABASE_URL", or "IMAP_HOST and IMAP_PORT". */
  addressSettings: string;
  portSetting: string;
  /** "IMAP_USER and IMAP_PASSWORD", or "the user and password in DATABASE_URL". */
  credentials: string;
  /** Whether TLS is asked for, and the setting that asks ("IMAP_SECURE=true"). */
  tls: boolean;
  tlsSetting: string;
  /** How to stop asking for TLS, or where TLS is served. */
  plainAdvice: string;
  /** How to ask for TLS, for a port that expects it from the first byte. */
  tlsAdvice: string;
}

/** The parts of a pg, ioredis, imapflow, nodemailer or Node error that tell what went wrong. */
interface LibraryError {
  message?: string;
  code?: string;
  hostname?: string;
  reason?: string;
  response?: string;
  responseCode?: number;
  authenticationFailed?: boolean;
  errors?: LibraryError[];
}

const CERTIFICATE_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED', 'ERR_TLS_CERT_ALTNAME_INVALID', 'CERT_NOT_YET_VALID',
]);
const CERTIFICATE_WORDS = ['self-signed certificate', 'unable to verify the first certificate', 'certificate has expired', "does not match certificate's altnames"];

/** Node's code for a socket error, also where a library put it only into the message (nodemailer). */
function socketCode(e: LibraryError): string | undefined {
  const known = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET'];
  if (e.code && known.includes(e.code)) return e.code;
  const message = e.message ?? '';
  return known.find((c) => message.includes(c)) ?? (e.errors?.[0] ? socketCode(e.errors[0]) : undefined);
}

function isPlainPort(e: LibraryError): boolean {
  return e.code === 'ERR_SSL_WRONG_VERSION_NUMBER' || e.reason === 'wrong version number' || (e.message ?? '').includes('wrong version number') ||
    e.message === 'The server does not support SSL connections';
}

function certificateProblem(e: LibraryError): string | null {
  if (e.code && CERTIFICATE_CODES.has(e.code)) return e.code;
  const message = e.message ?? '';
  return CERTIFICATE_WORDS.find((w) => message.includes(w)) ?? null;
}

/** The advice for a server that refused the login, by protocol; null when it is no login failure. */
function loginRefused(t: ServiceTarget, e: LibraryError): string | null {
  if (e.authenticationFailed) return `login refused by the server: ${describe(e)} (check ${t.credentials})`;
  if (e.code === 'EAUTH') return `${t.server} refused the login (${e.response ?? e.message}): check ${t.credentials}`;
  if (e.code === '28P01') return `Postgres refused the password (${e.message}): check ${t.credentials}`;
  if (e.code === '28000') return `Postgres refused the connection (${e.message}): check ${t.credentials}, and that pg_hba.conf lets that user in from this machine`;
  const message = e.message ?? '';
  if (message.startsWith('WRONGPASS') || message.startsWith('NOAUTH')) return `Redis refused the login (${message}): check ${t.credentials}`;
  return null;
}

/** Postgres errors that name the database or the server's state (SQLSTATE codes). */
function postgresState(t: ServiceTarget, e: LibraryError, database: string | undefined): string | null {
  const where = `${t.host}:${t.port}`;
  if (e.code === '3D000' && database) {
    return `database "${database}" does not exist on ${where}: create it (createdb ${database}) and run deletion-bot migrate, or correct the database name in DATABASE_URL`;
  }
  if (e.code === '57P03') return `Postgres at ${where} is starting up or shutting down: start again once it accepts connections`;
  if (e.code === '53300') return `Postgres at ${where} has no connection slot left (${e.message}): raise max_connections or stop other clients`;
  return null;
}

/**
 * One sentence for `err`, met while using the service `t`. `database` is the database name
 * of DATABASE_URL, for Postgres. Unknown errors keep the library's own words (describe()).
 */
export function explainFailure(t: ServiceTarget, err: unknown, database?: string): string {
  const e = (err ?? {}) as LibraryError;
  const where = `${t.host}:${t.port}`;
  const login = loginRefused(t, e);
  if (login) return login;
  const state = postgresState(t, e, database);
  if (state) return state;
  if (e.code === 'ETLS') {
    return `${where} offers no STARTTLS, but ${t.tlsSetting} asks for TLS: ${t.plainAdvice}`;
  }
  if (isPlainPort(e)) return `${where} answers without TLS, but ${t.tlsSetting} asks for TLS: ${t.plainAdvice}`;
  const certificate = certificateProblem(e);
  if (certificate) {
    return `the TLS certificate of ${where} is not trusted (${certificate}): set ${t.hostSetting} to the name on the certificate, or give Node its CA with NODE_EXTRA_CA_CERTS`;
  }
  const tlsHint = t.tls
    ? ` (${t.tlsSetting} asks for TLS: if the server speaks plain text there, ${t.plainAdvice})`
    : ` (if that port expects TLS from the first byte, ${t.tlsAdvice})`;
  switch (socketCode(e)) {
    case 'ECONNREFUSED':
      return `nothing listens at ${where} (ECONNREFUSED): check ${t.addressSettings}, and that ${t.server} runs there`;
    case 'ENOTFOUND':
      return `no host is named ${e.hostname ?? t.host} (ENOTFOUND): check ${t.hostSetting}`;
    case 'EAI_AGAIN':
      return `the name ${t.host} could not be looked up (EAI_AGAIN: DNS did not answer): check ${t.hostSetting} and this machine's DNS`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${where} cannot be reached from this machine (${socketCode(e)}): check ${t.addressSettings}, and the network between`;
    case 'ETIMEDOUT':
      return `no answer from ${where} in time (ETIMEDOUT): check ${t.addressSettings}, and that no firewall drops the connection${t.tls ? tlsHint : ''}`;
    case 'ECONNRESET':
      return `${where} closed the connection at once (ECONNRESET): check ${t.portSetting}${tlsHint}`;
  }
  const message = e.message ?? '';
  if (e.code === 'GREETING_TIMEOUT' || message === 'timeout expired' || message.startsWith('no answer from')) {
    return `${where} did not answer as ${t.server} would: check ${t.portSetting}${tlsHint}`;
  }
  if (message.startsWith('Unknown RESP type') || message.startsWith('Protocol error')) return `${where} does not speak the Redis protocol: check ${t.portSetting}`;
  if (message === 'Connection is closed.' || message === 'Connection terminated unexpectedly') {
    return `${where} closed the connection: check ${t.addressSettings}, and that ${t.server} runs there${t.tls ? tlsHint : ''}`;
  }
  return describe(err);
}

/** The settings of a service reached through a URL (DATABASE_URL, REDIS_URL). */
function urlTarget(
  server: string, setting: string, url: URL, defaultPort: number,
  tls: Pick<ServiceTarget, 'tls' | 'tlsSetting' | 'plainAdvice' | 'tlsAdvice'>,
): ServiceTarget {
  return {
    server,
    host: url.hostname.replace(/^\[|\]$/g, '') || 'localhost',
    port: Number(url.port) || defaultPort,
    hostSetting: `the host in ${setting}`,
    addressSettings: `the host and port in ${setting}`,
    portSetting: `the port in ${setting}`,
    credentials: `the user and password in ${setting}`,
    ...tls,
  };
}

/** DATABASE_URL: TLS is asked for by sslmode (other than disable) or ssl=true. */
export function postgresTarget(databaseUrl: string): ServiceTarget {
  const url = new URL(databaseUrl);
  const mode = url.searchParams.get('sslmode');
  const tls = (mode !== null && mode !== 'disable') || url.searchParams.get('ssl') === 'true';
  return urlTarget('Postgres', 'DATABASE_URL', url, 5432, {
    tls,
    tlsSetting: `${mode !== null ? 'sslmode' : 'ssl'} in DATABASE_URL`,
    plainAdvice: "remove sslmode from DATABASE_URL, or turn on ssl in the server's postgresql.conf",
    tlsAdvice: 'add sslmode=verify-full to DATABASE_URL',
  });
}

/** The database name of DATABASE_URL (its path). */
export function databaseName(databaseUrl: string): string | undefined {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));
  return name || undefined;
}

export function redisTarget(redisUrl: string): ServiceTarget {
  const url = new URL(redisUrl);
  return urlTarget('Redis', 'REDIS_URL', url, 6379, {
    tls: url.protocol === 'rediss:',
    tlsSetting: 'rediss:// in REDIS_URL',
    plainAdvice: 'use redis:// instead of rediss:// in REDIS_URL',
    tlsAdvice: 'use rediss:// instead of redis:// in REDIS_URL',
  });
}

/** IMAP_* or SMTP_*: host, port and *_SECURE. */
export function mailTarget(kind: 'IMAP' | 'SMTP', host: string, port: number, secure: boolean): ServiceTarget {
  const plainAdvice = kind === 'IMAP'
    ? `set IMAP_SECURE=false, or IMAP_PORT to the server's TLS port (993)`
    : 'set SMTP_PORT to a port where the server offers TLS (465 or 587), or SMTP_SECURE=false if the connection never leaves a trusted network';
  return {
    server: `the ${kind} server`,
    host,
    port,
    hostSetting: `${kind}_HOST`,
    addressSettings: `${kind}_HOST and ${kind}_PORT`,
    portSetting: `${kind}_PORT`,
    credentials: `${kind}_USER and ${kind}_PASSWORD`,
    tls: secure,
    tlsSetting: `${kind}_SECURE=true`,
    plainAdvice,
    tlsAdvice: `set ${kind}_SECURE=true (the TLS port is ${kind === 'IMAP' ? '993' : '465'})`,
  };
}

/** Why a listening socket could not be opened (HTTP_PORT or METRICS_PORT). */
export function explainListenFailure(err: unknown, settings: { portSetting: string; hostSetting: string }): string {
  const e = (err ?? {}) as { code?: string; address?: string; port?: number };
  const where = `port ${e.port ?? '?'} on ${e.address ?? '?'}`;
  switch (e.code) {
    case 'EADDRINUSE':
      return `${where} is already in use by another process: stop it, or set ${settings.portSetting} to a free port`;
    case 'EACCES':
      return `${where} needs privileges this process lacks (EACCES): set ${settings.portSetting} to 1024 or above`;
    case 'EADDRNOTAVAIL':
      return `${e.address ?? '?'} is no address of this machine (EADDRNOTAVAIL): set ${settings.hostSetting} to one of its addresses, or 0.0.0.0 for all of them`;
    default:
      return describe(err);
  }
}
