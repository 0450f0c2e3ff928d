-- Up Migration
-- Mentions of a deleted user's handle in other accounts' log messages are counted, erased and
-- checked again for every request. Without an index each of those reads every row of both
-- log tables; with a trigram index Postgres reads only the rows holding the handle's letters
-- (src/deletion/run-plan.ts asks for them with ILIKE before the exact pattern). pg_trgm ships
-- with Postgres and is a trusted extension: the database's owner may create it.
-- On a large existing table the index build holds writes to it for its duration: run this
-- migration in a quiet hour.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS ig_publishing_logs_message_trgm ON ig_publishing_logs USING gin (message gin_trgm_ops);
CREATE INDEX IF NOT EXISTS ig_error_logs_message_trgm ON ig_error_logs USING gin (message gin_trgm_ops);
