import { readdirSync } from 'node:fs';
import type { Queryable } from './pool.js';
import { MIGRATIONS_DIR } from './migrate.js';

/** Names of the numbered migrations shipped in sql/. */
export function migrationNames(): string[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d+.*\.sql$/.test(f))
    .map((f) => f.replace(/\.sql$/, ''))
    .sort();
}

/** Migrations shipped with this version that the database has not applied. */
export async function pendingMigrations(db: Queryable): Promise<string[]> {
  const { rows } = await db.query(`SELECT to_regclass('public.schema_migrations') IS NOT NULL AS present`);
  const applied = rows[0].present
    ? new Set((await db.query('SELECT name FROM schema_migrations')).rows.map((r) => r.name as string))
    : new Set<string>();
  return migrationNames().filter((n) => !applied.has(n));
}
