import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../harness/bot-process.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';

/**
 * `seed-demo` names the accounts it made, one line each with the rows it wrote per table,
 * so the operator knows which handles to ask the demo to delete; every count is what the
 * database holds afterwards.
 */

let db: TestDatabase;
const TABLES = ['ig_accounts', 'ig_access_tokens', 'ig_publishing_logs', 'ig_error_logs'] as const;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

/** The rows each table holds for `username`'s account, as the line prints them. */
async function held(username: string): Promise<string> {
  const { rows } = await db.pool.query(
    `SELECT 1 AS ig_accounts,
            (SELECT count(*)::int FROM ig_access_tokens t WHERE t.account_id = a.id) AS ig_access_tokens,
            (SELECT count(*)::int FROM ig_publishing_logs p WHERE p.account_id = a.id) AS ig_publishing_logs,
            (SELECT count(*)::int FROM ig_error_logs e WHERE e.account_id = a.id) AS ig_error_logs
       FROM ig_accounts a WHERE a.username = $1`, [username]);
  const row = rows[0] as Record<string, number>;
  return TABLES.map((t) => `${t} ${row[t]}`).join(', ');
}

describe('seed-demo', () => {
  it('prints each account it made: its handle and the rows per table, as the database holds them', async () => {
    const r = await runCli(['seed-demo'], { DATABASE_URL: db.url });
    expect(r.code, r.stderr).toBe(0);
    const handles = ['sunny.days', 'bob_builds', 'carol.cooks', 'dave.designs'];
    const expected = [
      'Seeded 4 demo Instagram account(s) with tokens and logs:',
      ...(await Promise.all(handles.map(async (h) => `  @${h.padEnd(14)} ${await held(h)}`))),
      '  no account      ig_error_logs 1',
    ];
    expect(r.stdout).toBe(`${expected.join('\n')}\n`);
  });

  it('names only what it added again: nothing, then an account whose data was deleted', async () => {
    expect((await runCli(['seed-demo'], { DATABASE_URL: db.url })).stdout).toBe('Demo data already present.\n');
    const { rows } = await db.pool.query(`SELECT id FROM ig_accounts WHERE username = 'dave.designs'`);
    for (const table of ['ig_access_tokens', 'ig_publishing_logs', 'ig_error_logs']) {
      await db.pool.query(`DELETE FROM ${table} WHERE account_id = $1`, [rows[0].id]);
    }
    await db.pool.query(`DELETE FROM ig_accounts WHERE id = $1`, [rows[0].id]);
    const again = await runCli(['seed-demo'], { DATABASE_URL: db.url });
    expect(again.stdout).toBe(
      'Seeded 1 demo Instagram account(s) with tokens and logs:\n' +
        `  @dave.designs   ${await held('dave.designs')}\n`,
    );
  });
});
