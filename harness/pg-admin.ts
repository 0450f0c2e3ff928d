// Names and admin connections for the per-run template database and per-file test databases.
import pg from 'pg';

export const ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** `dbot_tpl_<run>`: migrated once per test run. */
export function templateName(run: string): string {
  return `dbot_tpl_${run}`;
}

/** Test databases of one run are `dbot_<run>_t_<random>`, so teardown can find leftovers. */
export function testDatabasePrefix(template: string): string {
  return `${template.replace(/^dbot_tpl_/, 'dbot_')}_t_`;
}

/** The admin URL pointing at another database of the same server. */
export function urlFor(database: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Runs `fn` with a short-lived admin client. */
export async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await client.connect();
  } catch (err) {
    throw new Error(`cannot reach the test Postgres at ${ADMIN_URL} (set TEST_PG_ADMIN_URL): ${String(err)}`, { cause: err });
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Ends other sessions on `database`, then drops it. */
export async function dropDatabase(client: pg.Client, database: string): Promise<void> {
  await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [
    database,
  ]);
  await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)}`);
}
