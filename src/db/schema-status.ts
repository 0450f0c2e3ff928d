import { readdirSync } from 'node:fs';
import { MIGRATIONS_DIR, MIGRATIONS_TABLE } from './migrate.js';
import { BOT_SCHEMA, type Queryable } from './pool.js';

/** Names of the numbered migrations shipped in sql/. */
export function migrationNames(): string[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d+.*\.sql$/.test(f))
    .map((f) => f.replace(/\.sql$/, ''))
    .sort();
}

/**
 * Migrations shipped with this version that the database has not applied. Their record is in
 * the bot's schema, or still in public on an install that has not yet run migration 0016.
 */
export async function pendingMigrations(db: Queryable): Promise<string[]> {
  const { rows } = await db.query(
    `SELECT coalesce(to_regclass('${BOT_SCHEMA}.${MIGRATIONS_TABLE}'), to_regclass('public.${MIGRATIONS_TABLE}'))::text AS record`,
  );
  const record = rows[0].record as string | null;
  const applied = record
    ? new Set((await db.query(`SELECT name FROM ${record}`)).rows.map((r) => r.name as string))
    : new Set<string>();
  return migrationNames().filter((n) => !applied.has(n));
}
