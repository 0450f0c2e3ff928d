import type { Queryable } from '../db/pool.js';
import type { DeletionPlan, PlanStep } from './deletion-plan.js';
import { mentionPattern } from './deletion-plan.js';
import type { Inventory, InventoryLine } from './inventory-types.js';

/**
 * Runs the deletion plan for one username, either counting (inventory, shown
 * to staff before approval; and verification afterwards) or erasing. Both
 * read the same plan, so staff approve exactly what is then deleted.
 */

interface Account {
  id: unknown;
  legalHold: boolean;
}

async function findAccount(db: Queryable, plan: DeletionPlan, username: string): Promise<Account | null> {
  const a = plan.account;
  const hold = a.legalHoldColumn ?? 'false';
  const { rows } = await db.query(
    `SELECT ${a.idColumn} AS id, ${hold} AS hold FROM ${a.table} WHERE lower(${a.usernameColumn}) = lower($1)`,
    [username],
  );
  return rows[0] ? { id: rows[0].id, legalHold: rows[0].hold === true } : null;
}

/** WHERE clause and parameters selecting the rows one step touches. */
function stepScope(step: PlanStep, account: Account | null, username: string): { where: string; params: unknown[] } | null {
  if (step.action === 'delete') {
    if (!account || account.legalHold) return null;
    return { where: `${step.accountColumn} = $1`, params: [account.id] };
  }
  // Redaction: rows of *other* accounts (or of none) whose text mentions the username.
  const mentions = step.columns.map((c) => `${c} ~* $1`).join(' OR ');
  if (account && !account.legalHold) {
    return { where: `${step.accountColumn} IS DISTINCT FROM $2 AND (${mentions})`, params: [mentionPattern(username), account.id] };
  }
  return { where: `(${mentions})`, params: [mentionPattern(username)] };
}

async function countStep(db: Queryable, step: PlanStep, account: Account | null, username: string): Promise<number> {
  const scope = stepScope(step, account, username);
  if (!scope) return 0;
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM ${step.table} WHERE ${scope.where}`, scope.params);
  return rows[0].n as number;
}

async function eraseStep(db: Queryable, plan: DeletionPlan, step: PlanStep, account: Account | null, username: string): Promise<number> {
  const scope = stepScope(step, account, username);
  if (!scope) return 0;
  if (step.action === 'delete') {
    const res = await db.query(`DELETE FROM ${step.table} WHERE ${scope.where}`, scope.params);
    return res.rowCount ?? 0;
  }
  const textParam = scope.params.length + 1;
  const sets = step.columns.map((c) => `${c} = regexp_replace(${c}, $1, $${textParam}, 'gi')`).join(', ');
  const res = await db.query(`UPDATE ${step.table} SET ${sets} WHERE ${scope.where}`, [...scope.params, plan.redactionText]);
  return res.rowCount ?? 0;
}

function line(step: PlanStep, rows: number): InventoryLine {
  return { table: step.table, category: step.category, action: step.action, rows };
}

/** Rows per step that a deletion for this username would erase. */
export async function takeInventory(db: Queryable, plan: DeletionPlan, username: string): Promise<Inventory> {
  const account = await findAccount(db, plan, username);
  const lines: InventoryLine[] = [];
  for (const step of plan.steps) lines.push(line(step, await countStep(db, step, account, username)));
  return { accountFound: account !== null, legalHold: account?.legalHold ?? false, lines };
}

/** Erases per the plan; the caller holds the transaction. Returns what each step changed. */
export async function executePlan(db: Queryable, plan: DeletionPlan, username: string): Promise<Inventory> {
  const account = await findAccount(db, plan, username);
  const lines: InventoryLine[] = [];
  for (const step of plan.steps) lines.push(line(step, await eraseStep(db, plan, step, account, username)));
  return { accountFound: account !== null, legalHold: account?.legalHold ?? false, lines };
}
