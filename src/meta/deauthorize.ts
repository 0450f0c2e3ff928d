import { inTransaction, type Pool, type Queryable } from '../db/pool.js';
import type { DeletionPlan } from '../deletion/deletion-plan.js';
import { accountForMetaUser } from './meta-account.js';
import { planDatabase, type PlanDatabaseDeps } from '../deletion/plan-database.js';
import type { Logger } from '../log/logger.js';
import { recordCallback } from './open-meta-request.js';

/** Said when a user removed the app and the plan has no way to revoke their tokens. */
export const NO_REVOCATION_LOG =
  'Meta deauthorize callback: the deletion plan has no "deauthorize" entry, so no token was marked revoked; add one to the plan (docs/DELETION.md) to revoke tokens when a user removes the app';

export type DeauthorizeDeps = PlanDatabaseDeps & { pool: Pool; log: Logger; plan: DeletionPlan; now: () => Date };

/**
 * Meta's deauthorize callback: the user removed the app. At once, without approval, every
 * stored token of that account is marked revoked as the plan's `deauthorize` entry says, so
 * nothing publishes for it again; without that entry nothing is revoked and the log says so.
 * The callback is recorded (also for an unknown user id). No request is opened: deleting the
 * data is the data-deletion callback's business.
 */
export async function deauthorizeMetaUser(deps: DeauthorizeDeps, userId: string): Promise<{ accountFound: boolean; tokensRevoked: number }> {
  const revoke = deps.plan.deauthorize;
  const result = await inTransaction(deps.pool, async (tx) => {
    const db = planDatabase(deps, tx);
    const account = await accountForMetaUser(db, deps.plan, userId);
    const tokensRevoked = account && revoke ? await revokeTokens(db, revoke, account.id) : 0;
    await recordCallback(tx, deps.now(), userId, account !== null, null, { tokensRevoked }, 'deauthorize');
    return { accountFound: account !== null, tokensRevoked };
  });
  if (!revoke) deps.log.warn({ component: 'meta', accountFound: result.accountFound }, NO_REVOCATION_LOG);
  deps.log.info({ component: 'meta', ...result }, 'Meta deauthorize callback');
  return result;
}

/** Marks the account's rows revoked; rows already so are left alone, so a repeated callback changes nothing. */
async function revokeTokens(db: Queryable, r: NonNullable<DeletionPlan['deauthorize']>, accountId: unknown): Promise<number> {
  const res = await db.query(
    `UPDATE ${r.table} SET ${r.statusColumn} = $2 WHERE ${r.accountColumn} = $1 AND ${r.statusColumn} IS DISTINCT FROM $2`,
    [accountId, r.revokedValue],
  );
  return res.rowCount ?? 0;
}
