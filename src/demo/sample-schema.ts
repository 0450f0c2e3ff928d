import { inTransaction, type Pool } from '../db/pool.js';

/**
 * The demo's sample schema: an Instagram integration's tables, shaped as the shipped deletion
 * plan (sql/deletion-plan.json) expects them. Only `seed-demo`, the demo and the tests make it;
 * `migrate` never does (the bot's own tables are in its schema, the data it deletes is the
 * application's). An install whose migration 0001 made these tables keeps them as they are.
 * Every statement may run again: what exists is left alone.
 */
export const SAMPLE_TABLES = ['ig_accounts', 'ig_access_tokens', 'ig_publishing_logs', 'ig_error_logs'] as const;

const SAMPLE_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS ig_accounts (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ig_user_id    text NOT NULL UNIQUE,          -- Instagram's account id
  username      text NOT NULL,                 -- Instagram handle, without @
  display_name  text,
  connected_at  timestamptz NOT NULL DEFAULT now(),
  legal_hold    boolean NOT NULL DEFAULT false  -- kept by a deletion while true
);
CREATE UNIQUE INDEX IF NOT EXISTS ig_accounts_username_key ON ig_accounts (lower(username));
-- The plan finds the account by its username lowered in ASCII (src/deletion/run-plan.ts).
CREATE INDEX IF NOT EXISTS ig_accounts_username_ascii ON ig_accounts ((lower(username COLLATE "C")));

CREATE TABLE IF NOT EXISTS ig_access_tokens (
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
CREATE INDEX IF NOT EXISTS ig_access_tokens_account ON ig_access_tokens (account_id);

CREATE TABLE IF NOT EXISTS ig_publishing_logs (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id  bigint NOT NULL REFERENCES ig_accounts (id),
  media_id    text,
  status      text NOT NULL CHECK (status IN ('scheduled', 'published', 'failed')),
  message     text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS ig_publishing_logs_account ON ig_publishing_logs (account_id);

CREATE TABLE IF NOT EXISTS ig_error_logs (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id  bigint REFERENCES ig_accounts (id),
  error_code  text,
  message     text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS ig_error_logs_account ON ig_error_logs (account_id);

-- Mentions are looked for by the handle's letters in the text lowered in ASCII (docs/DELETION.md).
CREATE INDEX IF NOT EXISTS ig_publishing_logs_message_ascii_trgm ON ig_publishing_logs USING gin ((lower(message COLLATE "C")) gin_trgm_ops);
CREATE INDEX IF NOT EXISTS ig_error_logs_message_ascii_trgm ON ig_error_logs USING gin ((lower(message COLLATE "C")) gin_trgm_ops);
`;

/**
 * Makes the sample schema in the database `pool` reaches, in its public schema, with the
 * pg_trgm extension its mention indexes use (shipped with Postgres; a database's owner may
 * create it). Two callers at once are taken one after the other.
 */
export async function createSampleSchema(pool: Pool): Promise<void> {
  await inTransaction(pool, async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('deletion-bot:sample-schema'))`);
    await tx.query('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public');
    // The extension may have been installed in a schema of its own before: its operator classes are found there.
    const { rows } = await tx.query(`SELECT extnamespace::regnamespace::text AS schema FROM pg_extension WHERE extname = 'pg_trgm'`);
    const trgm = rows[0].schema as string;
    await tx.query(`SET LOCAL search_path TO public${trgm === 'public' ? '' : `, ${trgm}`}`);
    await tx.query(SAMPLE_SCHEMA_SQL);
  });
}
