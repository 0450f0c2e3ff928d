import type { Queryable } from '../db/pool.js';
import { ASCII_CASE, asciiLowered, batchedDelete, batchedRedact, matchableText, type Scope } from './batch-sql.js';
import type { DeletionPlan, PlanStep } from './deletion-plan.js';
import { mentionLike, mentionPattern } from './deletion-plan.js';
import type { Inventory, InventoryLine } from '../mail-out/inventory-types.js';
import { mentionExamples, type FoundMentions } from './mention-examples.js';

/**
 * Runs the deletion plan for one username, either counting (inventory, shown
 * to staff before approval; and verification afterwards) or erasing. Both
 * read the same plan and the same row selection, so staff approve exactly
 * what is then deleted.
 */

/** DELETE_BATCH_SIZE when none is given. */
export const DEFAULT_BATCH_SIZE = 10_000;

export interface MentionChoice {
  /**
   * Staff asked to redact mentions of a handle no connected account has ("APPROVE REDACT",
   * `approve --redact-mentions`). Without it such mentions are counted for staff but left as
   * they are: the handle may be an ordinary word, or nobody's. Mentions of a connected
   * account's handle are always redacted.
   */
  redactMentions?: boolean;
}

interface Account {
  id: unknown;
  legalHold: boolean;
}

/**
 * The account row, if any, its username compared in ASCII case as mentions are
 * (sql/0012_account_username_ascii_case.sql indexes that). When erasing it is locked
 * FOR UPDATE: inserts of rows referencing it (foreign keys take KEY SHARE on it)
 * then wait until the deletion commits, so nothing new slips in between the
 * batches and the check.
 */
async function findAccount(db: Queryable, plan: DeletionPlan, username: string, lock: boolean): Promise<Account | null> {
  const a = plan.account;
  const hold = a.legalHoldColumn ?? 'false';
  const { rows } = await db.query(
    `SELECT ${a.idColumn} AS id, ${hold} AS hold FROM ${a.table} WHERE ${asciiLowered(a.usernameColumn)} = lower($1 ${ASCII_CASE})${lock ? ' FOR UPDATE' : ''}`,
    [username],
  );
  return rows[0] ? { id: rows[0].id, legalHold: rows[0].hold === true } : null;
}

/**
 * Whether mentions of the username are redacted: for a connected account always, for a
 * handle no account has only when staff asked. The one place this is decided; the erasure
 * decides it once, with the account locked, and the check after it verifies that decision.
 */
function redactsMentions(account: Account | null, choice: MentionChoice): boolean {
  return account !== null || choice.redactMentions === true;
}

/**
 * The rows a step erases: the account's own rows, or mentions of the username in rows of
 * other accounts (or of none), these only when `redacting`.
 */
function stepScope(plan: DeletionPlan, step: PlanStep, account: Account | null, username: string, redacting: boolean): Scope | null {
  if (step.action === 'delete') {
    return account ? { where: `${step.accountColumn} = $1`, params: [account.id] } : null;
  }
  return redacting ? mentionScope(plan, step, account, username) : null;
}

/** Rows of other accounts (or of none) whose `columns` mention the username: $1 is the pattern, $2 the marker. */
function mentionScope(plan: DeletionPlan, step: Extract<PlanStep, { action: 'redact' }>, account: Account | null, username: string): Scope {
  // The handle's letters first (a trigram index finds those rows), then the exact match on them.
  const like = account ? 4 : 3;
  const mentions = step.columns.map((c) => `(${asciiLowered(c)} LIKE $${like} AND ${matchableText(c, 2)} ~* $1)`).join(' OR ');
  const params: unknown[] = [mentionPattern(username), plan.redactionText];
  // The account's own rows are the delete steps' business (or kept under a legal hold).
  if (account) return { where: `${step.accountColumn} IS DISTINCT FROM $3 AND (${mentions})`, params: [...params, account.id, mentionLike(username)] };
  return { where: `(${mentions})`, params: [...params, mentionLike(username)] };
}

/** Rows a step would erase, and rows it keeps because the account is under a legal hold. */
async function countStep(db: Queryable, plan: DeletionPlan, step: PlanStep, account: Account | null, username: string, redacting: boolean): Promise<InventoryLine> {
  const scope = stepScope(plan, step, account, username, redacting);
  let n = 0;
  if (scope) {
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM ${step.table} WHERE ${scope.where}`, scope.params);
    n = rows[0].n as number;
  }
  const held = step.action === 'delete' && account?.legalHold === true;
  return line(step, held ? 0 : n, held ? n : 0);
}

/** Erases one step in batches of `batchSize` rows until a batch changes fewer; returns rows changed and statements run. */
async function eraseStep(
  db: Queryable, plan: DeletionPlan, step: PlanStep, account: Account | null, username: string, batchSize: number, redacting: boolean,
): Promise<{ rows: number; batches: number }> {
  const scope = stepScope(plan, step, account, username, redacting);
  if (!scope) return { rows: 0, batches: 0 };
  const statement = step.action === 'delete'
    ? batchedDelete(step.table, scope, batchSize)
    : batchedRedact(step.table, step.columns, scope, { pattern: 1, marker: 2 }, batchSize);
  let rows = 0;
  let batches = 0;
  for (;;) {
    const res = await db.query(statement.sql, statement.params);
    batches += 1;
    const changed = res.rowCount ?? 0;
    rows += changed;
    // A short batch took the last rows: another would only scan the table again (for a
    // redaction, every row of it) to find nothing. Rows written meanwhile by another
    // transaction are caught by the check that follows the erasure.
    if (changed < batchSize) return { rows, batches };
  }
}

function line(step: PlanStep, rows: number, kept: number): InventoryLine {
  return { id: step.id, table: step.table, category: step.category, action: step.action, rows, kept };
}

/** What the plan finds for a request naming no connected account (a Meta user id no account has): every step, no rows. */
export function emptyInventory(plan: DeletionPlan): Inventory {
  return { accountFound: false, legalHold: false, lines: plan.steps.map((step) => line(step, 0, 0)) };
}

/**
 * Rows per step that a deletion for this username would erase, and those a legal hold keeps;
 * and the rows that mention the username in other accounts' text, with two short examples,
 * also when they are not to be redacted (staff then see what they could ask for).
 */
export async function takeInventory(db: Queryable, plan: DeletionPlan, username: string, choice: MentionChoice = {}): Promise<Inventory> {
  const account = await findAccount(db, plan, username, false);
  return countPlan(db, plan, username, account, redactsMentions(account, choice));
}

/**
 * The check after erasing: what the plan still finds, mentions counted as left when the
 * erasure redacted them. The erasure's decision holds, not a new one: the plan's last step
 * deletes the account row, so the account is no longer found here.
 */
export async function checkErasure(db: Queryable, plan: DeletionPlan, username: string, done: Pick<ErasureResult, 'mentionsRedacted'>): Promise<Inventory> {
  const account = await findAccount(db, plan, username, false);
  return countPlan(db, plan, username, account, done.mentionsRedacted);
}

async function countPlan(db: Queryable, plan: DeletionPlan, username: string, account: Account | null, redacting: boolean): Promise<Inventory> {
  // Every step's count in one statement: the same selections countStep makes, one round trip.
  // Mentions are counted whether or not they are to be redacted.
  const params: unknown[] = [];
  const scopes = plan.steps.map((step) => (step.action === 'redact' ? mentionScope(plan, step, account, username) : stepScope(plan, step, account, username, redacting)));
  const counts = plan.steps.map((step, i) => {
    const scope = scopes[i];
    if (!scope) return `0 AS n${i}`;
    const where = scope.where.replace(/\$(\d+)/g, (_, k: string) => `$${Number(k) + params.length}`);
    params.push(...scope.params);
    return `(SELECT count(*)::int FROM ${step.table} WHERE ${where}) AS n${i}`;
  });
  const { rows } = await db.query(`SELECT ${counts.join(', ')}`, params);
  const found: FoundMentions[] = [];
  let mentioning = 0;
  const lines = plan.steps.map((step, i) => {
    const n = Number(rows[0][`n${i}`]);
    if (step.action === 'redact') {
      mentioning += n;
      if (n > 0) found.push({ table: step.table, columns: step.columns, scope: scopes[i]! });
      return line(step, redacting ? n : 0, 0);
    }
    const held = account?.legalHold === true;
    return line(step, held ? 0 : n, held ? n : 0);
  });
  const mentions = { rows: mentioning, examples: await mentionExamples(db, plan.redactionText, found) };
  return { accountFound: account !== null, legalHold: account?.legalHold ?? false, lines, mentions };
}

export interface ErasureResult extends Inventory {
  batchSize: number;
  /** Statements run, over all steps. */
  batches: number;
  /** Whether mentions of the username were redacted (a connected account, or staff asked). */
  mentionsRedacted: boolean;
}

/**
 * Erases per the plan; the caller holds the transaction. Under a legal hold
 * the account's own rows are counted as kept and left alone. Returns what each
 * step changed.
 */
export async function executePlan(
  db: Queryable, plan: DeletionPlan, username: string, { batchSize = DEFAULT_BATCH_SIZE, ...choice }: { batchSize?: number } & MentionChoice = {},
): Promise<ErasureResult> {
  const account = await findAccount(db, plan, username, true);
  const redacting = redactsMentions(account, choice);
  const lines: InventoryLine[] = [];
  let batches = 0;
  for (const step of plan.steps) {
    if (step.action === 'delete' && account?.legalHold) {
      lines.push(await countStep(db, plan, step, account, username, redacting));
      continue;
    }
    const done = await eraseStep(db, plan, step, account, username, batchSize, redacting);
    batches += done.batches;
    lines.push(line(step, done.rows, 0));
  }
  return { accountFound: account !== null, legalHold: account?.legalHold ?? false, lines, batchSize, batches, mentionsRedacted: redacting };
}
