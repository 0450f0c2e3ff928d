import { loadConfig } from '../../config/config.js';
import { runMigrations } from '../../db/migrate.js';

export async function migrateCommand(): Promise<number> {
  const config = loadConfig(process.env, ['database']);
  const { applied } = await runMigrations(config.database.DATABASE_URL);
  process.stdout.write(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}\n` : 'Database is up to date.\n');
  return 0;
}
