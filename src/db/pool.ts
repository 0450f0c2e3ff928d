import pg from 'pg';
import { prepareRepeatedStatements } from './prepared-statements.js';

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;
/** Anything that runs a query: the pool or a client inside a transaction. */
export type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

/** `preparedStatements`: DATABASE_PREPARED_STATEMENTS (src/db/prepared-statements.ts). */
export function createPool(databaseUrl: string, max = 10, { preparedStatements = true } = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max, connectionTimeoutMillis: 10_000 });
  // An idle client that loses its server emits here; without a listener the process dies.
  pool.on('error', () => {});
  // A client lent out (a transaction between two queries) is not covered by that listener: when
  // the server ends its session (a restart) the error would be thrown from the socket and end
  // the process. The query in flight, or the next one, still fails and is retried by its caller.
  pool.on('connect', (client) => {
    client.on('error', () => {});
    if (preparedStatements) prepareRepeatedStatements(client);
  });
  return pool;
}

/** The pool for the configured database (the `database` section of the config). */
export function databasePool(database: { DATABASE_URL: string; DATABASE_PREPARED_STATEMENTS: boolean }, max?: number): pg.Pool {
  return createPool(database.DATABASE_URL, max, { preparedStatements: database.DATABASE_PREPARED_STATEMENTS });
}

/** Runs `fn` in one transaction: committed when it returns, rolled back when it throws. */
export async function inTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
