// The harness's own OAuth2 authorization server: a small HTTP server that plays Google's or
// Microsoft's token service for the bot, for Dovecot's oauth2 passdb (introspection, RFC 7662)
// and for the SMTP relay. Grants: refresh_token (rotating), client_credentials, JWT bearer
// (RFC 7523, a Google service account), device code (RFC 8628) and authorization code; plus
// revocation (RFC 7009). Errors are answered the way the providers answer them.
import { createVerify, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
export const DEVICE_CODE = 'urn:ietf:params:oauth:grant-type:device_code';

export interface OAuthClient {
  id: string;
  /** Unset: a public client (device code, loopback redirect) that sends no secret. */
  secret?: string;
  /** false: every grant is answered as a tenant that never consented (AADSTS65001). */
  consented?: boolean;
  /** The mailbox an app-only token (client credentials) may open: what Add-MailboxPermission grants. */
  appMailbox?: string;
}

export interface ServiceAccount {
  email: string;
  /** A Google-style key file's contents: type, client_email, private_key, private_key_id, token_uri. */
  keyFile: Record<string, string>;
  /** false: no domain-wide delegation for the scope (unauthorized_client). */
  delegated: boolean;
}

export interface OAuthServer {
  url: string;
  tokenUrl: string;
  introspectionUrl: string;
  revocationUrl: string;
  deviceAuthorizationUrl: string;
  authorizationUrl: string;
  /** Lifetime of every access token issued from now on. */
  accessTokenSeconds: number;
  addClient(client: OAuthClient): void;
  addServiceAccount(email: string, opts?: { delegated?: boolean }): ServiceAccount;
  /** A refresh token as a finished login would leave it. */
  issueRefreshToken(clientId: string, user: string, scope?: string): string;
  /** The user's sign-in to a pending device code (what they do in the browser). */
  approveDevice(userCode: string, user: string): void;
  /** The user's answer to GET /authorize: the next authorization request logs this user in. */
  signInAs(user: string): void;
  /** Revokes every refresh and access token of `user` (an admin's "sign out everywhere"). */
  revokeUser(user: string): void;
  /** What was asked, oldest first: grants by type and outcome, introspections by outcome. */
  log: { kind: string; outcome: string }[];
  stop(): Promise<void>;
}

interface Grant {
  clientId: string;
  user: string;
  scope: string;
}

interface AccessToken extends Grant {
  expiresAt: number;
}

class OAuthError extends Error {
  constructor(readonly status: number, readonly error: string, readonly description: string, readonly extra: Record<string, string> = {}) {
    super(description);
  }
}

const token = (prefix: string) => `${prefix}${randomBytes(24).toString('base64url')}`;

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/** client_secret_basic or client_secret_post, as RFC 6749 2.3.1 allows. */
function clientCredentialsOf(req: IncomingMessage, form: URLSearchParams): { id: string | null; secret: string | null } {
  const basic = req.headers.authorization;
  if (basic?.startsWith('Basic ')) {
    const [id, secret] = Buffer.from(basic.slice(6), 'base64').toString('utf8').split(':');
    return { id: decodeURIComponent(id ?? ''), secret: decodeURIComponent(secret ?? '') };
  }
  return { id: form.get('client_id'), secret: form.get('client_secret') };
}

function decodeJwt(assertion: string, publicKeyOf: (iss: string) => string | undefined): Record<string, unknown> {
  const [h, p, s] = assertion.split('.');
  if (!h || !p || !s) throw new OAuthError(400, 'invalid_grant', 'Invalid JWT: not three parts');
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<string, unknown>;
  const key = publicKeyOf(String(claims.iss));
  if (!key) throw new OAuthError(400, 'invalid_grant', 'Invalid JWT Signature.');
  const ok = createVerify('RSA-SHA256').update(`${h}.${p}`).verify(key, Buffer.from(s, 'base64url'));
  if (!ok) throw new OAuthError(400, 'invalid_grant', 'Invalid JWT Signature.');
  return claims;
}

export async function startOAuthServer(opts: { accessTokenSeconds?: number; rotate?: boolean; deviceIntervalSeconds?: number } = {}): Promise<OAuthServer> {
  const clients = new Map<string, OAuthClient>();
  const accounts = new Map<string, ServiceAccount & { publicKey: string }>();
  const refreshTokens = new Map<string, Grant & { active: boolean }>();
  const accessTokens = new Map<string, AccessToken>();
  const devices = new Map<string, { clientId: string; scope: string; userCode: string; user: string | null }>();
  const codes = new Map<string, Grant & { redirectUri: string }>();
  const rotate = opts.rotate ?? true;
  let signedIn: string | null = null;
  const log: OAuthServer['log'] = [];

  const issue = (grant: Grant, withRefresh: boolean) => {
    const access = token('at-');
    accessTokens.set(access, { ...grant, expiresAt: Date.now() + server.accessTokenSeconds * 1000 });
    const body: Record<string, unknown> = { token_type: 'Bearer', access_token: access, expires_in: server.accessTokenSeconds, scope: grant.scope };
    if (withRefresh) {
      const refresh = token('rt-');
      refreshTokens.set(refresh, { ...grant, active: true });
      body.refresh_token = refresh;
    }
    return body;
  };

  /** The client named by the request, its secret checked when it has one. */
  const authenticate = (req: IncomingMessage, form: URLSearchParams, needSecret: boolean): OAuthClient => {
    const { id, secret } = clientCredentialsOf(req, form);
    const client = id ? clients.get(id) : undefined;
    if (!client) throw new OAuthError(400, 'unauthorized_client', `AADSTS700016: Application with identifier '${id ?? ''}' was not found in the directory.`);
    if ((client.secret !== undefined || needSecret) && secret !== client.secret) {
      throw new OAuthError(401, 'invalid_client', 'AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.');
    }
    if (client.consented === false) {
      throw new OAuthError(400, 'invalid_grant', "AADSTS65001: The user or administrator has not consented to use the application. Send an interactive authorization request for this user and resource.", { suberror: 'consent_required' });
    }
    return client;
  };

  const grants: Record<string, (req: IncomingMessage, form: URLSearchParams) => Record<string, unknown>> = {
    refresh_token: (req, form) => {
      const client = authenticate(req, form, false);
      const presented = form.get('refresh_token') ?? '';
      const grant = refreshTokens.get(presented);
      if (!grant || !grant.active || grant.clientId !== client.id) {
        throw new OAuthError(400, 'invalid_grant', 'AADSTS700082: The refresh token has expired due to inactivity or was revoked.');
      }
      if (!rotate) return issue(grant, false);
      grant.active = false;
      return issue(grant, true);
    },
    client_credentials: (req, form) => {
      const client = authenticate(req, form, true);
      if (!client.appMailbox) throw new OAuthError(400, 'invalid_grant', 'AADSTS7000112: Application is disabled.');
      return issue({ clientId: client.id, user: client.appMailbox, scope: form.get('scope') ?? '' }, false);
    },
    [JWT_BEARER]: (_req, form) => {
      const claims = decodeJwt(form.get('assertion') ?? '', (iss) => accounts.get(iss)?.publicKey);
      const account = accounts.get(String(claims.iss))!;
      if (typeof claims.exp !== 'number' || claims.exp * 1000 < Date.now()) throw new OAuthError(400, 'invalid_grant', 'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.');
      if (claims.aud !== tokenUrl) throw new OAuthError(400, 'invalid_grant', 'Invalid JWT: audience is not the token endpoint.');
      if (!account.delegated) {
        throw new OAuthError(401, 'unauthorized_client', 'Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.');
      }
      return issue({ clientId: account.email, user: String(claims.sub ?? account.email), scope: String(claims.scope ?? '') }, false);
    },
    [DEVICE_CODE]: (req, form) => {
      const client = authenticate(req, form, false);
      const device = devices.get(form.get('device_code') ?? '');
      if (!device || device.clientId !== client.id) throw new OAuthError(400, 'expired_token', 'AADSTS70020: The provided value for the input parameter device_code is not valid.');
      if (device.user === null) throw new OAuthError(400, 'authorization_pending', 'AADSTS70016: OAuth 2.0 device flow error. Authorization is pending.');
      devices.delete(form.get('device_code') ?? '');
      return issue({ clientId: client.id, user: device.user, scope: device.scope }, true);
    },
    authorization_code: (req, form) => {
      const client = authenticate(req, form, false);
      const code = codes.get(form.get('code') ?? '');
      if (!code || code.clientId !== client.id || code.redirectUri !== form.get('redirect_uri')) throw new OAuthError(400, 'invalid_grant', 'Bad Request');
      codes.delete(form.get('code') ?? '');
      return issue(code, true);
    },
  };

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>> = {
    'POST /token': async (req, res) => {
      const form = await readForm(req);
      const type = form.get('grant_type') ?? '';
      try {
        const handler = grants[type];
        if (!handler) throw new OAuthError(400, 'unsupported_grant_type', `grant_type ${type} is not supported`);
        const body = handler(req, form);
        log.push({ kind: `grant:${type}`, outcome: 'ok' });
        send(res, 200, body);
      } catch (err) {
        if (!(err instanceof OAuthError)) throw err;
        log.push({ kind: `grant:${type}`, outcome: err.error });
        send(res, err.status, { error: err.error, error_description: err.description, ...err.extra },
          err.status === 401 ? { 'www-authenticate': 'Basic realm="token"' } : {});
      }
    },
    'POST /introspect': async (req, res) => {
      const form = await readForm(req);
      const found = accessTokens.get(form.get('token') ?? '');
      const active = found !== undefined && found.expiresAt > Date.now();
      log.push({ kind: 'introspect', outcome: active ? 'active' : 'inactive' });
      if (!active) return send(res, 200, { active: false });
      send(res, 200, {
        active: true, username: found.user, client_id: found.clientId, scope: found.scope,
        token_type: 'Bearer', exp: Math.floor(found.expiresAt / 1000),
      });
    },
    'POST /revoke': async (req, res) => {
      const form = await readForm(req);
      const presented = form.get('token') ?? '';
      const refresh = refreshTokens.get(presented);
      if (refresh) refresh.active = false;
      accessTokens.delete(presented);
      log.push({ kind: 'revoke', outcome: 'ok' });
      res.writeHead(200).end();
    },
    'POST /devicecode': async (req, res) => {
      const form = await readForm(req);
      const client = clients.get(form.get('client_id') ?? '');
      if (!client) return send(res, 400, { error: 'unauthorized_client', error_description: 'AADSTS700016: Application not found.' });
      const deviceCode = token('dc-');
      const userCode = randomBytes(4).toString('hex').toUpperCase();
      devices.set(deviceCode, { clientId: client.id, scope: form.get('scope') ?? '', userCode, user: null });
      send(res, 200, {
        device_code: deviceCode, user_code: userCode, verification_uri: `${url}/device`, expires_in: 900,
        interval: opts.deviceIntervalSeconds ?? 1,
        message: `To sign in, use a web browser to open the page ${url}/device and enter the code ${userCode} to authenticate.`,
      });
    },
    'GET /authorize': async (req, res) => {
      const q = new URL(req.url ?? '/', url).searchParams;
      const redirectUri = q.get('redirect_uri') ?? '';
      const client = clients.get(q.get('client_id') ?? '');
      if (!client || !redirectUri.startsWith('http://127.0.0.1:') || signedIn === null) {
        return send(res, 400, { error: 'invalid_request', error_description: 'no client, no loopback redirect or nobody signed in' });
      }
      const code = token('ac-');
      codes.set(code, { clientId: client.id, user: signedIn, scope: q.get('scope') ?? '', redirectUri });
      const back = new URL(redirectUri);
      back.searchParams.set('code', code);
      if (q.get('state') !== null) back.searchParams.set('state', q.get('state')!);
      res.writeHead(302, { location: back.toString() }).end();
    },
  };

  const http = createServer((req, res) => {
    const route = routes[`${req.method ?? ''} ${new URL(req.url ?? '/', 'http://x').pathname}`];
    if (!route) return send(res, 404, { error: 'not_found' });
    route(req, res).catch((err: unknown) => send(res, 500, { error: 'server_error', error_description: String(err) }));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const tokenUrl = `${url}/token`;

  const server: OAuthServer = {
    url,
    tokenUrl,
    introspectionUrl: `${url}/introspect`,
    revocationUrl: `${url}/revoke`,
    deviceAuthorizationUrl: `${url}/devicecode`,
    authorizationUrl: `${url}/authorize`,
    accessTokenSeconds: opts.accessTokenSeconds ?? 3600,
    log,
    addClient(client) {
      clients.set(client.id, client);
    },
    addServiceAccount(email, o = {}) {
      const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const keyFile = {
        type: 'service_account', client_email: email, client_id: randomBytes(8).toString('hex'),
        private_key_id: randomBytes(8).toString('hex'), token_uri: tokenUrl,
        private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      };
      const account = { email, keyFile, delegated: o.delegated ?? true, publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
      accounts.set(email, account);
      return account;
    },
    issueRefreshToken(clientId, user, scope = '') {
      const refresh = token('rt-');
      refreshTokens.set(refresh, { clientId, user, scope, active: true });
      return refresh;
    },
    approveDevice(userCode, user) {
      const device = [...devices.values()].find((d) => d.userCode === userCode);
      if (!device) throw new Error(`no pending device code with user code ${userCode}`);
      device.user = user;
    },
    signInAs(user) {
      signedIn = user;
    },
    revokeUser(user) {
      for (const grant of refreshTokens.values()) if (grant.user === user) grant.active = false;
      for (const [t, grant] of accessTokens) if (grant.user === user) accessTokens.delete(t);
    },
    stop: () => new Promise<void>((resolve) => {
      http.closeAllConnections();
      http.close(() => resolve());
    }),
  };
  return server;
}
