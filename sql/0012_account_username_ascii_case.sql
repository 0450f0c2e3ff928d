-- Up Migration
-- The deletion plan finds the account by its username in ASCII case, as it matches mentions
-- (0011): under a Turkish or Azeri collation lower('ALICE') is 'alıce', so an account stored as
-- 'ALICE' was not found from a request for 'alice'. src/deletion/run-plan.ts compares
-- lower(username COLLATE "C"); this index serves that lookup. The build holds writes to
-- ig_accounts while it runs (one row per connected account: a short while).
-- Only where the sample table exists, as in 0010.
DO $$
BEGIN
  IF to_regclass('public.ig_accounts') IS NULL THEN
    RETURN;
  END IF;
  CREATE INDEX IF NOT EXISTS ig_accounts_username_ascii ON public.ig_accounts ((lower(username COLLATE "C")));
END
$$;

-- Down Migration
DROP INDEX IF EXISTS public.ig_accounts_username_ascii;
