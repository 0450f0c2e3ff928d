import type { Queryable } from '../db/pool.js';
import type { DeletionPlan } from '../deletion/deletion-plan.js';

/**
 * The connected account a Meta callback names, by the app-scoped Instagram user id in the
 * deletion plan's `account.userIdColumn`. Without that column no callback matches an account.
 */
export async function accountForMetaUser(db: Queryable, plan: DeletionPlan, userId: string): Promise<{ id: unknown; username: string } | null> {
  const a = plan.account;
  if (!a.userIdColumn) return null;
  const { rows } = await db.query(
    `SELECT ${a.idColumn} AS id, ${a.usernameColumn} AS username FROM ${a.table} WHERE ${a.userIdColumn} = $1`,
    [userId],
  );
  return rows[0] ? { id: rows[0].id, username: String(rows[0].username) } : null;
}
