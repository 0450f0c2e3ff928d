-- The least-privilege role of grants.sql logs in over the network with this password
-- (APP_DATABASE_URL in tests/compose/compose-stack.ts).
ALTER ROLE deletion_bot_app PASSWORD 'app-role-password';
