-- Up Migration
-- PickrTech's Instagram integration: the data a deletion request erases.

CREATE TABLE ig_accounts (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ig_user_id    text NOT NULL UNIQUE,          -- Instagram's account id
  username      text NOT NULL,                 -- Instagram handle, without @
  display_name  text,
  connected_at  timestamptz NOT NULL DEFAULT now(),
  legal_hold    boolean NOT NULL DEFAULT false  -- kept by a deletion while true
);
CREATE UNIQUE INDEX ig_accounts_username_key ON ig_accounts (lower(username));

CREATE TABLE ig_access_tokens (
  id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id            bigint NOT NULL REFERENCES ig_accounts (id),
  access_token          text NOT NULL,
  token_type            text NOT NULL DEFAULT 'long_lived',
  authorization_status  text NOT NULL
    CHECK (authorization_status IN ('authorized', 'expired', 'revoked')),
  scopes                text[] NOT NULL DEFAULT '{}',
  expires_at            timestamptz,
  created_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ig_access_tokens_account ON ig_access_tokens (account_id);

CREATE TABLE ig_publishing_logs (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id  bigint NOT NULL REFERENCES ig_accounts (id),
  media_id    text,
  status      text NOT NULL CHECK (status IN ('scheduled', 'published', 'failed')),
  message     text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ig_publishing_logs_account ON ig_publishing_logs (account_id);

CREATE TABLE ig_error_logs (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id  bigint REFERENCES ig_accounts (id),
  error_code  text,
  message     text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ig_error_logs_account ON ig_error_logs (account_id);
