import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlanAgainstDatabase, PlanMismatchError } from '../../src/deletion/check-plan-against-database.js';
import { loadDeletionPlan, type DeletionPlan } from '../../src/deletion/deletion-plan.js';
import { createAppDatabase, type AppDatabase } from '../support/app-database.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';

/**
 * What `start` and `doctor` say of the deletion plan against the database that holds its
 * tables: every table, column, index and privilege it needs, each problem with what to do.
 */

let bot: TestDatabase;
let app: AppDatabase;

beforeAll(async () => {
  bot = await createTestDatabase();
  app = await createAppDatabase();
});

afterAll(async () => {
  await app?.drop();
  await bot?.drop();
});

const twoDatabases = () => ({ DATABASE_URL: bot.url, APP_DATABASE_URL: app.roleUrl, DATABASE_PREPARED_STATEMENTS: true });
const oneDatabase = () => ({ DATABASE_URL: bot.url, DATABASE_PREPARED_STATEMENTS: true });

async function problemsOf(database: ReturnType<typeof twoDatabases> | ReturnType<typeof oneDatabase>, plan: DeletionPlan): Promise<string[]> {
  try {
    await checkPlanAgainstDatabase(database, plan);
    return [];
  } catch (err) {
    if (err instanceof PlanMismatchError) return err.problems;
    throw err;
  }
}

describe('the deletion plan checked against the application database', () => {
  it('the least-privilege role of docs/DELETION.md fits the plan', async () => {
    expect(await checkPlanAgainstDatabase(twoDatabases(), app.plan))
      .toBe('4 tables and 6 steps fit the application database (APP_DATABASE_URL): columns, indexes and privileges');
  });

  it('names each missing table, column and index, and the privileges to grant', async () => {
    const plan = structuredClone(app.plan);
    plan.account.legalHoldColumn = 'ig_handle';
    plan.steps[2]!.table = 'social.failure_logs';
    const redact = plan.steps[3]!;
    if (redact.action === 'redact') redact.columns = ['body', 'text'];
    await app.pool.query(`DROP INDEX social.post_history_profile`);
    await app.pool.query(`REVOKE DELETE ON social.oauth_credentials FROM ${app.role}`);
    await app.pool.query(`REVOKE UPDATE (body) ON social.post_history FROM ${app.role}`);
    try {
      expect(await problemsOf(twoDatabases(), plan)).toEqual([
        'column social.linked_profiles.ig_handle (account.legalHoldColumn) must be boolean (true while the account is under a legal hold)',
        `the role ${app.role} may not delete from social.oauth_credentials: GRANT DELETE ON social.oauth_credentials TO ${app.role};`,
        'column social.post_history.text (step "publishing_log_mentions" columns) does not exist: correct the name in the deletion plan',
        'no index of social.post_history starts with profile_ref (step "publishing_logs" accountColumn): every inventory and deletion would read the whole table; CREATE INDEX ON social.post_history (profile_ref);',
        `the role ${app.role} may not rewrite body of social.post_history (redacted mentions): GRANT UPDATE (body) ON social.post_history TO ${app.role};`,
        'table social.failure_logs (step "error_logs") is not in this database: create it, or correct the name in the deletion plan (write a table of another schema as schema.table)',
      ]);
    } finally {
      await app.pool.query(`CREATE INDEX post_history_profile ON social.post_history (profile_ref)`);
      await app.pool.query(`GRANT DELETE ON social.oauth_credentials TO ${app.role}`);
      await app.pool.query(`GRANT UPDATE (body) ON social.post_history TO ${app.role}`);
    }
  });

  it('says to grant the schema and the lock on the account row', async () => {
    await app.pool.query(`REVOKE UPDATE (profile_id) ON social.linked_profiles FROM ${app.role}`);
    try {
      expect(await problemsOf(twoDatabases(), app.plan)).toEqual([
        `the role ${app.role} may not lock rows of social.linked_profiles (SELECT ... FOR UPDATE while the account is erased needs UPDATE of one column): GRANT UPDATE (profile_id) ON social.linked_profiles TO ${app.role};`,
      ]);
      await app.pool.query(`REVOKE USAGE ON SCHEMA social FROM ${app.role}`);
      const problems = await problemsOf(twoDatabases(), app.plan);
      expect(problems).toHaveLength(4);
      expect(problems[0]).toBe(`table social.linked_profiles (account.table, step "account"): the role ${app.role} may not use schema social: GRANT USAGE ON SCHEMA social TO ${app.role};`);
    } finally {
      await app.pool.query(`GRANT USAGE ON SCHEMA social TO ${app.role}`);
      await app.pool.query(`GRANT UPDATE (profile_id) ON social.linked_profiles TO ${app.role}`);
    }
  });

  it('in one database: the shipped plan fits the sample tables, and a name of the bot\'s own tables is refused', async () => {
    const shipped = loadDeletionPlan();
    expect(await checkPlanAgainstDatabase(oneDatabase(), shipped))
      .toBe('4 tables and 6 steps fit the bot\'s database (DATABASE_URL; set APP_DATABASE_URL for another): columns, indexes and privileges');
    const plan = structuredClone(shipped);
    plan.steps[1]!.table = 'requests';
    expect(await problemsOf(oneDatabase(), plan)).toEqual([
      'table requests (step "publishing_logs") is the bot\'s own deletion_bot.requests: write the application\'s table with its schema (e.g. public.requests)',
    ]);
  });

  it('names the variable when the application database cannot be reached', async () => {
    const url = new URL(app.roleUrl);
    url.pathname = '/no_such_database_here';
    await expect(checkPlanAgainstDatabase({ ...twoDatabases(), APP_DATABASE_URL: url.toString() }, app.plan))
      .rejects.toThrow(/^cannot reach the application database at APP_DATABASE_URL: database "no_such_database_here" does not exist$/);
  });
});
