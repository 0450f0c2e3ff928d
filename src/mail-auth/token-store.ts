import type pg from 'pg';
import { openToken, sealToken } from './token-cipher.js';

/** The mailbox's stored tokens, opened. */
export interface StoredTokens {
  refreshToken: string | null;
  accessToken: string | null;
  accessExpiresAt: Date | null;
  failure: string | null;
}

export interface TokenRow {
  /** What the row holds now (nothing yet: all null). */
  current: StoredTokens;
  /** Writes the row within the lock. */
  save(next: Partial<StoredTokens>): Promise<void>;
  /** The transaction that holds the lock: what else must commit with the row (a staff alert). */
  tx: pg.PoolClient;
}

interface Row {
  refresh_token_sealed: string | null;
  access_token_sealed: string | null;
  access_expires_at: Date | null;
  failure: string | null;
}

/**
 * The tokens of one mailbox in Postgres (sql/0018_mail_oauth_tokens.sql), sealed under `key`.
 * `locked` runs `fn` holding the mailbox's row lock, so of several processes only one asks
 * the token endpoint at a time and the others find the token it stored.
 */
export class TokenStore {
  constructor(private readonly pool: pg.Pool, private readonly key: Buffer, readonly mailbox: string) {}

  private open(row: Row | undefined): StoredTokens {
    return {
      refreshToken: row?.refresh_token_sealed ? openToken(this.key, this.mailbox, row.refresh_token_sealed) : null,
      accessToken: row?.access_token_sealed ? openToken(this.key, this.mailbox, row.access_token_sealed) : null,
      accessExpiresAt: row?.access_expires_at ?? null,
      failure: row?.failure ?? null,
    };
  }

  async read(): Promise<StoredTokens> {
    const { rows } = await this.pool.query<Row>(
      'SELECT refresh_token_sealed, access_token_sealed, access_expires_at, failure FROM mail_oauth_tokens WHERE mailbox = $1',
      [this.mailbox],
    );
    return this.open(rows[0]);
  }

  async locked<T>(fn: (row: TokenRow) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // The row exists before it is locked, so a first login and a refresh also queue up.
      await client.query('INSERT INTO mail_oauth_tokens (mailbox) VALUES ($1) ON CONFLICT (mailbox) DO NOTHING', [this.mailbox]);
      const { rows } = await client.query<Row>(
        'SELECT refresh_token_sealed, access_token_sealed, access_expires_at, failure FROM mail_oauth_tokens WHERE mailbox = $1 FOR UPDATE',
        [this.mailbox],
      );
      const current = this.open(rows[0]);
      const result = await fn({
        current,
        tx: client,
        save: async (next) => {
          const merged = { ...current, ...next };
          await client.query(
            `UPDATE mail_oauth_tokens SET refresh_token_sealed = $2, access_token_sealed = $3, access_expires_at = $4,
               failure = $5, updated_at = now() WHERE mailbox = $1`,
            [
              this.mailbox,
              merged.refreshToken === null ? null : sealToken(this.key, this.mailbox, merged.refreshToken),
              merged.accessToken === null ? null : sealToken(this.key, this.mailbox, merged.accessToken),
              merged.accessExpiresAt,
              merged.failure,
            ],
          );
        },
      });
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }
}
