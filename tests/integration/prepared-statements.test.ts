import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, inTransaction, type Pool } from '../../src/db/pool.js';
import { howToRun, MAX_PER_CONNECTION, plannedEachRun, statementName } from '../../src/db/prepared-statements.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';

/**
 * The bot's pool prepares each parameterized statement once per connection: Postgres's own
 * list of the session's prepared statements (pg_prepared_statements) says which.
 */

let db: TestDatabase;
let pool: Pool;

beforeAll(async () => {
  db = await createTestDatabase();
  pool = createPool(db.url, 1); // one connection: every query below shares its session
});

afterAll(async () => {
  await pool?.end();
  await db?.drop();
});

async function preparedHere(): Promise<{ name: string; statement: string; generic_plans: number; custom_plans: number }[]> {
  const { rows } = await pool.query('SELECT name, statement, generic_plans::int, custom_plans::int FROM pg_prepared_statements');
  return rows;
}

describe('prepared statements', () => {
  it('prepares a statement with parameters once, and runs it again by name with new values', async () => {
    const text = 'SELECT $1::int + $2::int AS sum';
    const sums: number[] = [];
    for (let i = 0; i < 8; i++) sums.push((await pool.query(text, [i, 10])).rows[0].sum);
    expect(sums).toEqual([10, 11, 12, 13, 14, 15, 16, 17]);
    const mine = (await preparedHere()).filter((p) => p.statement === text);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.name).toBe(statementName(text));
    expect(mine[0]!.generic_plans + mine[0]!.custom_plans).toBe(8);
  });

  it('leaves statements without parameters as they are (BEGIN, COMMIT, plain reads)', async () => {
    await inTransaction(pool, (tx) => tx.query('SELECT 1 AS one'));
    const statements = (await preparedHere()).map((p) => p.statement);
    expect(statements).not.toContain('SELECT 1 AS one');
    expect(statements).not.toContain('BEGIN');
  });

  it('prepares inside transactions too, and a failing statement does not break the next run of it', async () => {
    const text = 'SELECT 10 / $1::int AS q';
    await expect(inTransaction(pool, (tx) => tx.query(text, [0]))).rejects.toThrow(/division by zero/);
    const { rows } = await inTransaction(pool, (tx) => tx.query(text, [5]));
    expect(rows[0].q).toBe(2);
    expect((await preparedHere()).filter((p) => p.statement === text).map((p) => p.name)).toEqual([statementName(text)]);
  });

  it('prepares a statement afresh once a migration changed its result under it', async () => {
    await pool.query('CREATE TABLE widgets (id int PRIMARY KEY)');
    await pool.query('INSERT INTO widgets VALUES (1)');
    const text = 'SELECT * FROM widgets WHERE id = $1';
    expect((await pool.query(text, [1])).rows).toEqual([{ id: 1 }]);
    await pool.query(`ALTER TABLE widgets ADD COLUMN colour text NOT NULL DEFAULT 'red'`);
    // Postgres refuses the old statement once; the next run is prepared again and sees the column.
    // (In transactions: a client lent by the pool and given back without an error is kept.)
    const run = () => inTransaction(pool, (tx) => tx.query(text, [1]));
    await expect(run()).rejects.toMatchObject({ code: '0A000' });
    expect((await run()).rows).toEqual([{ id: 1, colour: 'red' }]);
    expect((await run()).rows).toEqual([{ id: 1, colour: 'red' }]);
  });

  it('plans a statement marked plannedEachRun afresh on every run, never preparing it', async () => {
    const text = 'SELECT $1::int * 3 AS t';
    for (let i = 0; i < 7; i++) expect((await pool.query(plannedEachRun(text, [i]))).rows[0].t).toBe(i * 3);
    expect((await preparedHere()).filter((p) => p.statement === text)).toEqual([]);
  });

  it('prepares only a text with values; plannedEachRun and any other query config run unprepared', async () => {
    const text = 'SELECT $1::int - 1 AS m';
    expect((await pool.query({ text, values: [5] })).rows[0].m).toBe(4);
    expect((await preparedHere()).filter((p) => p.statement === text)).toEqual([]);
    expect(howToRun([text, [5]])).toBe('prepared');
    expect(howToRun([plannedEachRun(text, [5])])).toBe('planned-each-run');
    expect(howToRun([{ text, values: [5] }])).toBe('as-given');
    expect(howToRun([text])).toBe('as-given');
    expect(howToRun([text, []])).toBe('as-given');
  });

  it(`runs texts beyond ${MAX_PER_CONNECTION} per connection unprepared, with the right results`, async () => {
    const fresh = createPool(db.url, 1);
    try {
      for (let i = 0; i < MAX_PER_CONNECTION + 20; i++) {
        const { rows } = await fresh.query(`SELECT $1::int AS v, ${i} AS i`, [i]);
        expect(rows[0]).toEqual({ v: i, i });
      }
      expect((await fresh.query('SELECT count(*)::int AS n FROM pg_prepared_statements')).rows[0].n).toBe(MAX_PER_CONNECTION);
    } finally {
      await fresh.end();
    }
  });
});

describe('with DATABASE_PREPARED_STATEMENTS=false', () => {
  it('runs every statement unprepared', async () => {
    const plain = createPool(db.url, 1, { preparedStatements: false });
    try {
      for (let i = 0; i < 3; i++) expect((await plain.query('SELECT $1::int * 2 AS d', [i])).rows[0].d).toBe(i * 2);
      expect((await plain.query('SELECT count(*)::int AS n FROM pg_prepared_statements')).rows[0].n).toBe(0);
    } finally {
      await plain.end();
    }
  });
});
