// Proves the harness's OAuth2 side: its authorization server's grants, rotation and revocation,
// Dovecot logging in its tokens over XOAUTH2 and OAUTHBEARER, and the relay taking the bot's
// mail only over XOAUTH2.
import { createSign } from 'node:crypto';
import { ImapFlow } from 'imapflow';
import { createTransport } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForMail } from '../../harness/mail-user.js';
import { JWT_BEARER } from '../../harness/oauth-server.js';
import { BOT_CLIENT, startOAuthMailStack, type OAuthMailStack } from '../../harness/oauth-stack.js';
import { BOT_ADDRESS } from '../../harness/stack.js';

let s: OAuthMailStack;
beforeAll(async () => {
  s = await startOAuthMailStack();
  s.oauth.addClient(BOT_CLIENT);
});
afterAll(async () => {
  await s?.stop();
});

async function grant(form: Record<string, string>): Promise<{ status: number; body: Record<string, string | number> }> {
  const res = await fetch(s.oauth.tokenUrl, { method: 'POST', body: new URLSearchParams(form) });
  return { status: res.status, body: (await res.json()) as Record<string, string | number> };
}

const refreshGrant = (refreshToken: string) =>
  grant({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: BOT_CLIENT.id, client_secret: BOT_CLIENT.secret });

/** Logs in to Dovecot with a bearer token; resolves with the mailbox's message count or the server's refusal. */
async function imapLogin(user: string, accessToken: string, method?: 'OAUTHBEARER'): Promise<string> {
  const client = new ImapFlow({
    host: '127.0.0.1', port: s.dovecot.imapPort, secure: false, doSTARTTLS: false, logger: false,
    auth: { user, accessToken, ...(method ? { loginMethod: method } : {}) },
  });
  try {
    await client.connect();
    const box = await client.status('INBOX', { messages: true });
    return `logged in: ${box ? (box.messages ?? 0) : 0} messages`;
  } catch (err) {
    return `refused: ${(err as { serverResponseCode?: string }).serverResponseCode ?? (err as Error).message}`;
  } finally {
    client.close();
  }
}

describe('the harness authorization server and Dovecot', () => {
  it('logs in an access token from a refresh token over XOAUTH2 and OAUTHBEARER; a forged token is refused', async () => {
    const first = await refreshGrant(s.oauth.issueRefreshToken(BOT_CLIENT.id, BOT_ADDRESS));
    expect(first.status).toBe(200);
    expect(first.body.token_type).toBe('Bearer');
    expect(await imapLogin(BOT_ADDRESS, String(first.body.access_token))).toMatch(/^logged in/);
    expect(await imapLogin(BOT_ADDRESS, String(first.body.access_token), 'OAUTHBEARER')).toMatch(/^logged in/);
    expect(await imapLogin(BOT_ADDRESS, 'at-forged')).toBe('refused: AUTHENTICATIONFAILED');
    // A token is one user's: it opens no other mailbox.
    expect(await imapLogin('staff@pickrtech.com', String(first.body.access_token))).toBe('refused: AUTHENTICATIONFAILED');
  });

  it('rotates refresh tokens: a used one is refused with invalid_grant, as is a revoked one', async () => {
    const issued = s.oauth.issueRefreshToken(BOT_CLIENT.id, BOT_ADDRESS);
    const first = await refreshGrant(issued);
    expect(first.body.refresh_token).toBeTruthy();
    expect(first.body.refresh_token).not.toBe(issued);
    const reused = await refreshGrant(issued);
    expect(reused.status).toBe(400);
    expect(reused.body.error).toBe('invalid_grant');
    await fetch(s.oauth.revocationUrl, { method: 'POST', body: new URLSearchParams({ token: String(first.body.refresh_token) }) });
    expect((await refreshGrant(String(first.body.refresh_token))).body.error).toBe('invalid_grant');
  });

  it('answers a wrong client secret invalid_client and a tenant without consent AADSTS65001', async () => {
    const wrong = await grant({ grant_type: 'refresh_token', refresh_token: 'x', client_id: BOT_CLIENT.id, client_secret: 'wrong' });
    expect(wrong).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    s.oauth.addClient({ id: 'no-consent', secret: 'x', consented: false });
    const refused = await grant({ grant_type: 'refresh_token', refresh_token: 'x', client_id: 'no-consent', client_secret: 'x' });
    expect(refused.body).toMatchObject({ error: 'invalid_grant', suberror: 'consent_required' });
    expect(String(refused.body.error_description)).toMatch(/^AADSTS65001/);
  });

  it('gives an app-only token for the mailbox the app was granted (client credentials)', async () => {
    s.oauth.addClient({ id: 'app-only', secret: 'app-secret', appMailbox: BOT_ADDRESS });
    const got = await grant({ grant_type: 'client_credentials', client_id: 'app-only', client_secret: 'app-secret', scope: 'https://outlook.office365.com/.default' });
    expect(got.status).toBe(200);
    expect(got.body.refresh_token).toBeUndefined();
    expect(await imapLogin(BOT_ADDRESS, String(got.body.access_token))).toMatch(/^logged in/);
  });

  it('gives a service account a token for the user it acts for (JWT bearer), and refuses one without delegation', async () => {
    const assertion = (keyFile: Record<string, string>, sub: string) => {
      const now = Math.floor(Date.now() / 1000);
      const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const body = `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ iss: keyFile.client_email, sub, scope: 'https://mail.google.com/', aud: keyFile.token_uri, iat: now, exp: now + 3600 })}`;
      return `${body}.${createSign('RSA-SHA256').update(body).sign(keyFile.private_key!, 'base64url')}`;
    };
    const account = s.oauth.addServiceAccount('bot@project.iam.gserviceaccount.com');
    const got = await grant({ grant_type: JWT_BEARER, assertion: assertion(account.keyFile, BOT_ADDRESS) });
    expect(got.status).toBe(200);
    expect(await imapLogin(BOT_ADDRESS, String(got.body.access_token))).toMatch(/^logged in/);
    const undelegated = s.oauth.addServiceAccount('other@project.iam.gserviceaccount.com', { delegated: false });
    const refused = await grant({ grant_type: JWT_BEARER, assertion: assertion(undelegated.keyFile, BOT_ADDRESS) });
    expect(refused).toMatchObject({ status: 401, body: { error: 'unauthorized_client' } });
  });

  it('expires access tokens after their lifetime', async () => {
    s.oauth.accessTokenSeconds = 1;
    try {
      const got = await refreshGrant(s.oauth.issueRefreshToken(BOT_CLIENT.id, BOT_ADDRESS));
      await new Promise((r) => setTimeout(r, 1500));
      expect(await imapLogin(BOT_ADDRESS, String(got.body.access_token))).toBe('refused: AUTHENTICATIONFAILED');
    } finally {
      s.oauth.accessTokenSeconds = 3600;
    }
  });
});

describe('the relay with XOAUTH2', () => {
  const send = (auth?: { user: string; accessToken: string }) => {
    const transport = createTransport({
      host: '127.0.0.1', port: s.relay.port, secure: false, ignoreTLS: true,
      ...(auth ? { auth: { type: 'OAuth2' as const, user: auth.user, accessToken: auth.accessToken } } : {}),
    });
    return transport.sendMail({ from: BOT_ADDRESS, to: 'alice@example.com', subject: 'relay check', text: 'x' }).finally(() => transport.close());
  };

  it("takes the bot's mail over XOAUTH2 and refuses it without a login or with a bad token", async () => {
    const got = await refreshGrant(s.oauth.issueRefreshToken(BOT_CLIENT.id, BOT_ADDRESS));
    const sent = await send({ user: BOT_ADDRESS, accessToken: String(got.body.access_token) });
    expect((await waitForMail(s.dovecot, 'alice@example.com', (m) => m.messageId === sent.messageId)).subject).toBe('relay check');
    await expect(send()).rejects.toMatchObject({ responseCode: 530 });
    await expect(send({ user: BOT_ADDRESS, accessToken: 'at-forged' })).rejects.toMatchObject({ responseCode: 535 });
    const [first, ...forged] = s.relay.authentications;
    expect(first).toEqual({ user: BOT_ADDRESS, ok: true });
    expect(forged.length).toBeGreaterThan(0);
    expect(forged.every((a) => !a.ok)).toBe(true);
  });
});
