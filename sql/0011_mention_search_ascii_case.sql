-- Up Migration
-- Handles are ASCII ([a-z0-9._]), so a handle is matched with ASCII case folding whatever the
-- database's collation: under a Turkish or Azeri collation lower('ALICE') is 'alıce', and the
-- 0010 indexes (and pg_trgm, which folds case by the database's collation) could not find
-- '@ALICE' from 'alice'. These indexes hold the text folded by the "C" collation, which lowers
-- A-Z only; src/deletion/run-plan.ts asks for exactly that expression.
-- The migration holds writes to the log tables from its first build until it commits; reads go
-- on meanwhile (through the 0010 indexes), as the old indexes are dropped last, just before the
-- commit. On large log tables, upgrade in a quiet hour.
-- Only where the sample tables exist, as in 0010.
DO $$
BEGIN
  IF to_regclass('public.ig_publishing_logs') IS NULL OR to_regclass('public.ig_error_logs') IS NULL THEN
    RETURN;
  END IF;
  CREATE INDEX IF NOT EXISTS ig_publishing_logs_message_ascii_trgm ON public.ig_publishing_logs USING gin ((lower(message COLLATE "C")) gin_trgm_ops);
  CREATE INDEX IF NOT EXISTS ig_error_logs_message_ascii_trgm ON public.ig_error_logs USING gin ((lower(message COLLATE "C")) gin_trgm_ops);
  DROP INDEX IF EXISTS public.ig_publishing_logs_message_trgm;
  DROP INDEX IF EXISTS public.ig_error_logs_message_trgm;
END
$$;
