import type pg from 'pg';
import type { Config } from '../config/config.js';
import { MailTokenSource } from './token-source.js';
import { TokenStore } from './token-store.js';

/** The token source of MAIL_AUTH=oauth2 for these settings (what the bot, `doctor` and `oauth login` use). */
export function mailTokenSource(config: Config<'imap' | 'mailAuth' | 'database'>, pool: pg.Pool | null): MailTokenSource {
  const s = config.mailAuth;
  const store = pool && s.OAUTH_TOKEN_KEY ? new TokenStore(pool, s.OAUTH_TOKEN_KEY, config.imap.IMAP_USER) : null;
  return new MailTokenSource(s, config.imap.IMAP_USER, store);
}
