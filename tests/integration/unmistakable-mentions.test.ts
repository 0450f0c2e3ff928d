import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/db/pool.js';
import { loadDeletionPlan } from '../../src/deletion/deletion-plan.js';
import { executePlan, takeInventory } from '../../src/deletion/run-plan.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';

/**
 * Redaction rewrites only unmistakable mentions of a handle in other accounts' logs: '@handle'
 * and a profile link, never the bare word; and for a handle no account has, only when staff
 * asked for it. A request for "failed" must not rewrite "Publishing failed: ...".
 */

let db: TestDatabase;
const plan = loadDeletionPlan();

beforeAll(async () => {
  db = await createTestDatabase();
  await db.pool.query(`INSERT INTO ig_accounts (ig_user_id, username) VALUES ('1', 'kite'), ('2', 'other.one')`);
});

afterAll(async () => {
  await db?.drop();
});

/** A publishing log of the other account; resolves with its id. */
async function otherLog(message: string): Promise<string> {
  const { rows } = await db.pool.query(
    `INSERT INTO ig_publishing_logs (account_id, status, message)
     VALUES ((SELECT id FROM ig_accounts WHERE username = 'other.one'), 'failed', $1) RETURNING id`,
    [message],
  );
  return rows[0].id as string;
}

async function messagesOf(ids: readonly string[]): Promise<string[]> {
  const { rows } = await db.pool.query(`SELECT message FROM ig_publishing_logs WHERE id = ANY($1::bigint[]) ORDER BY id`, [ids]);
  return rows.map((r) => r.message as string);
}

const mentionRows = (inv: Awaited<ReturnType<typeof takeInventory>>) =>
  inv.lines.filter((l) => l.action === 'redact').reduce((n, l) => n + l.rows, 0);

describe('a handle that is an ordinary word, and no account has', () => {
  it('leaves the word in other accounts\' logs as it is', async () => {
    const ids = [await otherLog('Publishing failed: media container expired'), await otherLog('FAILED again, retry scheduled')];
    await inTransaction(db.pool, (tx) => executePlan(tx, plan, 'failed'));
    expect(await messagesOf(ids)).toEqual(['Publishing failed: media container expired', 'FAILED again, retry scheduled']);
    const inv = await takeInventory(db.pool, plan, 'failed');
    expect(inv.accountFound).toBe(false);
    expect(inv.mentions).toEqual({ rows: 0, examples: [] });
  });

  it('counts @mentions for staff, leaves them unless staff ask, and rewrites them when staff do', async () => {
    const ids = [await otherLog('Tag failed for @failed.'), await otherLog('collab with @Failed and @failedx')];
    const inv = await takeInventory(db.pool, plan, 'failed');
    // Nothing is rewritten by default, but staff are shown what could be.
    expect(mentionRows(inv)).toBe(0);
    expect(inv.mentions).toEqual({ rows: 2, examples: [expect.stringContaining('@failed.'), expect.stringContaining('@Failed and')] });

    await inTransaction(db.pool, (tx) => executePlan(tx, plan, 'failed'));
    expect(await messagesOf(ids)).toEqual(['Tag failed for @failed.', 'collab with @Failed and @failedx']);

    const chosen = await takeInventory(db.pool, plan, 'failed', { redactMentions: true });
    expect(mentionRows(chosen)).toBe(2);
    const done = await inTransaction(db.pool, (tx) => executePlan(tx, plan, 'failed', { redactMentions: true }));
    expect(done.lines).toEqual(chosen.lines);
    expect(await messagesOf(ids)).toEqual(['Tag failed for [deleted user].', 'collab with [deleted user] and @failedx']);
    expect((await takeInventory(db.pool, plan, 'failed', { redactMentions: true })).lines.every((l) => l.rows === 0)).toBe(true);
  });
});

describe('a handle a connected account has', () => {
  it('rewrites @handle and profile links, and leaves longer handles, addresses and the bare word', async () => {
    const rewritten = [
      await otherLog('Tag failed for @kite.'),
      await otherLog('see instagram.com/kite for the collab'),
      await otherLog('profile https://www.Instagram.com/KITE/?igsh=abc moved'),
    ];
    const untouched = [
      await otherLog('kitex and xkite are other people'),
      await otherLog('thanks @kitex and @kite_2 and @kite.extra'),
      await otherLog('fly a kite today'),
      await otherLog('write to bob@kite.example or see notinstagram.com/kite'),
    ];
    const inv = await takeInventory(db.pool, plan, 'kite');
    expect(inv.accountFound).toBe(true);
    expect(mentionRows(inv)).toBe(3);
    expect(inv.mentions?.rows).toBe(3);
    expect(inv.mentions?.examples).toHaveLength(2);

    await inTransaction(db.pool, (tx) => executePlan(tx, plan, 'kite'));
    expect(await messagesOf(rewritten)).toEqual([
      'Tag failed for [deleted user].',
      'see [deleted user] for the collab',
      'profile [deleted user]/?igsh=abc moved',
    ]);
    expect(await messagesOf(untouched)).toEqual([
      'kitex and xkite are other people',
      'thanks @kitex and @kite_2 and @kite.extra',
      'fly a kite today',
      'write to bob@kite.example or see notinstagram.com/kite',
    ]);
  });
});
