import { runner } from 'node-pg-migrate';
import { SQL_DIR } from '../package-root.js';

/** Folder holding the numbered plain-SQL migrations (`sql/0001_*.sql`, ...). */
export const MIGRATIONS_DIR = SQL_DIR;

export interface MigrationResult {
  applied: string[];
}

/**
 * Applies every pending migration in `sql/`, each in its own transaction, under
 * node-pg-migrate's advisory lock so two processes starting together cannot race.
 * Re-running when nothing is pending is a no-op.
 */
export async function runMigrations(databaseUrl: string): Promise<MigrationResult> {
  const ran = await runner({
    databaseUrl,
    dir: MIGRATIONS_DIR,
    migrationsTable: 'schema_migrations',
    direction: 'up',
    checkOrder: true,
    // sql/ also holds the deletion plan (JSON); only numbered .sql files are migrations.
    ignorePattern: '\\..*|.*\\.json',
    log: () => {},
  });
  return { applied: ran.map((m) => m.name) };
}
