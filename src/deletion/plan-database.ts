import type { BotContext } from '../app/context.js';
import type { Queryable } from '../db/pool.js';

/**
 * Where the deletion plan's tables are read: the application database (APP_DATABASE_URL)
 * when it is another than the bot's, else the bot's own transaction `tx`, so that in one
 * database the inventory, a Meta callback's account lookup and the deletion see the plan's
 * tables in the same transaction as the request.
 */
export function planDatabase(ctx: Pick<BotContext, 'appPool'>, tx: Queryable): Queryable {
  return ctx.appPool ?? tx;
}
