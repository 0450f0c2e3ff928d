import type { Pool, Queryable } from '../db/pool.js';

/** The application database's pool when it is another than the bot's (APP_DATABASE_URL); absent: the bot's own. */
export interface PlanDatabaseDeps {
  appPool?: Pool;
}

/**
 * Where the deletion plan's tables are read: the application database (APP_DATABASE_URL)
 * when it is another than the bot's, else the bot's own transaction `tx`, so that in one
 * database the inventory, a Meta callback's account lookup and the deletion see the plan's
 * tables in the same transaction as the request.
 */
export function planDatabase(deps: PlanDatabaseDeps, tx: Queryable): Queryable {
  return deps.appPool ?? tx;
}
