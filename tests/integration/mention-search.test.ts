import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../../src/db/pool.js';
import { inTransaction } from '../../src/db/pool.js';
import { loadDeletionPlan } from '../../src/deletion/deletion-plan.js';
import { executePlan, takeInventory } from '../../src/deletion/run-plan.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';

/**
 * Mentions of a handle in other accounts' logs are found through the trigram indexes of
 * sql/0011_mention_search_ascii_case.sql: Postgres's own plan for the inventory statement
 * says which rows it reads. Beside it, the counts that prove the pre-filter loses no
 * mention, also in a database whose collation lowers 'I' to 'ı'.
 */

let db: TestDatabase;
const plan = loadDeletionPlan();
const LOGS = 20_000;

beforeAll(async () => {
  db = await createTestDatabase();
  await db.pool.query(`INSERT INTO ig_accounts (ig_user_id, username) VALUES ('1', 'sun_ny'), ('2', 'other.one')`);
  // Many logs of another account that name nobody, and a few that do.
  await db.pool.query(
    `INSERT INTO ig_publishing_logs (account_id, status, message)
     SELECT (SELECT id FROM ig_accounts WHERE username = 'other.one'), 'published', 'post ' || g || ' went out on schedule' FROM generate_series(1, $1) AS g`,
    [LOGS],
  );
  await db.pool.query(
    `INSERT INTO ig_publishing_logs (account_id, status, message)
     SELECT (SELECT id FROM ig_accounts WHERE username = 'other.one'), 'failed', m
       FROM unnest(ARRAY['Tag failed for @sun_ny.', 'collab with SUN_NY ok', 'sunxny is not her', 'sun_nyx is someone else', '[deleted user] sun_ny']) AS m`,
  );
  await db.pool.query(
    `INSERT INTO ig_error_logs (account_id, error_code, message)
     SELECT (SELECT id FROM ig_accounts WHERE username = 'other.one'), 'timeout', 'request ' || g || ' timed out' FROM generate_series(1, $1) AS g`,
    [LOGS],
  );
  // As autovacuum leaves a table: rows just added sit in the index's pending list, which
  // Postgres reads whole, and it plans around that until a vacuum moves them in.
  await db.pool.query('VACUUM ANALYZE ig_publishing_logs');
  await db.pool.query('VACUUM ANALYZE ig_error_logs');
});

afterAll(async () => {
  await db?.drop();
});

/** Runs the queries as given and keeps each statement with its parameters. */
function recording(into: { sql: string; params: unknown[] }[], on: TestDatabase = db): Queryable {
  return {
    query: ((sql: string, params: unknown[]) => {
      into.push({ sql, params });
      return on.pool.query(sql, params);
    }) as Queryable['query'],
  } as Queryable;
}

describe('mention search', () => {
  it('counts @mentions only, "_" in a handle being no wildcard', async () => {
    const inv = await takeInventory(db.pool, plan, 'sun_ny');
    // "@sun_ny."; not the bare "SUN_NY" (also after a marker), "sunxny" nor "sun_nyx".
    expect(inv.lines.find((l) => l.id === 'publishing_log_mentions')!.rows).toBe(1);
  });

  it('finds mentions of a handle no account has, and redacts them when staff ask', async () => {
    await db.pool.query(
      `INSERT INTO ig_publishing_logs (account_id, status, message)
       VALUES ((SELECT id FROM ig_accounts WHERE username = 'other.one'), 'failed', 'thanks @Ghost.Writer for the photo')`,
    );
    await db.pool.query(`INSERT INTO ig_error_logs (account_id, error_code, message) VALUES (NULL, 'tag', '@ghost.writer: no such user')`);
    const before = await takeInventory(db.pool, plan, 'ghost.writer', { redactMentions: true });
    expect(before.accountFound).toBe(false);
    expect(before.lines.filter((l) => l.rows > 0).map((l) => [l.id, l.rows])).toEqual([
      ['publishing_log_mentions', 1],
      ['error_log_mentions', 1],
    ]);
    await inTransaction(db.pool, (tx) => executePlan(tx, plan, 'ghost.writer', { redactMentions: true }));
    const { rows } = await db.pool.query<{ message: string }>(
      `SELECT message FROM ig_publishing_logs WHERE message LIKE 'thanks%' UNION ALL SELECT message FROM ig_error_logs WHERE error_code = 'tag'`,
    );
    expect(rows.map((r) => r.message).sort()).toEqual(['[deleted user]: no such user', 'thanks [deleted user] for the photo']);
  });

  it('reads the log tables through their trigram indexes, not row by row', async () => {
    const statements: { sql: string; params: unknown[] }[] = [];
    await takeInventory(recording(statements), plan, 'sun_ny');
    const counting = statements.find((s) => s.sql.includes('ig_publishing_logs'));
    expect(counting).toBeDefined();
    const { rows } = await db.pool.query(`EXPLAIN (FORMAT JSON) ${counting!.sql}`, counting!.params);
    const text = JSON.stringify(rows[0]['QUERY PLAN']);
    expect(text).toContain('ig_publishing_logs_message_ascii_trgm');
    expect(text).toContain('ig_error_logs_message_ascii_trgm');
    // The only sequential reads left are of tables with a handful of rows.
    const seqScans = [...text.matchAll(/"Node Type":"Seq Scan"[^}]*?"Relation Name":"(\w+)"/g)].map((m) => m[1]);
    expect(seqScans).not.toContain('ig_publishing_logs');
    expect(seqScans).not.toContain('ig_error_logs');
  });

  it('reads the examples shown to staff through the same index', async () => {
    const statements: { sql: string; params: unknown[] }[] = [];
    const inv = await takeInventory(recording(statements), plan, 'sun_ny');
    expect(inv.mentions).toEqual({ rows: 1, examples: ['Tag failed for @sun_ny.'] });
    const examples = statements.find((s) => s.sql.includes('regexp_instr'));
    expect(examples).toBeDefined();
    const { rows } = await db.pool.query(`EXPLAIN (FORMAT JSON) ${examples!.sql}`, examples!.params);
    const text = JSON.stringify(rows[0]['QUERY PLAN']);
    expect(text).toContain('ig_publishing_logs_message_ascii_trgm');
    expect(text).not.toMatch(/"Node Type":"Seq Scan"[^}]*?"Relation Name":"ig_publishing_logs"/);
  });
});

describe('mention search in a database with a Turkish collation', () => {
  // There lower('ALICE') is 'alıce': folding case by the database's collation would not
  // find '@ALICE' from 'alice'. Handles are ASCII, and mentions are folded in ASCII.
  let tr: TestDatabase;

  beforeAll(async () => {
    tr = await createTestDatabase({ icuLocale: 'tr-TR' });
    const { rows } = await tr.pool.query(`SELECT lower('ALICE') AS lowered`);
    expect(rows[0].lowered).toBe('alıce'); // the collation under test is in force
    await tr.pool.query(`INSERT INTO ig_accounts (ig_user_id, username) VALUES ('1', 'ALICE'), ('2', 'other.one')`);
    await tr.pool.query(
      `INSERT INTO ig_publishing_logs (account_id, status, message)
       VALUES ((SELECT id FROM ig_accounts WHERE username = 'ALICE'), 'published', 'her own post')`,
    );
    await tr.pool.query(
      `INSERT INTO ig_publishing_logs (account_id, status, message)
       SELECT (SELECT id FROM ig_accounts WHERE username = 'other.one'), 'failed', m
         FROM unnest(ARRAY['Tag failed for @ALICE.', 'collab with Alice ok', 'MALICE is not her', 'x @alice_b']) AS m`,
    );
    await tr.pool.query(
      `INSERT INTO ig_error_logs (account_id, error_code, message)
       VALUES ((SELECT id FROM ig_accounts WHERE username = 'other.one'), 'timeout', 'FOR @ALICE: TIMED OUT')`,
    );
  });

  afterAll(async () => {
    await tr?.drop();
  });

  it('looks the handle up through the indexes on the text lowered in ASCII', async () => {
    const statements: { sql: string; params: unknown[] }[] = [];
    await takeInventory(recording(statements, tr), plan, 'alice');
    const client = await tr.pool.connect();
    try {
      // A handful of rows: only with sequential reads priced out does the plan show which index matches.
      await client.query('SET enable_seqscan = off');
      const text = [];
      for (const s of statements) {
        const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${s.sql}`, s.params);
        text.push(JSON.stringify(rows[0]['QUERY PLAN']));
      }
      const plans = text.join('\n');
      expect(plans).toContain('ig_accounts_username_ascii');
      expect(plans).toContain('ig_publishing_logs_message_ascii_trgm');
      expect(plans).toContain('ig_error_logs_message_ascii_trgm');
    } finally {
      client.release();
    }
  });

  it('finds the account stored in capitals, counts and redacts mentions written in capitals, and finds none left', async () => {
    const before = await takeInventory(tr.pool, plan, 'alice');
    expect(before.accountFound).toBe(true);
    expect(before.lines.find((l) => l.id === 'publishing_logs')!.rows).toBe(1);
    expect(before.lines.find((l) => l.id === 'account')!.rows).toBe(1);
    expect(before.lines.find((l) => l.id === 'publishing_log_mentions')!.rows).toBe(1);
    expect(before.lines.find((l) => l.id === 'error_log_mentions')!.rows).toBe(1);

    await inTransaction(tr.pool, (tx) => executePlan(tx, plan, 'alice'));
    const { rows } = await tr.pool.query<{ message: string }>(
      `SELECT message FROM ig_publishing_logs UNION ALL SELECT message FROM ig_error_logs`,
    );
    expect(rows.map((r) => r.message).sort()).toEqual([
      'FOR [deleted user]: TIMED OUT',
      'MALICE is not her',
      'Tag failed for [deleted user].',
      'collab with Alice ok',
      'x @alice_b',
    ]);
    const after = await takeInventory(tr.pool, plan, 'alice');
    expect(after.lines.every((l) => l.rows === 0)).toBe(true);
  });
});

describe('mention search in a database not in UTF-8', () => {
  let ascii: TestDatabase;

  beforeAll(async () => {
    // An initdb without a UTF-8 locale (as some container images run it) makes SQL_ASCII databases.
    ascii = await createTestDatabase({ encoding: 'SQL_ASCII' });
    await ascii.pool.query(`INSERT INTO ig_accounts (ig_user_id, username) VALUES ('1', 'kite'), ('2', 'other.one')`);
    await ascii.pool.query(
      `INSERT INTO ig_publishing_logs (account_id, status, message)
       SELECT (SELECT id FROM ig_accounts WHERE username = 'other.one'), 'failed', m
         FROM unnest(ARRAY['Tag failed for @kite.', 'collab with @kite ok']) AS m`,
    );
  });

  afterAll(async () => {
    await ascii?.drop();
  });

  it('counts the mentions and shows staff two of them', async () => {
    const inv = await takeInventory(ascii.pool, plan, 'kite');
    expect(inv.mentions?.rows).toBe(2);
    expect(inv.mentions?.examples).toHaveLength(2);
    expect(inv.mentions?.examples.join(' ')).toContain('@kite');
  });
});
