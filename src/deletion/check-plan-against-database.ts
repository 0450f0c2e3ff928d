import pg from 'pg';
import { appDatabaseUrl, BOT_SCHEMA, separateAppDatabase, withBotSearchPath, type DatabaseSettings } from '../db/pool.js';
import type { DeletionPlan } from './deletion-plan.js';
import { loadDeletionPlan } from './deletion-plan.js';

/**
 * The deletion plan checked against the database that holds its tables, as the bot's
 * connections see it: every table and column there, an index leading with each step's
 * `accountColumn` (and with the `deauthorize` entry's), and the privileges the bot's role needs
 * (SELECT on every table, DELETE where a step deletes, UPDATE of the columns a step redacts and
 * of the `deauthorize` entry's status column, and of some column of the account table, whose
 * row is locked FOR UPDATE while it is erased). `start` refuses to run
 * with a problem, `doctor` names them all; each says what to change.
 */

/** A column the plan names, and where in the plan. */
interface NamedColumn {
  column: string;
  where: string;
  kind?: 'boolean' | 'text';
}

interface TableNeeds {
  table: string;
  /** Where the plan names it, for the messages: `account.table`, `step "access_tokens"`. */
  where: string[];
  columns: NamedColumn[];
  /** Columns an index must start with. */
  indexed: NamedColumn[];
  delete: boolean;
  /** Columns the role must be allowed to UPDATE. */
  update: NamedColumn[];
  /** The row is locked FOR UPDATE: UPDATE of at least one column. */
  lock: boolean;
}

/** What the plan needs of each of its tables, in the plan's order. */
export function planNeeds(plan: DeletionPlan): TableNeeds[] {
  const byTable = new Map<string, TableNeeds>();
  const need = (table: string, where: string): TableNeeds => {
    let t = byTable.get(table);
    if (!t) {
      t = { table, where: [], columns: [], indexed: [], delete: false, update: [], lock: false };
      byTable.set(table, t);
    }
    if (!t.where.includes(where)) t.where.push(where);
    return t;
  };
  const a = plan.account;
  const account = need(a.table, 'account.table');
  account.lock = true;
  account.columns.push({ column: a.idColumn, where: 'account.idColumn' }, { column: a.usernameColumn, where: 'account.usernameColumn', kind: 'text' });
  if (a.legalHoldColumn) account.columns.push({ column: a.legalHoldColumn, where: 'account.legalHoldColumn', kind: 'boolean' });
  if (a.userIdColumn) account.columns.push({ column: a.userIdColumn, where: 'account.userIdColumn' });
  for (const s of plan.steps) {
    const t = need(s.table, `step "${s.id}"`);
    const accountColumn = { column: s.accountColumn, where: `step "${s.id}" accountColumn` };
    t.columns.push(accountColumn);
    if (!t.indexed.some((c) => c.column === s.accountColumn)) t.indexed.push(accountColumn);
    if (s.action === 'delete') t.delete = true;
    else {
      for (const c of s.columns) {
        const named = { column: c, where: `step "${s.id}" columns`, kind: 'text' as const };
        t.columns.push(named);
        t.update.push(named);
      }
    }
  }
  const r = plan.deauthorize;
  if (r) {
    const t = need(r.table, 'deauthorize.table');
    const accountColumn = { column: r.accountColumn, where: 'deauthorize.accountColumn' };
    t.columns.push(accountColumn);
    if (!t.indexed.some((c) => c.column === r.accountColumn)) t.indexed.push(accountColumn);
    const status = { column: r.statusColumn, where: 'deauthorize.statusColumn', kind: typeof r.revokedValue === 'boolean' ? 'boolean' as const : undefined };
    t.columns.push(status);
    t.update.push(status);
  }
  return [...byTable.values()];
}

const quoteRole = (role: string): string => (/^[a-z_][a-z0-9_]*$/.test(role) ? role : `"${role.replace(/"/g, '""')}"`);

/** Every problem the database shows for the plan; empty when it fits. `botSchema`: one database, shared with the bot. */
export async function planProblems(db: pg.ClientBase, plan: DeletionPlan, { botSchema }: { botSchema: boolean }): Promise<string[]> {
  const { rows: [me] } = await db.query(`SELECT current_user AS role, current_setting('server_version_num')::int AS version`);
  const role = quoteRole(me.role as string);
  const problems: string[] = [];
  if (!botSchema && (me.version as number) < 130000) {
    problems.push('the application database runs a PostgreSQL older than 13: a deletion there is recorded after its commit through pg_xact_status(), which 13 brought; upgrade it, or keep the plan\'s tables in the bot\'s database');
  }
  for (const t of planNeeds(plan)) {
    const where = t.where.join(', ');
    const dot = t.table.indexOf('.');
    if (dot > 0) {
      const schema = t.table.slice(0, dot);
      const { rows } = await db.query(`SELECT has_schema_privilege(oid, 'USAGE') AS usage FROM pg_namespace WHERE nspname = $1`, [schema]);
      if (rows.length === 0) {
        problems.push(`table ${t.table} (${where}): there is no schema ${schema} in this database; correct the name in the deletion plan`);
        continue;
      }
      if (!rows[0].usage) {
        problems.push(`table ${t.table} (${where}): the role ${role} may not use schema ${schema}: GRANT USAGE ON SCHEMA ${schema} TO ${role};`);
        continue;
      }
    }
    const { rows: found } = await db.query(
      `SELECT c.oid, n.nspname AS schema FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass($1)`, [t.table]);
    if (found.length === 0) {
      problems.push(`table ${t.table} (${where}) is not in this database${dot > 0 ? '' : ' (looked for in the search_path)'}: create it, or correct the name in the deletion plan (write a table of another schema as schema.table)`);
      continue;
    }
    const { oid, schema } = found[0] as { oid: number; schema: string };
    if (botSchema && schema === BOT_SCHEMA) {
      problems.push(`table ${t.table} (${where}) is the bot's own ${BOT_SCHEMA}.${t.table}: write the application's table with its schema (e.g. public.${t.table})`);
      continue;
    }
    problems.push(...(await tableProblems(db, oid, t, role)));
  }
  return problems;
}

async function tableProblems(db: pg.ClientBase, oid: number, t: TableNeeds, role: string): Promise<string[]> {
  const problems: string[] = [];
  const names = [...new Set(t.columns.map((c) => c.column))];
  const { rows } = await db.query(
    `SELECT a.attname AS name, a.attnum AS num, ty.typcategory AS category, ty.oid = 'bool'::regtype AS boolean,
            has_column_privilege($1::oid, a.attnum, 'UPDATE') AS may_update,
            EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = $1::oid AND i.indkey[0] = a.attnum) AS leads_index
       FROM pg_attribute a JOIN pg_type ty ON ty.oid = a.atttypid
      WHERE a.attrelid = $1::oid AND a.attname = ANY($2) AND a.attnum > 0 AND NOT a.attisdropped`,
    [oid, names],
  );
  const col = new Map(rows.map((r) => [r.name as string, r]));
  const reported = new Set<string>();
  for (const c of t.columns) {
    const found = col.get(c.column);
    if (!found) {
      if (!reported.has(c.column)) problems.push(`column ${t.table}.${c.column} (${c.where}) does not exist: correct the name in the deletion plan`);
      reported.add(c.column);
    } else if (c.kind === 'boolean' && !found.boolean) {
      problems.push(`column ${t.table}.${c.column} (${c.where}) must be boolean (true while the account is under a legal hold)`);
    } else if (c.kind === 'text' && found.category !== 'S') {
      problems.push(`column ${t.table}.${c.column} (${c.where}) must hold text (text or varchar)`);
    }
  }
  for (const c of t.indexed) {
    const found = col.get(c.column);
    if (found && !found.leads_index) {
      problems.push(`no index of ${t.table} starts with ${c.column} (${c.where}): every inventory and deletion would read the whole table; CREATE INDEX ON ${t.table} (${c.column});`);
    }
  }
  const { rows: [may] } = await db.query(
    `SELECT has_table_privilege($1::oid, 'SELECT') AS sel, has_table_privilege($1::oid, 'DELETE') AS del, has_any_column_privilege($1::oid, 'UPDATE') AS upd`, [oid]);
  if (!may.sel) problems.push(`the role ${role} may not read ${t.table}: GRANT SELECT ON ${t.table} TO ${role};`);
  if (t.delete && !may.del) problems.push(`the role ${role} may not delete from ${t.table}: GRANT DELETE ON ${t.table} TO ${role};`);
  const notUpdatable = [...new Set(t.update.map((c) => c.column))].filter((c) => col.has(c) && !col.get(c).may_update);
  if (notUpdatable.length > 0) {
    const why = [...new Set(t.update.filter((c) => notUpdatable.includes(c.column)).map((c) => (c.where.startsWith('deauthorize') ? 'tokens revoked on Meta\'s deauthorize callback' : 'redacted mentions')))].join(', ');
    problems.push(`the role ${role} may not rewrite ${notUpdatable.join(', ')} of ${t.table} (${why}): GRANT UPDATE (${notUpdatable.join(', ')}) ON ${t.table} TO ${role};`);
  }
  if (t.lock && !may.upd) {
    const id = t.columns[0]!.column;
    problems.push(`the role ${role} may not lock rows of ${t.table} (SELECT ... FOR UPDATE while the account is erased needs UPDATE of one column): GRANT UPDATE (${id}) ON ${t.table} TO ${role};`);
  }
  return problems;
}

/** The plan's tables did not fit the database; `problems` says what to change. */
export class PlanMismatchError extends Error {
  override name = 'PlanMismatchError';
  constructor(readonly where: string, readonly problems: string[]) {
    super(`the deletion plan does not fit ${where}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Connects where the plan's tables are (APP_DATABASE_URL, else DATABASE_URL with the bot's
 * search_path) and checks the plan there. Returns one line for `doctor`; throws
 * PlanMismatchError listing every problem, or the connection's error naming the variable.
 */
export async function checkPlanAgainstDatabase(database: DatabaseSettings, plan: DeletionPlan = loadDeletionPlan()): Promise<string> {
  const separate = separateAppDatabase(database);
  const variable = separate ? 'APP_DATABASE_URL' : 'DATABASE_URL';
  const url = appDatabaseUrl(database);
  const client = new pg.Client({ connectionString: separate ? url : withBotSearchPath(url), connectionTimeoutMillis: 8_000 });
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (err) {
    throw new Error(`cannot reach the application database at ${variable}: ${(err as Error).message}`, { cause: err });
  }
  try {
    const problems = await planProblems(client, plan, { botSchema: !separate });
    const where = separate ? 'the application database (APP_DATABASE_URL)' : 'the bot\'s database (DATABASE_URL; set APP_DATABASE_URL for another)';
    if (problems.length > 0) throw new PlanMismatchError(where, problems);
    const tables = planNeeds(plan).length;
    return `${tables} tables and ${plan.steps.length} steps fit ${where}: columns, indexes and privileges`;
  } finally {
    await client.end().catch(() => {});
  }
}
