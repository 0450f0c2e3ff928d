import { loadConfig } from '../../config/config.js';
import { appDatabasePool } from '../../db/pool.js';
import { seedDemoData, type SeededRows } from '../../demo/seed-demo-data.js';

/** One line per account added (its handle and the rows per table), so the operator knows which handles to ask about. */
export function seedReport(added: readonly SeededRows[]): string {
  const accounts = added.filter((a) => a.username !== null).length;
  if (added.length === 0) return 'Demo data already present.\n';
  const lines = added.map((a) => {
    const who = a.username === null ? 'no account' : `@${a.username}`;
    return `  ${who.padEnd(15)} ${Object.entries(a.rows).map(([table, n]) => `${table} ${n}`).join(', ')}`;
  });
  return `Seeded ${accounts} demo Instagram account(s) with tokens and logs:\n${lines.join('\n')}\n`;
}

export async function seedDemoCommand(): Promise<number> {
  const config = loadConfig(process.env, ['database']);
  const pool = appDatabasePool(config.database, 2);
  try {
    process.stdout.write(seedReport(await seedDemoData(pool)));
    return 0;
  } finally {
    await pool.end();
  }
}
