-- Up Migration
-- Mentions of a deleted user's handle in other accounts' log messages are counted, erased and
-- checked again for every request. Without an index each of those reads every row of both
-- log tables; with a trigram index Postgres reads only the rows holding the handle's letters
-- (src/deletion/run-plan.ts asks for them with ILIKE before the exact pattern). pg_trgm ships
-- with Postgres and is a trusted extension: the database's owner may create it.
-- On a large existing table the index build holds writes to it for its duration: run this
-- migration in a quiet hour.
-- Only where the sample tables exist (an install that migration 0001 made them for): a new install
-- has none, and the migrations touch no table of the application's (src/demo/sample-schema.ts
-- makes the sample's indexes itself).
DO $$
BEGIN
  IF to_regclass('public.ig_publishing_logs') IS NULL OR to_regclass('public.ig_error_logs') IS NULL THEN
    RETURN;
  END IF;
  CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
  CREATE INDEX IF NOT EXISTS ig_publishing_logs_message_trgm ON public.ig_publishing_logs USING gin (message gin_trgm_ops);
  CREATE INDEX IF NOT EXISTS ig_error_logs_message_trgm ON public.ig_error_logs USING gin (message gin_trgm_ops);
END
$$;
