// The mail side of an OAuth2 end-to-end test: the harness's authorization server, Dovecot
// whose oauth2 passdb asks it about every bearer token, and the SMTP relay that takes the
// bot's own mail only over XOAUTH2 checked the same way. Password logins still work for
// every other user, so the test's people send and read mail as before.
import { startDovecot, type Dovecot } from './dovecot.js';
import { startOAuthServer, type OAuthServer } from './oauth-server.js';
import { startSmtpRelay, type SmtpRelay } from './smtp-relay.js';
import { BOT_ADDRESS, botEnv, type BotEnvInput } from './stack.js';

export interface OAuthMailStack {
  oauth: OAuthServer;
  dovecot: Dovecot;
  relay: SmtpRelay;
  stop(): Promise<void>;
}

export async function startOAuthMailStack(opts: { accessTokenSeconds?: number; users?: string[] } = {}): Promise<OAuthMailStack> {
  const oauth = await startOAuthServer({ accessTokenSeconds: opts.accessTokenSeconds ?? 3600 });
  const stops: (() => Promise<void>)[] = [() => oauth.stop()];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => {});
  };
  try {
    const dovecot = await startDovecot({ users: opts.users ?? [], oauth2IntrospectionUrl: oauth.introspectionUrl });
    stops.push(() => dovecot.stop());
    const relay = await startSmtpRelay(dovecot, { oauth: { introspectionUrl: oauth.introspectionUrl, senders: [BOT_ADDRESS] } });
    stops.push(() => relay.stop());
    return { oauth, dovecot, relay, stop: stopAll };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

/** The client the bot is registered as at the harness's server. */
export const BOT_CLIENT = { id: 'deletion-bot-client', secret: 'harness-client-secret' };

/**
 * The bot's environment for OAuth2 (a delegated refresh token, as after `oauth login`):
 * no IMAP or SMTP password at all.
 */
export function oauthBotEnv(input: BotEnvInput & { oauth: OAuthServer; tokenKey: string }): Record<string, string> {
  const env = botEnv(input);
  delete env.IMAP_PASSWORD;
  return {
    ...env,
    SMTP_USER: BOT_ADDRESS,
    MAIL_AUTH: 'oauth2',
    OAUTH_PROVIDER: 'microsoft',
    OAUTH_FLOW: 'refresh_token',
    OAUTH_CLIENT_ID: BOT_CLIENT.id,
    OAUTH_CLIENT_SECRET: BOT_CLIENT.secret,
    OAUTH_TOKEN_URL: input.oauth.tokenUrl,
    OAUTH_DEVICE_URL: input.oauth.deviceAuthorizationUrl,
    OAUTH_TOKEN_KEY: input.tokenKey,
  };
}
