/**
 * Why the bot could not get a token, as the step that failed and what to do about it.
 * `permanent`: retrying the same request cannot help until a person acts (a new login, a
 * fixed secret, consent); a transient failure (endpoint unreachable, 5xx) is retried.
 */
export class MailAuthError extends Error {
  constructor(
    readonly step: MailAuthStep,
    readonly advice: string,
    readonly permanent: boolean,
    /** The provider's own error code (e.g. invalid_grant), never a token. */
    readonly code: string | null = null,
  ) {
    super(`${STEP_WORDS[step]}: ${advice}`);
    this.name = 'MailAuthError';
  }
}

export type MailAuthStep =
  | 'no_refresh_token'
  | 'token_endpoint_unreachable'
  | 'client_secret'
  | 'consent_missing'
  | 'refresh_token_expired'
  | 'wrong_tenant'
  | 'service_account_key'
  | 'delegation_missing'
  | 'token_endpoint_error';

const STEP_WORDS: Record<MailAuthStep, string> = {
  no_refresh_token: 'no refresh token stored',
  token_endpoint_unreachable: 'token endpoint unreachable',
  client_secret: 'client id or secret refused',
  consent_missing: 'consent missing',
  refresh_token_expired: 'refresh token expired or revoked',
  wrong_tenant: 'wrong tenant',
  service_account_key: 'service account key unusable',
  delegation_missing: 'domain-wide delegation missing',
  token_endpoint_error: 'token endpoint refused the request',
};

export interface TokenErrorAnswer {
  status: number;
  error: string;
  description: string;
  /** Microsoft's `suberror` (e.g. consent_required). */
  suberror?: string;
}

/** Reads a token endpoint's error answer (RFC 6749 5.2, with Microsoft's AADSTS codes) as the step that failed (pure). */
export function explainTokenError(a: TokenErrorAnswer): MailAuthError {
  const aadsts = /^AADSTS(\d+)/.exec(a.description)?.[1] ?? null;
  const code = aadsts ? `${a.error} AADSTS${aadsts}` : a.error;
  if (a.error === 'invalid_client' || aadsts === '7000215' || aadsts === '7000222') {
    return new MailAuthError('client_secret', 'the token endpoint refused the client: check OAUTH_CLIENT_ID and OAUTH_CLIENT_SECRET (an expired Entra secret needs a new one under Certificates & secrets)', true, code);
  }
  if (a.suberror === 'consent_required' || aadsts === '65001' || a.error === 'consent_required') {
    return new MailAuthError('consent_missing', 'nobody consented to the app for these scopes: an admin grants consent (Entra: API permissions > Grant admin consent), then run deletion-bot oauth login again', true, code);
  }
  if (aadsts === '90002' || aadsts === '700016') {
    return new MailAuthError('wrong_tenant', 'the tenant does not know this app: check OAUTH_TENANT and OAUTH_CLIENT_ID (the app registration\'s Directory and Application ids)', true, code);
  }
  if (a.error === 'unauthorized_client') {
    return new MailAuthError('delegation_missing', 'the client may not get tokens this way: for a Google service account, add its client id with scope https://mail.google.com/ under Domain-wide delegation in the Admin console', true, code);
  }
  if (a.error === 'invalid_grant') {
    return new MailAuthError('refresh_token_expired', 'the stored refresh token was refused (expired, revoked, or the password changed): run deletion-bot oauth login', true, code);
  }
  return new MailAuthError('token_endpoint_error', `the token endpoint answered ${a.status} ${a.error}: ${a.description.slice(0, 200)}`, a.status < 500, code);
}
