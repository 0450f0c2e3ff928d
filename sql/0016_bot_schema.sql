-- Up Migration
-- The bot's own tables live in a schema of their own, `deletion_bot`, apart from the data it
-- deletes: in one database shared with PickrTech's application nothing of the bot's mixes with
-- the application's tables, and the deletion plan's tables (public, or the schema the plan names)
-- can never be taken for the bot's. The bot's connections look in `deletion_bot, public`
-- (src/db/pool.ts); `migrate` creates the schema and moves its own record (schema_migrations)
-- into it before this runs (src/db/migrate.ts).
-- On a new install the tables were made in deletion_bot already and nothing moves. On an
-- install made before, each table moves from public with its rows, indexes, constraints and
-- sequences: a catalog change, no row is copied or rewritten.
-- Lock cost: each table is locked against reads and writes until this commits, for the moment
-- the catalog change takes (well under a second, whatever the tables hold). Stop every bot
-- process before migrating: one still running looks for these tables in public and fails its
-- jobs (they are retried once it runs the new version).
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['mailbox_checkpoints', 'inbound_messages', 'reference_counters', 'requests',
                           'request_events', 'outbox', 'meta_callbacks', 'refused_attempts'] LOOP
    IF to_regclass(format('public.%I', t)) IS NOT NULL AND to_regclass(format('deletion_bot.%I', t)) IS NULL THEN
      EXECUTE format('ALTER TABLE public.%I SET SCHEMA deletion_bot', t);
    END IF;
  END LOOP;
END
$$;
