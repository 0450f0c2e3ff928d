import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as oauth from 'oauth4webapi';
import { MailAuthError } from './mail-auth-error.js';
import { explainGrantFailure, oauthClient, type IssuedTokens } from './oauth-grants.js';
import type { MailAuthSettings } from './provider-defaults.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function issued(r: oauth.TokenEndpointResponse): IssuedTokens {
  const seconds = typeof r.expires_in === 'number' ? r.expires_in : 3600;
  return { accessToken: r.access_token, expiresAt: new Date(Date.now() + seconds * 1000), refreshToken: r.refresh_token ?? null };
}

/**
 * The device authorization grant (RFC 8628), what Microsoft offers a server without a
 * browser: `tell` shows the person where to sign in and the code to enter, then the token
 * endpoint is polled at the interval it asks for until they did (or the code expired).
 */
export async function deviceCodeLogin(s: MailAuthSettings, tell: (words: string) => void): Promise<IssuedTokens> {
  const c = oauthClient(s);
  if (!c.as.device_authorization_endpoint) {
    throw new MailAuthError('token_endpoint_error', 'this provider has no device code login for mail scopes: use --provider google (a loopback redirect) or set OAUTH_DEVICE_URL', true);
  }
  try {
    const started = await oauth.processDeviceAuthorizationResponse(c.as, c.client,
      await oauth.deviceAuthorizationRequest(c.as, c.client, c.auth, { scope: c.scope }, c.options()));
    tell(typeof started.message === 'string' ? started.message : `Open ${started.verification_uri} and enter the code ${started.user_code}`);
    let interval = (started.interval ?? 5) * 1000;
    const deadline = Date.now() + started.expires_in * 1000;
    while (Date.now() < deadline) {
      await sleep(interval);
      try {
        const res = await oauth.deviceCodeGrantRequest(c.as, c.client, c.auth, started.device_code, c.options());
        return issued(await oauth.processDeviceCodeResponse(c.as, c.client, res));
      } catch (err) {
        if (err instanceof oauth.ResponseBodyError && err.error === 'authorization_pending') continue;
        if (err instanceof oauth.ResponseBodyError && err.error === 'slow_down') {
          interval += 5000;
          continue;
        }
        throw err;
      }
    }
    throw new MailAuthError('token_endpoint_error', 'nobody signed in before the code expired: run deletion-bot oauth login again', true);
  } catch (err) {
    throw await explainGrantFailure(err);
  }
}

/**
 * The authorization code grant with PKCE and a loopback redirect (RFC 8252), what Google
 * offers for the mail scope: `tell` shows the URL to open in a browser on this machine
 * (or through an SSH tunnel to the printed port), and the answer comes back to 127.0.0.1.
 */
export async function loopbackLogin(s: MailAuthSettings, tell: (words: string) => void, port = 0): Promise<IssuedTokens> {
  const c = oauthClient(s);
  if (!c.as.authorization_endpoint) throw new MailAuthError('token_endpoint_error', 'no authorization endpoint: set OAUTH_AUTHORIZE_URL', true);
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  let answer: (u: URL) => void = () => {};
  const answered = new Promise<URL>((resolve) => (answer = resolve));
  const server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!u.searchParams.has('code') && !u.searchParams.has('error')) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('deletion-bot got the answer; you can close this page.\n');
    answer(u);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  const redirectUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const url = new URL(c.as.authorization_endpoint);
    url.search = new URLSearchParams({
      client_id: c.client.client_id, redirect_uri: redirectUri, response_type: 'code', scope: c.scope, state,
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
      // A refresh token, and again on a second login (Google gives one only with consent).
      access_type: 'offline', prompt: 'consent',
    }).toString();
    tell(`Open this address in a browser and sign in as the mailbox's user:\n${url.toString()}`);
    const back = await answered;
    const params = oauth.validateAuthResponse(c.as, c.client, back.searchParams, state);
    const res = await oauth.authorizationCodeGrantRequest(c.as, c.client, c.auth, params, redirectUri, verifier, c.options());
    return issued(await oauth.processAuthorizationCodeResponse(c.as, c.client, res));
  } catch (err) {
    throw await explainGrantFailure(err);
  } finally {
    server.close();
  }
}
