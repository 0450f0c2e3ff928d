import { beforeAll, describe, expect, it } from 'vitest';
import { inTransaction, type PoolClient } from '../../src/db/pool.js';
import { carryOutDeletion } from '../../src/deletion/carry-out-deletion.js';
import { loadDeletionPlan } from '../../src/deletion/deletion-plan.js';
import { keptLines } from '../../src/mail-out/inventory-types.js';
import { executePlan, takeInventory } from '../../src/deletion/run-plan.js';
import type { Queues } from '../../src/queue/queues.js';
import { insertRequest } from '../../src/requests/request-store.js';
import { testBotContext } from '../support/bot-context.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import type { TestDatabase } from '../../harness/postgres.js';

/**
 * Batched erasure against real Postgres: whatever the batch size, the same
 * rows go and the same rows stay; a legal hold keeps the account's own rows
 * and says so; the redaction marker never counts as a mention.
 */

const fixture = useFeatureFixture({ seed: true });
let db: TestDatabase;
let queues: Queues;
const plan = loadDeletionPlan();
const BIG_LOGS = 1_200;

async function account(username: string, opts: { hold?: boolean } = {}): Promise<string> {
  const { rows } = await db.pool.query(
    `INSERT INTO ig_accounts (ig_user_id, username, legal_hold) VALUES ($1, $2, $3) RETURNING id`,
    [`ig-${username}`, username, opts.hold ?? false],
  );
  return rows[0].id;
}

async function tables(db: PoolClient | TestDatabase['pool']): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of ['ig_accounts', 'ig_access_tokens', 'ig_publishing_logs', 'ig_error_logs']) {
    out[t] = (await db.query(`SELECT * FROM ${t} ORDER BY id`)).rows;
  }
  return out;
}

/** Runs `fn` in a transaction that is always rolled back. */
async function rolledBack<T>(fn: (tx: PoolClient) => Promise<T>): Promise<T> {
  const tx = await db.pool.connect();
  try {
    await tx.query('BEGIN');
    return await fn(tx);
  } finally {
    await tx.query('ROLLBACK');
    tx.release();
  }
}

beforeAll(async () => {
  ({ db, queues } = fixture);
  const big = await account('big.account');
  await db.pool.query(
    `INSERT INTO ig_publishing_logs (account_id, status, message)
     SELECT $1, 'published', 'Published post ' || g FROM generate_series(1, $2) g`,
    [big, BIG_LOGS],
  );
  await db.pool.query(`INSERT INTO ig_access_tokens (account_id, access_token, authorization_status) VALUES ($1, 'IGAAbig', 'authorized')`, [big]);
  // Mentions of big.account in another account's logs, some more than once in one message.
  await db.pool.query(
    `INSERT INTO ig_error_logs (account_id, error_code, message)
     SELECT (SELECT id FROM ig_accounts WHERE username = 'bob_builds'), 'tag', 'Tag @big.account failed; retry @big.account ' || g FROM generate_series(1, 30) g`,
  );
});

describe('batched deletion', () => {
  it('erases the same rows whatever the batch size, counting each step as the inventory did', async () => {
    const counted = await takeInventory(db.pool, plan, 'big.account');
    const byId = Object.fromEntries(counted.lines.map((l) => [l.id, l.rows]));
    expect(byId).toMatchObject({ access_tokens: 1, publishing_logs: BIG_LOGS, error_log_mentions: 30, account: 1 });

    const results = [];
    for (const batchSize of [1, 7, 1000, 100_000]) {
      results.push(await rolledBack(async (tx) => {
        const done = await executePlan(tx, plan, 'big.account', { batchSize });
        const left = await takeInventory(tx, plan, 'big.account');
        return { batchSize, done, left, after: await tables(tx) };
      }));
    }
    for (const r of results) {
      expect(r.done.lines, `batch size ${r.batchSize}`).toEqual(counted.lines);
      expect(r.left.lines.every((l) => l.rows === 0), `batch size ${r.batchSize}`).toBe(true);
      expect(r.after).toEqual(results[0]!.after);
    }
    // Each step takes its full batches plus the short one (none left, or fewer than a batch) that ends it.
    const statements = (size: number) => counted.lines.reduce((n, l) => n + Math.floor(l.rows / size) + 1, 0);
    expect(results.map((r) => r.done.batches)).toEqual([1, 7, 1000, 100_000].map(statements));
    expect(results[0]!.done.batches).toBeGreaterThan(BIG_LOGS);

    const after = results[0]!.after;
    expect(JSON.stringify(after)).not.toContain('big.account');
    expect((after.ig_error_logs as { message: string }[]).filter((r) => r.message.startsWith('Tag [deleted user] failed; retry [deleted user] '))).toHaveLength(30);
    // The rolled-back runs left everything in place.
    expect((await takeInventory(db.pool, plan, 'big.account')).lines).toEqual(counted.lines);
  });

  it('keeps every row of an account under legal hold, says which categories, and still redacts its mentions elsewhere', async () => {
    const held = await account('held.account', { hold: true });
    await db.pool.query(`INSERT INTO ig_access_tokens (account_id, access_token, authorization_status) VALUES ($1, 'IGAAheld', 'authorized')`, [held]);
    await db.pool.query(`INSERT INTO ig_publishing_logs (account_id, status, message) VALUES ($1, 'published', 'Posted as @held.account'), ($1, 'failed', 'Timeout')`, [held]);
    await db.pool.query(`INSERT INTO ig_error_logs (account_id, error_code, message) VALUES ((SELECT id FROM ig_accounts WHERE username = 'dave.designs'), 'tag', 'Could not tag @held.account')`);
    const ownRows = async () => {
      const t = await tables(db.pool);
      return Object.fromEntries(Object.entries(t).map(([name, rows]) => [name, (rows as Record<string, unknown>[]).filter((r) => (name === 'ig_accounts' ? r.id : r.account_id) === held)]));
    };
    const before = await ownRows();

    const inv = await takeInventory(db.pool, plan, 'held.account');
    expect(inv.legalHold).toBe(true);
    expect(keptLines(inv).map((l) => [l.id, l.kept])).toEqual([['access_tokens', 1], ['publishing_logs', 2], ['account', 1]]);
    expect(inv.lines.find((l) => l.id === 'error_log_mentions')).toMatchObject({ rows: 1, kept: 0 });

    const done = await inTransaction(db.pool, (tx) => executePlan(tx, plan, 'held.account', { batchSize: 1 }));
    expect(done.lines).toEqual(inv.lines);
    expect(await ownRows()).toEqual(before);
    const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM ig_error_logs WHERE message = 'Could not tag [deleted user]'`);
    expect(rows[0].n).toBe(1);
    const left = await takeInventory(db.pool, plan, 'held.account');
    expect(left.lines.reduce((n, l) => n + l.rows, 0)).toBe(0);
    expect(keptLines(left).map((l) => l.id)).toEqual(['access_tokens', 'publishing_logs', 'account']);
  });

  it('never takes the redaction marker for a mention, so it ends even for a user named "deleted"', async () => {
    await db.pool.query(
      `INSERT INTO ig_error_logs (account_id, error_code, message) VALUES
         (NULL, 'old', 'Earlier: [deleted user] was removed'),
         (NULL, 'new', 'Could not tag @deleted, nor deleted@deleted'),
         (NULL, 'two', 'Hello (deleted), not bob@deleted.example')`,
    );
    // No account is named "deleted": its mentions are redacted only because staff asked.
    const inv = await takeInventory(db.pool, plan, 'deleted', { redactMentions: true });
    expect(inv.lines.find((l) => l.id === 'error_log_mentions')!.rows).toBe(1);
    await inTransaction(db.pool, (tx) => executePlan(tx, plan, 'deleted', { batchSize: 1, redactMentions: true }));
    const { rows } = await db.pool.query(`SELECT error_code, message FROM ig_error_logs WHERE error_code IN ('old', 'new', 'two') ORDER BY error_code`);
    expect(rows).toEqual([
      // Only "@deleted" is a mention: "deleted@deleted" reads as an address, "(deleted)" is the bare word.
      { error_code: 'new', message: 'Could not tag [deleted user], nor deleted@deleted' },
      { error_code: 'old', message: 'Earlier: [deleted user] was removed' },
      { error_code: 'two', message: 'Hello (deleted), not bob@deleted.example' },
    ]);
    expect((await takeInventory(db.pool, plan, 'deleted', { redactMentions: true })).lines.every((l) => l.rows === 0)).toBe(true);
  });

  it("completes the request in the same transaction: counts per step and batches in the deleted event, one completion mail in the request's language", async () => {
    const ctx = testBotContext({ pool: db.pool, queues, env: { DELETE_BATCH_SIZE: '250' }, now: () => new Date('2026-12-01T09:00:00Z') });
    const { rows: inbound } = await db.pool.query(
      `INSERT INTO inbound_messages (mailbox, uid_validity, uid, message_id, content_sha256, size_bytes, received_at)
       VALUES ('INBOX', 1, 1, 'big-1@example.com', 'x', 1, now()) RETURNING id`,
    );
    const req = await insertRequest(db.pool, {
      instagramUsername: 'big.account', senderEmail: 'big@example.com', confirmationEmail: 'big@example.com', confirmationSource: 'sender',
      statement: 'Borren mis datos, por favor.', sourceMessageId: inbound[0].id, threadMessageId: 'big-1@example.com',
      receivedAt: new Date('2026-11-28T09:00:00Z'), dueAt: new Date('2026-12-28T09:00:00Z'), language: 'es',
    });
    await db.pool.query(`UPDATE requests SET state = 'deleting' WHERE id = $1`, [req.id]);

    const first = await carryOutDeletion(ctx, req.id);
    expect(first.mail).toHaveLength(1);
    expect(await carryOutDeletion(ctx, req.id)).toEqual({});

    const { rows: events } = await db.pool.query(`SELECT detail FROM request_events WHERE request_id = $1 AND type = 'deleted'`, [req.id]);
    expect(events).toHaveLength(1);
    const detail = events[0].detail;
    expect(detail.batchSize).toBe(250);
    expect(detail.verifiedEmpty).toBe(true);
    expect(Object.fromEntries(detail.counts.map((l: { id: string; rows: number }) => [l.id, l.rows]))).toMatchObject({ publishing_logs: BIG_LOGS, error_log_mentions: 30, account: 1 });
    expect(detail.batches).toBe(detail.counts.reduce((n: number, l: { rows: number }) => n + Math.floor(l.rows / 250) + 1, 0));

    const { rows: mails } = await db.pool.query(`SELECT to_addresses, subject, text_body, html_body, in_reply_to FROM outbox WHERE request_id = $1`, [req.id]);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(`[${req.reference}] Sus datos de Instagram han sido eliminados`);
    expect(mails[0].text_body).toContain(`registros de publicación: ${BIG_LOGS} eliminado(s)`);
    expect(mails[0].html_body).toContain('<html lang="es">');
    expect(mails[0].in_reply_to).toBe('big-1@example.com');
    const { rows: state } = await db.pool.query(`SELECT state, deleted_counts FROM requests WHERE id = $1`, [req.id]);
    expect(state[0].state).toBe('completed');
    expect(await takeInventory(db.pool, plan, 'big.account')).toMatchObject({ accountFound: false });
  });
});
