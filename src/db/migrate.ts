import pg from 'pg';
import { PG_MIGRATE_LOCK_ID, runner } from 'node-pg-migrate';
import { SQL_DIR } from '../package-root.js';
import { BOT_SCHEMA } from './pool.js';

/** Folder holding the numbered plain-SQL migrations (`sql/0001_*.sql`, ...). */
export const MIGRATIONS_DIR = SQL_DIR;

/** node-pg-migrate's record of the migrations applied, in the bot's schema. */
export const MIGRATIONS_TABLE = 'schema_migrations';

export interface MigrationResult {
  applied: string[];
}

/**
 * Applies every pending migration in `sql/`, each in its own transaction, under
 * node-pg-migrate's advisory lock so two processes starting together cannot race.
 * Re-running when nothing is pending is a no-op. The migrations run with the bot's
 * schema first in the search_path, so the tables they create are the bot's; the record
 * of them is kept there too.
 */
export async function runMigrations(databaseUrl: string): Promise<MigrationResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', () => {});
  await client.connect();
  try {
    // The same lock as the runner's, held on this session around it (the runner's own take of
    // it on this session nests): nothing else migrates between the move below and the runner.
    await client.query(`SELECT pg_advisory_lock(${PG_MIGRATE_LOCK_ID})`);
    await prepareBotSchema(client);
    const ran = await runner({
      dbClient: client,
      dir: MIGRATIONS_DIR,
      schema: [BOT_SCHEMA, 'public'],
      migrationsSchema: BOT_SCHEMA,
      migrationsTable: MIGRATIONS_TABLE,
      direction: 'up',
      checkOrder: true,
      // sql/ also holds the deletion plan (JSON); only numbered .sql files are migrations.
      ignorePattern: '\\..*|.*\\.json',
      log: () => {},
    });
    return { applied: ran.map((m) => m.name) };
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Creates the bot's schema and, on an install made before it existed, moves the migrations'
 * record into it (its tables follow in sql/0016_bot_schema.sql). Catalog changes only: they
 * take a moment whatever the tables hold.
 */
async function prepareBotSchema(client: pg.Client): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${BOT_SCHEMA}`);
    const { rows } = await client.query(
      `SELECT to_regclass('public.${MIGRATIONS_TABLE}') IS NOT NULL AS old, to_regclass('${BOT_SCHEMA}.${MIGRATIONS_TABLE}') IS NOT NULL AS new`,
    );
    if (rows[0].old && !rows[0].new) await client.query(`ALTER TABLE public.${MIGRATIONS_TABLE} SET SCHEMA ${BOT_SCHEMA}`);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  }
}
