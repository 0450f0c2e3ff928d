import type { BotContext } from '../app/context.js';
import { inTransaction } from '../db/pool.js';
import { accountForMetaUser } from './meta-account.js';
import { planDatabase } from '../deletion/plan-database.js';
import { recordCallback } from './open-meta-request.js';

/**
 * Meta's deauthorize callback: the user removed the app. At once, without approval, every
 * stored token of that account is marked `revoked`, so nothing publishes for it again; the
 * callback is recorded (also for an unknown user id). No request is opened: deleting the
 * data is the data-deletion callback's business.
 */
export async function deauthorizeMetaUser(ctx: BotContext, userId: string): Promise<{ accountFound: boolean; tokensRevoked: number }> {
  const result = await inTransaction(ctx.pool, async (tx) => {
    const account = await accountForMetaUser(planDatabase(ctx, tx), ctx.plan, userId);
    let tokensRevoked = 0;
    if (account) {
      const res = await planDatabase(ctx, tx).query(
        `UPDATE ig_access_tokens SET authorization_status = 'revoked' WHERE account_id = $1 AND authorization_status <> 'revoked'`,
        [account.id],
      );
      tokensRevoked = res.rowCount ?? 0;
    }
    await recordCallback(tx, ctx.now(), userId, account !== null, null, { tokensRevoked }, 'deauthorize');
    return { accountFound: account !== null, tokensRevoked };
  });
  ctx.log.info({ component: 'meta', ...result }, 'Meta deauthorize callback');
  return result;
}
