import type pg from 'pg';
import { MailAuthError } from './mail-auth-error.js';
import { clientCredentialsGrant, refreshTokenGrant, serviceAccountGrant, type IssuedTokens } from './oauth-grants.js';
import type { MailAuthSettings } from './provider-defaults.js';
import type { TokenStore } from './token-store.js';

export type Direction = 'imap' | 'smtp';

/**
 * How long before its end a token is replaced: a quarter of its life, at most a minute,
 * so an hour's token is renewed a minute early and a 20 s token 5 s early (pure).
 */
export function renewMarginMs(lifetimeMs: number): number {
  return Math.min(60_000, Math.max(0, lifetimeMs / 4));
}

interface Held {
  token: string;
  expiresAt: number;
  renewAt: number;
}

/**
 * The mailbox's access token for IMAP and SMTP alike: kept until shortly before it ends,
 * then replaced; replaced at once when a server refuses it (a failed login, an IMAP BYE
 * naming an expired token). With a refresh token, every refresh runs under the row lock of
 * TokenStore, and a rotated refresh token is stored before it is used, so several processes
 * and restarts share one chain of refresh tokens. A refusal no retry can fix (revoked
 * refresh token, wrong secret, no consent) is kept as `failure` until a new login changes
 * the stored refresh token.
 */
export class MailTokenSource {
  private held: Held | null = null;
  private pending: Promise<string> | null = null;
  /** The last token a server refused: never handed out again, even when another process stored it. */
  private lastRefused: string | null = null;
  /** The permanent refusal, and the refresh token it was about (a new one clears it). */
  private refusal: { error: MailAuthError; refreshToken: string | null } | null = null;
  /** Whether the last login in each direction worked (null: none tried yet). */
  readonly logins: Record<Direction, boolean | null> = { imap: null, smtp: null };
  readonly refreshes = { count: 0 };
  /**
   * Called in the transaction that first records a refusal of the stored refresh token (the
   * row held no failure before): once per outage, whichever process meets it first.
   */
  onOutage: ((tx: pg.PoolClient, error: MailAuthError) => Promise<void>) | null = null;

  constructor(
    private readonly settings: MailAuthSettings,
    readonly user: string,
    private readonly store: TokenStore | null,
    private readonly now: () => number = Date.now,
  ) {}

  /** Why tokens cannot be had now (a permanent refusal), or null. */
  get failure(): MailAuthError | null {
    return this.refusal?.error ?? null;
  }

  /** A token that stays valid for a while yet. */
  accessToken(): Promise<string> {
    if (this.held && this.now() < this.held.renewAt) return Promise.resolve(this.held.token);
    this.pending ??= this.fetch().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /** A server refused `token`: the next accessToken() brings another. */
  refused(token: string, direction: Direction): void {
    this.logins[direction] = false;
    this.lastRefused = token;
    if (this.held?.token === token) this.held = null;
  }

  worked(direction: Direction): void {
    this.logins[direction] = true;
  }

  /** The expiry of `token` as this process knows it: for nodemailer's cache. */
  expiresAt(token: string): number | undefined {
    return this.held?.token === token ? this.held.renewAt : undefined;
  }

  /**
   * After a permanent refusal: whether the stored refresh token changed since (a new
   * `oauth login`), and if so, tries again. Cheap enough for /readyz.
   */
  async recheck(): Promise<MailAuthError | null> {
    if (!this.refusal || !this.store) return this.failure;
    const stored = await this.store.read();
    if (stored.refreshToken !== null && stored.refreshToken !== this.refusal.refreshToken) {
      await this.accessToken().catch(() => {});
    }
    return this.failure;
  }

  private hold(t: IssuedTokens): string {
    const expiresAt = t.expiresAt.getTime();
    const now = this.now();
    this.held = { token: t.accessToken, expiresAt, renewAt: expiresAt - renewMarginMs(expiresAt - now) };
    this.refusal = null;
    return t.accessToken;
  }

  private async fetch(): Promise<string> {
    try {
      if (this.settings.OAUTH_FLOW === 'client_credentials') return this.hold(await clientCredentialsGrant(this.settings));
      if (this.settings.OAUTH_FLOW === 'service_account') return this.hold(await serviceAccountGrant(this.settings, this.user));
      return await this.refreshUnderLock();
    } catch (err) {
      if (err instanceof MailAuthError && err.permanent && this.settings.OAUTH_FLOW !== 'refresh_token') this.refusal = { error: err, refreshToken: null };
      throw err;
    }
  }

  private async refreshUnderLock(): Promise<string> {
    const store = this.store;
    if (!store) throw new Error('a refresh token needs the token store (OAUTH_TOKEN_KEY and Postgres)');
    type Outcome = { tokens: IssuedTokens } | { error: MailAuthError; refreshToken: string | null };
    const outcome = await store.locked(async (row): Promise<Outcome> => {
      const { current } = row;
      // Another process may have refreshed while this one waited for the lock.
      const fresh = current.accessToken !== this.held?.token && current.accessToken !== this.lastRefused;
      if (current.accessToken && current.accessExpiresAt && fresh) {
        const left = current.accessExpiresAt.getTime() - this.now();
        if (left > renewMarginMs(left) + 1000) return { tokens: { accessToken: current.accessToken, expiresAt: current.accessExpiresAt, refreshToken: null } };
      }
      if (current.refreshToken === null) {
        return { error: new MailAuthError('no_refresh_token', `no refresh token is stored for ${store.mailbox}: run deletion-bot oauth login`, true), refreshToken: null };
      }
      // The same refresh token was refused before: ask nobody until a new login replaces it.
      if (this.refusal?.refreshToken === current.refreshToken) return { error: this.refusal.error, refreshToken: current.refreshToken };
      try {
        const issued = await refreshTokenGrant(this.settings, current.refreshToken);
        this.refreshes.count += 1;
        await row.save({
          refreshToken: issued.refreshToken ?? current.refreshToken,
          accessToken: issued.accessToken,
          accessExpiresAt: issued.expiresAt,
          failure: null,
        });
        return { tokens: issued };
      } catch (err) {
        if (!(err instanceof MailAuthError) || !err.permanent) throw err;
        await row.save({ accessToken: null, accessExpiresAt: null, failure: err.message });
        if (current.failure === null) await this.onOutage?.(row.tx, err);
        return { error: err, refreshToken: current.refreshToken };
      }
    });
    if ('error' in outcome) {
      this.held = null;
      this.refusal = { error: outcome.error, refreshToken: outcome.refreshToken };
      throw outcome.error;
    }
    return this.hold(outcome.tokens);
  }
}
