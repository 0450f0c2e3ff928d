import { createSign } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import * as oauth from 'oauth4webapi';
import { explainTokenError, MailAuthError } from './mail-auth-error.js';
import { oauthEndpoints, type MailAuthSettings } from './provider-defaults.js';

/** What a token endpoint gave: the access token, when it ends, and a rotated refresh token if any. */
export interface IssuedTokens {
  accessToken: string;
  expiresAt: Date;
  refreshToken: string | null;
}

export const JWT_BEARER_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** The token endpoint and client as oauth4webapi takes them; plain http only for a loopback test server. */
export function oauthClient(s: MailAuthSettings) {
  const endpoints = oauthEndpoints(s);
  const tokenUrl = new URL(endpoints.tokenUrl);
  const as: oauth.AuthorizationServer = {
    issuer: tokenUrl.origin,
    token_endpoint: endpoints.tokenUrl,
    ...(endpoints.deviceUrl ? { device_authorization_endpoint: endpoints.deviceUrl } : {}),
    ...(endpoints.authorizeUrl ? { authorization_endpoint: endpoints.authorizeUrl } : {}),
  };
  const client: oauth.Client = { client_id: s.OAUTH_CLIENT_ID ?? '' };
  const auth = s.OAUTH_CLIENT_SECRET ? oauth.ClientSecretPost(s.OAUTH_CLIENT_SECRET) : oauth.None();
  const loopback = ['127.0.0.1', '[::1]', 'localhost'].includes(tokenUrl.hostname);
  const options = { [oauth.allowInsecureRequests]: loopback, signal: AbortSignal.timeout(15_000) };
  return { as, client, auth, scope: endpoints.scope, options: () => ({ ...options, signal: AbortSignal.timeout(15_000) }) };
}

/** Turns what oauth4webapi threw into the step that failed; never includes a token. */
export async function explainGrantFailure(err: unknown): Promise<MailAuthError> {
  if (err instanceof MailAuthError) return err;
  // A 401 with a WWW-Authenticate challenge (RFC 6749 5.2: the client's authentication failed).
  if (err instanceof oauth.WWWAuthenticateChallengeError) {
    const body = (await err.response.json().catch(() => ({}))) as { error?: string; error_description?: string };
    return explainTokenError({ status: err.status, error: body.error ?? 'invalid_client', description: body.error_description ?? '' });
  }
  if (err instanceof oauth.ResponseBodyError) {
    return explainTokenError({
      status: err.status,
      error: err.error,
      description: err.error_description ?? '',
      ...(typeof err.cause.suberror === 'string' ? { suberror: err.cause.suberror } : {}),
    });
  }
  const cause = (err as { cause?: { code?: string } }).cause;
  const code = cause?.code ?? (err as { code?: string }).code ?? (err as Error).name;
  if (err instanceof TypeError || code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'TimeoutError' || code === 'ETIMEDOUT') {
    return new MailAuthError('token_endpoint_unreachable', `no answer from the token endpoint (${code}): check OAUTH_TOKEN_URL and that this host reaches it (proxy, firewall, DNS)`, false, code ?? null);
  }
  return new MailAuthError('token_endpoint_error', `the token endpoint's answer was not understood: ${(err as Error).message}`, false, null);
}

function issued(r: oauth.TokenEndpointResponse): IssuedTokens {
  // A provider that gives no lifetime gets the shortest common one (an hour) assumed.
  const seconds = typeof r.expires_in === 'number' ? r.expires_in : 3600;
  return { accessToken: r.access_token, expiresAt: new Date(Date.now() + seconds * 1000), refreshToken: r.refresh_token ?? null };
}

export async function refreshTokenGrant(s: MailAuthSettings, refreshToken: string): Promise<IssuedTokens> {
  const c = oauthClient(s);
  try {
    const res = await oauth.refreshTokenGrantRequest(c.as, c.client, c.auth, refreshToken, { ...c.options(), additionalParameters: { scope: c.scope } });
    return issued(await oauth.processRefreshTokenResponse(c.as, c.client, res));
  } catch (err) {
    throw await explainGrantFailure(err);
  }
}

export async function clientCredentialsGrant(s: MailAuthSettings): Promise<IssuedTokens> {
  const c = oauthClient(s);
  try {
    const res = await oauth.clientCredentialsGrantRequest(c.as, c.client, c.auth, { scope: c.scope }, c.options());
    return issued(await oauth.processClientCredentialsResponse(c.as, c.client, res));
  } catch (err) {
    throw await explainGrantFailure(err);
  }
}

interface ServiceAccountKey {
  client_email: string;
  private_key: string;
  private_key_id?: string;
  token_uri?: string;
}

async function readServiceAccountKey(file: string): Promise<ServiceAccountKey> {
  try {
    const key = JSON.parse(await readFile(file, 'utf8')) as Partial<ServiceAccountKey>;
    if (typeof key.client_email !== 'string' || typeof key.private_key !== 'string') throw new Error('no client_email or private_key in it');
    return key as ServiceAccountKey;
  } catch (err) {
    throw new MailAuthError('service_account_key', `OAUTH_SERVICE_ACCOUNT_KEY_FILE (${file}) is not a service account's JSON key: ${(err as Error).message}`, true);
  }
}

/**
 * A Google service account's token for `user` (domain-wide delegation): a JWT signed with
 * the account's key (RFC 7523) sent to the token endpoint as a generic grant.
 */
export async function serviceAccountGrant(s: MailAuthSettings, user: string): Promise<IssuedTokens> {
  const key = await readServiceAccountKey(s.OAUTH_SERVICE_ACCOUNT_KEY_FILE ?? '');
  const c = oauthClient(s);
  const now = Math.floor(Date.now() / 1000);
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const header = { alg: 'RS256', typ: 'JWT', ...(key.private_key_id ? { kid: key.private_key_id } : {}) };
  const body = `${part(header)}.${part({ iss: key.client_email, sub: user, scope: c.scope, aud: c.as.token_endpoint, iat: now, exp: now + 3600 })}`;
  let assertion: string;
  try {
    assertion = `${body}.${createSign('RSA-SHA256').update(body).sign(key.private_key, 'base64url')}`;
  } catch (err) {
    throw new MailAuthError('service_account_key', `the private_key in OAUTH_SERVICE_ACCOUNT_KEY_FILE does not sign: ${(err as Error).message}`, true);
  }
  try {
    // The service account is the client here; it authenticates by the assertion alone.
    const client = { client_id: key.client_email };
    const res = await oauth.genericTokenEndpointRequest(c.as, client, oauth.None(), JWT_BEARER_GRANT, { assertion }, c.options());
    return issued(await oauth.processGenericTokenEndpointResponse(c.as, client, res));
  } catch (err) {
    throw await explainGrantFailure(err);
  }
}
