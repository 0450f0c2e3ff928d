-- Up Migration
-- Handles are ASCII ([a-z0-9._]), so a mention is matched with ASCII case folding whatever
-- the database's collation: under a Turkish or Azeri collation lower('ALICE') is 'alıce',
-- and the 0010 indexes (and pg_trgm, which folds case by the database's collation) could
-- not find '@ALICE' from 'alice'. These indexes hold the text folded by the "C" collation,
-- which lowers A-Z only; src/deletion/run-plan.ts asks for exactly that expression.
-- Like 0010, each build holds writes to its table while it runs: upgrade in a quiet hour.
DROP INDEX IF EXISTS ig_publishing_logs_message_trgm;
DROP INDEX IF EXISTS ig_error_logs_message_trgm;
CREATE INDEX IF NOT EXISTS ig_publishing_logs_message_ascii_trgm ON ig_publishing_logs USING gin ((lower(message COLLATE "C")) gin_trgm_ops);
CREATE INDEX IF NOT EXISTS ig_error_logs_message_ascii_trgm ON ig_error_logs USING gin ((lower(message COLLATE "C")) gin_trgm_ops);
