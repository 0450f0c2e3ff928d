-- Up Migration
-- The mailbox's OAuth2 tokens (MAIL_AUTH=oauth2, src/mail-auth/): the refresh token a login
-- or the last refresh left (providers rotate it, so every refresh may replace it) and the
-- access token issued with it, both sealed with AES-256-GCM under OAUTH_TOKEN_KEY (never
-- stored in clear). Several processes share one row per mailbox: whoever refreshes holds
-- the row lock (SELECT ... FOR UPDATE), and the others take the access token it stored.
-- `failure` is the last refresh's refusal (e.g. the refresh token was revoked), cleared by
-- the next success or a new login.
-- Lock cost: a new, empty table; nothing else is touched.
CREATE TABLE mail_oauth_tokens (
  mailbox text PRIMARY KEY,
  refresh_token_sealed text,
  access_token_sealed text,
  access_expires_at timestamptz,
  failure text,
  updated_at timestamptz NOT NULL DEFAULT now()
);
