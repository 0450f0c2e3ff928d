import { loadConfig } from '../config/config.js';
import { databasePool } from '../db/pool.js';
import { mailTokenSource } from './mail-token-source.js';
import type { MailAuthSettings } from './provider-defaults.js';
import type { MailTokenSource } from './token-source.js';

/**
 * Runs one check (`doctor`, the checks before `start`) with `settings` as they are for
 * MAIL_AUTH=password, or with a token source of the check's own for oauth2 (IMAP_USER and
 * the token store in DATABASE_URL are read then).
 */
export async function withMailTokens<S extends object, T>(
  settings: S,
  mailAuth: MailAuthSettings,
  work: (s: S & { tokens?: MailTokenSource }) => Promise<T>,
): Promise<T> {
  if (mailAuth.MAIL_AUTH !== 'oauth2') return work(settings);
  const c = loadConfig(process.env, ['imap', 'database']);
  const pool = mailAuth.OAUTH_FLOW === 'refresh_token' ? databasePool(c.database, 1) : null;
  try {
    return await work({ ...settings, tokens: mailTokenSource({ ...c, mailAuth }, pool) });
  } finally {
    await pool?.end();
  }
}

/** doctor's OAuth line: gets a token as the bot would; a failure names the step and what to do. */
export function checkMailAuth(mailAuth: MailAuthSettings): Promise<string> {
  return withMailTokens({}, mailAuth, async ({ tokens }) => {
    const token = await tokens!.accessToken();
    const left = Math.round(((tokens!.expiresAt(token) ?? Date.now()) - Date.now()) / 1000);
    return `${mailAuth.OAUTH_PROVIDER ?? 'generic'} ${mailAuth.OAUTH_FLOW}: access token issued for ${tokens!.user} (renewed in ${left} s)`;
  });
}
