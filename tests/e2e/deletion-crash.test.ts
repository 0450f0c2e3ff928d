import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../harness/bot-process.js';
import { useBotStack } from '../support/bot-stack.js';
import { listMail, waitForMail, type ReceivedMail } from '../../harness/mail-user.js';
import { fileRequest } from './file-request.js';

/**
 * The bot is killed (SIGKILL) while the batched deletion of a large account is
 * running. Postgres rolls the transaction back, so nothing is half-deleted;
 * after a restart the bot runs the deletion again and the data ends deleted
 * once, with one `deleted` event and one completion mail.
 */

const LOGS = 50_000;
const BATCH = 500;

const t = useBotStack({ seed: true, start: false });

beforeAll(async () => {
  const { rows } = await t.db.pool.query(
    `INSERT INTO ig_accounts (ig_user_id, username, display_name) VALUES ('17841400000000099', 'big.account', 'Big Account') RETURNING id`,
  );
  const id = rows[0].id;
  await t.db.pool.query(`INSERT INTO ig_access_tokens (account_id, access_token, authorization_status) VALUES ($1, 'IGAAbig', 'authorized')`, [id]);
  await t.db.pool.query(
    `INSERT INTO ig_publishing_logs (account_id, media_id, status, message)
     SELECT $1, 'media-' || g, 'published', 'Published post ' || g FROM generate_series(1, $2) g`,
    [id, LOGS],
  );
  await t.db.pool.query('ANALYZE');
  t.env.DELETE_BATCH_SIZE = String(BATCH);
  await t.start();
}, 120_000);

/** Polls `probe` until it returns a value; the deadline only bounds a failing test. */
async function until<T>(what: string, probe: () => Promise<T | null | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== null && v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function publishingLogsOf(username: string): Promise<number> {
  const { rows } = await t.db.pool.query(
    `SELECT count(*)::int AS n FROM ig_publishing_logs l JOIN ig_accounts a ON a.id = l.account_id WHERE a.username = $1`,
    [username],
  );
  return rows[0].n;
}

const isCompletion = (ref: string) => (m: ReceivedMail) => m.subject.includes(ref) && m.headers.get('x-deletion-bot') === 'completion';

describe('a crash in the middle of a batched deletion', () => {
  it('rolls back, and after a restart the data is deleted once with one completion mail', async () => {
    const { ref } = await fileRequest(t, {
      from: 'bob@example.com',
      subject: 'Delete my data',
      text: 'Hello, please delete my Instagram data. My Instagram username is @big.account\n',
    });
    const { rows: req } = await t.db.pool.query(`SELECT id FROM requests WHERE reference = $1`, [ref]);
    const requestId = req[0].id as string;

    const approvedAt = Date.now();
    const approved = await runCli(['approve', ref, '--by', 'olivia'], t.env);
    expect(approved.code, approved.stderr).toBe(0);
    // Redis is up: the decision is queued at once, not left for the reconciler.
    expect(approved.stderr).not.toContain('Redis is unreachable');
    const cliDoneAt = Date.now();

    // The bot's deletion transaction, seen from Postgres: it has written (it holds a
    // transaction id: the access token is gone in it) and is deleting publishing logs.
    const backend = await until('the DELETE on ig_publishing_logs in the bot\'s transaction', async () => {
      const { rows } = await t.db.pool.query(
        `SELECT pid FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL
            AND state IN ('active', 'idle in transaction') AND query LIKE 'DELETE FROM ig_publishing_logs WHERE ctid%'`,
      );
      return rows[0]?.pid as number | undefined;
    });
    const seenAt = Date.now();
    t.bot!.kill();
    expect(await t.stop()).toBeNull(); // ended by the signal, not by an exit
    const killedAt = Date.now();

    // Postgres ends the orphaned transaction and rolls it back.
    await until('the killed bot\'s backend to end', async () => {
      const { rows } = await t.db.pool.query(`SELECT 1 FROM pg_stat_activity WHERE pid = $1`, [backend]);
      return rows.length === 0 ? true : null;
    });
    const rolledBackAt = Date.now();
    expect(await publishingLogsOf('big.account')).toBe(LOGS);
    const { rows: mid } = await t.db.pool.query(
      `SELECT r.state,
              (SELECT count(*)::int FROM request_events e WHERE e.request_id = r.id AND e.type = 'deleted') AS deleted_events,
              (SELECT count(*)::int FROM outbox o WHERE o.request_id = r.id AND o.purpose = 'completion') AS completion_mails,
              (SELECT count(*)::int FROM ig_access_tokens k JOIN ig_accounts a ON a.id = k.account_id WHERE a.username = 'big.account') AS tokens
         FROM requests r WHERE r.id = $1`,
      [requestId],
    );
    expect(mid[0]).toEqual({ state: 'deleting', deleted_events: 0, completion_mails: 0, tokens: 1 });

    const restartedAt = Date.now();
    await t.start();
    const done = await waitForMail(t.stack.dovecot, 'bob@example.com', isCompletion(ref), { timeoutMs: 120_000 });
    const mailedAt = Date.now();
    expect(done.subject).toBe(`[${ref}] Your Instagram data has been deleted`);
    expect(done.text).toContain(`publishing logs: ${LOGS} deleted`);
    expect(done.text).toContain('access tokens and authorization status: 1 deleted');

    expect(await publishingLogsOf('big.account')).toBe(0);
    const { rows: accounts } = await t.db.pool.query(`SELECT count(*)::int AS n FROM ig_accounts WHERE username = 'big.account'`);
    expect(accounts[0].n).toBe(0);
    const { rows: events } = await t.db.pool.query(
      `SELECT detail FROM request_events WHERE request_id = $1 AND type = 'deleted'`, [requestId]);
    expect(events).toHaveLength(1);
    const counts = Object.fromEntries((events[0].detail.counts as { id: string; rows: number }[]).map((l) => [l.id, l.rows]));
    expect(counts).toMatchObject({ access_tokens: 1, publishing_logs: LOGS, account: 1 });
    expect(events[0].detail.batchSize).toBe(BATCH);
    const { rows: outbox } = await t.db.pool.query(
      `SELECT state FROM outbox WHERE request_id = $1 AND purpose = 'completion'`, [requestId]);
    expect(outbox).toEqual([{ state: 'sent' }]);
    expect((await listMail(t.stack.dovecot, 'bob@example.com')).filter(isCompletion(ref))).toHaveLength(1);

    const committed = t.logs.flat().map((l) => { try { return JSON.parse(l); } catch { return null; } })
      .find((l) => l?.msg === 'deletion committed' && l.reference === ref);
    expect(committed).toMatchObject({ rows: LOGS + 2, batches: events[0].detail.batches });
    console.info(JSON.stringify({
      rows: LOGS, batchSize: BATCH, batches: committed.batches,
      approveCliMs: cliDoneAt - approvedAt, cliToDeleteSeenMs: seenAt - cliDoneAt, killToRollbackMs: rolledBackAt - killedAt,
      restartToMailMs: mailedAt - restartedAt, deletionAfterRestartMs: committed.ms,
    }));
    // Long enough for its own waits (the completion mail alone may take 120 s on a loaded machine).
  }, 240_000);
});
