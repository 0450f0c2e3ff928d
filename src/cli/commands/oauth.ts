import { loadConfig } from '../../config/config.js';
import { databasePool } from '../../db/pool.js';
import { deviceCodeLogin, loopbackLogin } from '../../mail-auth/first-login.js';
import { TokenStore } from '../../mail-auth/token-store.js';
import { CliError, EXIT } from '../run-command.js';

export const OAUTH_PROVIDERS = ['google', 'microsoft'] as const;
export type LoginProvider = (typeof OAUTH_PROVIDERS)[number];

/**
 * `oauth login`: a person signs in once as the mailbox's user (device code at Microsoft, a
 * loopback redirect at Google: what each allows for the mail scopes); the refresh token is
 * stored sealed in Postgres, where a running bot takes it up at its next try, no restart.
 */
export async function oauthLoginCommand(opts: { provider: LoginProvider; port?: string }): Promise<number> {
  const config = loadConfig({ ...process.env, MAIL_AUTH: 'oauth2', OAUTH_PROVIDER: opts.provider, OAUTH_FLOW: 'refresh_token' }, ['database', 'imap', 'mailAuth']);
  const settings = config.mailAuth;
  if (!settings.OAUTH_TOKEN_KEY) throw new CliError('OAUTH_TOKEN_KEY is not set: the refresh token is stored encrypted with it (openssl rand -hex 32)', EXIT.config);
  const tell = (words: string) => process.stdout.write(`${words}\n`);
  const tokens = opts.provider === 'microsoft'
    ? await deviceCodeLogin(settings, tell)
    : await loopbackLogin(settings, tell, opts.port === undefined ? 0 : Number(opts.port));
  if (tokens.refreshToken === null) {
    throw new CliError('the provider gave no refresh token: for Microsoft add the offline_access scope; for Google remove the app from the account\'s third-party access and log in again');
  }
  const pool = databasePool(config.database, 1);
  try {
    const store = new TokenStore(pool, settings.OAUTH_TOKEN_KEY, config.imap.IMAP_USER);
    await store.locked((row) => row.save({
      refreshToken: tokens.refreshToken,
      accessToken: tokens.accessToken,
      accessExpiresAt: tokens.expiresAt,
      failure: null,
    }));
  } finally {
    await pool.end();
  }
  tell(`Stored the refresh token for ${config.imap.IMAP_USER} (encrypted). A running bot uses it at its next login; no restart needed.`);
  return EXIT.ok;
}
