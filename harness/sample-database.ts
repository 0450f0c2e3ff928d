// The test databases hold the bot's schema (migrated) and the demo's sample schema (the ig_*
// tables the shipped deletion plan names), made as seed-demo makes it: migrate never does.
import pg from 'pg';
import { runMigrations } from '../src/db/migrate.js';
import { createSampleSchema } from '../src/demo/sample-schema.js';

/** Makes the sample schema in the database at `url`. */
export async function addSampleSchema(url: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    await createSampleSchema(pool);
  } finally {
    await pool.end();
  }
}

/** Migrates the database at `url`, then makes the sample schema in it: one database, as the demo runs. */
export async function migrateWithSampleSchema(url: string): Promise<void> {
  await runMigrations(url);
  await addSampleSchema(url);
}
