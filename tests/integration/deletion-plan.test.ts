import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/db/pool.js';
import { loadDeletionPlan, planSchema } from '../../src/deletion/deletion-plan.js';
import { executePlan, takeInventory } from '../../src/deletion/run-plan.js';
import { seedDemoData } from '../../src/demo/seed-demo-data.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';

/** The deletion plan against real Postgres: what it counts is what it erases, and nothing else. */

let db: TestDatabase;
const plan = loadDeletionPlan();

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.pool);
});

afterAll(async () => {
  await db?.drop();
});

async function errorLog(accountUsername: string | null, message: string): Promise<string> {
  const { rows } = await db.pool.query(
    `INSERT INTO ig_error_logs (account_id, error_code, message)
     VALUES ((SELECT id FROM ig_accounts WHERE username = $1), 'test', $2) RETURNING id`,
    [accountUsername, message],
  );
  return rows[0].id;
}

async function messageOf(id: string): Promise<string | null> {
  const { rows } = await db.pool.query(`SELECT message FROM ig_error_logs WHERE id = $1`, [id]);
  return rows[0]?.message ?? null;
}

describe('deletion plan', () => {
  it('validates the plan file: identifiers only, known actions', () => {
    expect(planSchema.safeParse({ ...plan, steps: [{ action: 'delete', table: 'x; DROP TABLE y', category: 'c', accountColumn: 'id' }] }).success).toBe(false);
    expect(planSchema.safeParse({ ...plan, steps: [{ action: 'mask', table: 'x', category: 'c', accountColumn: 'id' }] }).success).toBe(false);
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('counts the rows of an account, and mentions elsewhere, before anything is erased', async () => {
    const inv = await takeInventory(db.pool, plan, 'Sunny.Days');
    expect(inv.accountFound).toBe(true);
    const byStep = Object.fromEntries(inv.lines.map((l) => [`${l.action}:${l.table}`, l.rows]));
    expect(byStep).toEqual({
      'delete:ig_access_tokens': 2,
      'delete:ig_publishing_logs': 3,
      'delete:ig_error_logs': 2,
      // carol.cooks and dave.designs mention @sunny.days in a publishing log each
      'redact:ig_publishing_logs': 2,
      // ... and in an error log each; the webhook log of no account names the bare word, no mention
      'redact:ig_error_logs': 2,
      'delete:ig_accounts': 1,
    });
  });

  it('redacts unmistakable mentions only, and erases exactly what it counted', async () => {
    const exact = await errorLog('bob_builds', 'Tag failed for @sunny.days.');
    const longer = await errorLog('bob_builds', 'Tag failed for @sunny.daysx and sunny.days_2');
    const inside = await errorLog('bob_builds', 'user notsunny.days and sunny.days.extra exist');
    const bare = await errorLog(null, 'SUNNY.DAYS, please reconnect');

    const counted = await takeInventory(db.pool, plan, 'sunny.days');
    const done = await inTransaction(db.pool, (tx) => executePlan(tx, plan, 'sunny.days'));
    expect(done.lines).toEqual(counted.lines);

    expect(await messageOf(exact)).toBe('Tag failed for [deleted user].');
    expect(await messageOf(longer)).toBe('Tag failed for @sunny.daysx and sunny.days_2');
    expect(await messageOf(inside)).toBe('user notsunny.days and sunny.days.extra exist');
    expect(await messageOf(bare)).toBe('SUNNY.DAYS, please reconnect');

    const left = await takeInventory(db.pool, plan, 'sunny.days');
    expect(left.accountFound).toBe(false);
    expect(left.lines.every((l) => l.rows === 0)).toBe(true);
  });

  it('keeps an account under legal hold', async () => {
    await db.pool.query(`UPDATE ig_accounts SET legal_hold = true WHERE username = 'carol.cooks'`);
    const before = await takeInventory(db.pool, plan, 'carol.cooks');
    expect(before.legalHold).toBe(true);
    const done = await inTransaction(db.pool, (tx) => executePlan(tx, plan, 'carol.cooks'));
    expect(done.lines.filter((l) => l.action === 'delete').every((l) => l.rows === 0)).toBe(true);
    const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM ig_access_tokens t JOIN ig_accounts a ON a.id = t.account_id WHERE a.username = 'carol.cooks'`);
    expect(rows[0].n).toBe(2);
  });

  it('finds nothing for a username PickrTech does not hold', async () => {
    const inv = await takeInventory(db.pool, plan, 'nobody.here');
    expect(inv.accountFound).toBe(false);
    expect(inv.lines.reduce((n, l) => n + l.rows, 0)).toBe(0);
  });
});
