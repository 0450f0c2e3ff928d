import pg from 'pg';
import { prepareRepeatedStatements } from './prepared-statements.js';

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;
/**
 * Anything that runs a query: the pool or a client inside a transaction. On the bot's pools,
 * `query(text, values)` with values is a prepared statement and `query(plannedEachRun(...))`
 * is planned on every run (src/db/prepared-statements.ts says the whole rule).
 */
export type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

/** The schema that holds the bot's own tables (sql/0016_bot_schema.sql). */
export const BOT_SCHEMA = 'deletion_bot';

/**
 * What the bot's connections look in: its own schema first, then public (where an install of
 * one database keeps the deletion plan's tables, unless the plan names their schema).
 */
export const BOT_SEARCH_PATH = `${BOT_SCHEMA},public`;

/**
 * `databaseUrl` with the bot's search_path as a startup option (`options=-c search_path=…`), so
 * every connection made from it, a pool's or a single client's, finds the bot's tables without
 * a round trip. A URL that sets search_path in its own `options` is the operator's choice and
 * kept as it is; other options it gives are kept beside ours. A pooler in transaction mode that
 * drops startup options needs the role's default instead (docs/DELETION.md).
 */
export function withBotSearchPath(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  const given = url.searchParams.get('options') ?? '';
  if (given.includes('search_path')) return databaseUrl;
  url.searchParams.set('options', `${given} -c search_path=${BOT_SEARCH_PATH}`.trim());
  return url.toString();
}

export interface PoolOptions {
  /** DATABASE_PREPARED_STATEMENTS (src/db/prepared-statements.ts). */
  preparedStatements?: boolean;
  /** Connections look in the bot's schema first ({@link withBotSearchPath}); false for the application database. */
  botSchema?: boolean;
}

export function createPool(databaseUrl: string, max = 10, { preparedStatements = true, botSchema = true }: PoolOptions = {}): pg.Pool {
  const connectionString = botSchema ? withBotSearchPath(databaseUrl) : databaseUrl;
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 10_000 });
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

/** The `database` section of the config, as far as the pools need it. */
export interface DatabaseSettings {
  DATABASE_URL: string;
  APP_DATABASE_URL?: string | undefined;
  DATABASE_PREPARED_STATEMENTS: boolean;
}

/** The pool for the bot's own database (DATABASE_URL). */
export function databasePool(database: DatabaseSettings, max?: number): pg.Pool {
  return createPool(database.DATABASE_URL, max, { preparedStatements: database.DATABASE_PREPARED_STATEMENTS });
}

/** Where the deletion plan's tables are: APP_DATABASE_URL, or the bot's own database. */
export function appDatabaseUrl(database: DatabaseSettings): string {
  return database.APP_DATABASE_URL ?? database.DATABASE_URL;
}

/**
 * True when the plan's tables are reached through a URL of their own: the deletion then commits
 * there and the bot records it after, in its own database (src/deletion/carry-out-deletion.ts).
 */
export function separateAppDatabase(database: DatabaseSettings): boolean {
  return appDatabaseUrl(database) !== database.DATABASE_URL;
}

/**
 * A pool on the application database, with its role's own search_path: the plan's unqualified
 * table names resolve there as PickrTech's application sees them.
 */
export function appDatabasePool(database: DatabaseSettings, max?: number): pg.Pool {
  return createPool(appDatabaseUrl(database), max, { preparedStatements: database.DATABASE_PREPARED_STATEMENTS, botSchema: false });
}

/** Runs `fn` in one transaction: committed when it returns, rolled back when it throws. */
export async function inTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    return await inClientTransaction(client, fn);
  } finally {
    client.release();
  }
}

/** Runs `fn` in one transaction on a client the caller holds (and releases). */
export async function inClientTransaction<T>(client: pg.PoolClient, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  }
}
