import { loadConfig } from '../../config/config.js';
import { appDatabasePool } from '../../db/pool.js';
import { seedDemoData } from '../../demo/seed-demo-data.js';

export async function seedDemoCommand(): Promise<number> {
  const config = loadConfig(process.env, ['database']);
  const pool = appDatabasePool(config.database, 2);
  try {
    const added = await seedDemoData(pool);
    process.stdout.write(added ? `Seeded ${added} demo Instagram account(s) with tokens and logs.\n` : 'Demo data already present.\n');
    return 0;
  } finally {
    await pool.end();
  }
}
