import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMigrations } from '../../src/db/migrate.js';
import { createAppDatabase, type AppDatabase } from '../support/app-database.js';
import { runCli } from '../../harness/bot-process.js';
import { dropDatabase, quoteIdent, urlFor, withAdmin } from '../../harness/pg-admin.js';
import { freePort } from '../../harness/ports.js';

/**
 * The application database as an operator meets it: `seed-demo` makes the sample tables where
 * APP_DATABASE_URL points (migrate never does), and `doctor` and `start` check the deletion
 * plan against that database, saying what to fix.
 */

let botUrl: string;
let emptyAppUrl: string;
let app: AppDatabase;
const made: string[] = [];

async function database(migrated: boolean): Promise<string> {
  const name = `dbot_appcli_${randomBytes(4).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${quoteIdent(name)}`));
  made.push(name);
  if (migrated) await runMigrations(urlFor(name));
  return urlFor(name);
}

async function tables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT schemaname || '.' || tablename AS t FROM pg_tables WHERE tablename LIKE 'ig\\_%' ORDER BY 1`);
    return rows.map((r) => r.t as string);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  botUrl = await database(true);
  emptyAppUrl = await database(false);
  app = await createAppDatabase();
});

afterAll(async () => {
  await app?.drop();
  await withAdmin(async (admin) => {
    for (const name of made) await dropDatabase(admin, name);
  });
});

describe('the application database from the command line', () => {
  it('migrate makes no sample table; seed-demo makes them where APP_DATABASE_URL points, and doctor finds the plan fits', async () => {
    expect(await tables(botUrl)).toEqual([]);
    const env = { DATABASE_URL: botUrl, APP_DATABASE_URL: emptyAppUrl };
    const seeded = await runCli(['seed-demo'], env);
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(seeded.stdout).toMatch(/Seeded 4 demo Instagram account\(s\)/);
    expect(await tables(botUrl)).toEqual([]);
    expect(await tables(emptyAppUrl)).toEqual(['public.ig_access_tokens', 'public.ig_accounts', 'public.ig_error_logs', 'public.ig_publishing_logs']);

    const doctor = await runCli(['doctor'], env);
    expect(doctor.stdout).toMatch(/^Plan\s+OK\s+4 tables and 6 steps fit the application database \(APP_DATABASE_URL\): columns, indexes and privileges$/m);
  });

  it('doctor names what the application database lacks for the plan', async () => {
    const r = await runCli(['doctor'], { DATABASE_URL: botUrl, APP_DATABASE_URL: app.roleUrl });
    expect(r.code).not.toBe(0);
    expect(r.stdout).toMatch(/^Plan\s+FAIL\s+the deletion plan does not fit the application database \(APP_DATABASE_URL\)/m);
    expect(r.stdout).toContain('table ig_accounts (account.table, step "account") is not in this database (looked for in the search_path): create it, or correct the name in the deletion plan');
  });

  it('start refuses to run with a plan that does not fit, naming what to fix', async () => {
    const r = await runCli(['start'], {
      DATABASE_URL: botUrl, APP_DATABASE_URL: app.roleUrl, REDIS_URL: 'redis://127.0.0.1:6379', HTTP_PORT: String(await freePort()),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot start: the deletion plan does not fit the application database (APP_DATABASE_URL):');
    expect(r.stderr).toContain('table ig_access_tokens (step "access_tokens", deauthorize.table) is not in this database');
  });
});
