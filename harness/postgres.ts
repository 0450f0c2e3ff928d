// A fresh, migrated database per test file: a copy of the run's template database.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { withBotSearchPath } from '../src/db/pool.js';
import { migrateWithSampleSchema } from './sample-database.js';
import { dropDatabase, quoteIdent, testDatabasePrefix, urlFor, withAdmin } from './pg-admin.js';

export interface TestDatabase {
  url: string;
  name: string;
  /** A pool on the test database, ended by drop(). */
  pool: pg.Pool;
  /** Ends every connection to the database, then drops it. */
  drop(): Promise<void>;
}

const OBJECT_IN_USE = '55006';

export interface TestDatabaseOptions {
  /**
   * An ICU locale for the database's default collation (e.g. 'tr-TR'): the database is then
   * created empty and migrated, as an operator's would be, instead of copied from the template.
   */
  icuLocale?: string;
  /**
   * 'SQL_ASCII': the database is created empty in that encoding with the C locale and migrated,
   * as an initdb without a UTF-8 locale makes it (some container images do).
   */
  encoding?: 'SQL_ASCII';
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const template = inject('pgTemplate');
  if (!template) throw new Error('no pgTemplate: run through vitest with tests/support/global-setup.ts as globalSetup');
  const name = `${testDatabasePrefix(template)}${randomBytes(5).toString('hex')}`;
  if (options.icuLocale) await createMigrated(name, options.icuLocale);
  else if (options.encoding) await createMigratedAscii(name);
  else await copyTemplate(name, template);
  const url = urlFor(name);
  const pool = new pg.Pool({ connectionString: withBotSearchPath(url), max: 5 });
  pool.on('error', () => {}); // connections we terminate in drop() must not crash the worker
  return {
    url,
    name,
    pool,
    async drop() {
      await pool.end().catch(() => {});
      await withAdmin((admin) => dropDatabase(admin, name));
    },
  };
}

/** A copy of the run's migrated template. */
async function copyTemplate(name: string, template: string): Promise<void> {
  await withAdmin(async (admin) => {
    // Another file copying the same template at the same moment can make Postgres refuse
    // with "source database is being accessed by other users"; that passes in a moment.
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`);
        return;
      } catch (err) {
        if ((err as { code?: string }).code !== OBJECT_IN_USE || attempt >= 20) throw err;
        await new Promise((r) => setTimeout(r, 100 * attempt));
      }
    }
  });
}

/** An empty database whose default collation is the ICU locale `icuLocale`, then migrated. */
async function createMigratedAscii(name: string): Promise<void> {
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${quoteIdent(name)} ENCODING 'SQL_ASCII' LOCALE 'C' TEMPLATE template0`));
  await migrateWithSampleSchema(urlFor(name));
}

async function createMigrated(name: string, icuLocale: string): Promise<void> {
  const locale = icuLocale.replace(/'/g, "''");
  await withAdmin((admin) =>
    admin.query(`CREATE DATABASE ${quoteIdent(name)} LOCALE_PROVIDER icu ICU_LOCALE '${locale}' LOCALE 'C.UTF-8' TEMPLATE template0`),
  );
  await migrateWithSampleSchema(urlFor(name));
}
