import { beforeAll, describe, expect, it } from 'vitest';
import { createPool } from '../../src/db/pool.js';
import { handleStoredGroup } from '../../src/intake/handle-stored-group.js';
import { storeInboundMany } from '../../src/poller/inbound-store.js';
import { testBotContext } from '../support/bot-context.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import type { TestDatabase } from '../../harness/postgres.js';
import { waitUntil } from '../../harness/system.js';

/**
 * A back-fill into a new database: thousands of requests are opened within seconds, before
 * autovacuum has looked at the tables. Each group of new request mails must still look up
 * its own usernames, not read every open request (which made a back-fill slower the more it
 * had opened).
 */

const fixture = useFeatureFixture({ seed: false });
let db: TestDatabase;
const OPEN = 3000;
const GROUP = 30;

beforeAll(async () => {
  ({ db } = fixture);
  // Statistics taken while nothing was open, as in a back-fill's first seconds.
  await db.pool.query('ANALYZE requests');
  await db.pool.query(
    `INSERT INTO requests (reference, state, instagram_username, sender_email, received_at, due_at)
     SELECT 'DR-2025-' || lpad(g::text, 5, '0'), 'awaiting_approval', 'open.account.' || g, 'open' || g || '@example.com',
            now(), now() + interval '30 days'
       FROM generate_series(1, $1::int) AS g`,
    [OPEN],
  );
});

function request(i: number, username: string): { uid: number; source: Buffer; internalDate: Date } {
  const source = Buffer.from(
    `From: <asker${i}@example.com>\r\nTo: contact@pickrtech.com\r\nSubject: Delete my Instagram data\r\n` +
      `Message-ID: <ask${i}@example.com>\r\nDate: Sat, 28 Nov 2026 09:00:00 +0000\r\n\r\n` +
      `Please delete my Instagram data. My username is @${username}\r\n`,
  );
  return { uid: i, source, internalDate: new Date('2026-11-28T09:00:00Z') };
}

/** Rows of `requests` read (by scans and index fetches) in the statistics Postgres has flushed. */
async function requestRowsRead(): Promise<number> {
  await db.pool.query('SELECT pg_stat_clear_snapshot()');
  const { rows } = await db.pool.query(
    `SELECT (seq_tup_read + coalesce(idx_tup_fetch, 0))::int AS n FROM pg_stat_user_tables WHERE relname = 'requests'`,
  );
  return rows[0].n;
}

describe('a back-fill of request mails into a database with many open requests', () => {
  it('opens the group\'s requests, joins the open one, and reads few of the others', async () => {
    // The group's last mail names an account with an open request: it joins that one.
    const mails = Array.from({ length: GROUP }, (_, k) => request(k + 1, k === GROUP - 1 ? 'open.account.7' : `new.account.${k}`));
    const ids = (await storeInboundMany(db.pool, 'INBOX', 1, mails)).map((id) => id!);

    // The group runs on connections of its own: ending them makes Postgres publish what they read.
    const pool = createPool(db.url, 2);
    const before = await requestRowsRead();
    try {
      await handleStoredGroup(testBotContext({ pool, queues: fixture.queues }), ids);
    } finally {
      await pool.end();
    }
    let read = before;
    await waitUntil(async () => (read = await requestRowsRead()) !== before, 'Postgres never published what the group read of requests', 5000, 100);

    const { rows } = await db.pool.query(
      `SELECT count(*) FILTER (WHERE r.instagram_username LIKE 'new.account.%' AND r.state = 'received')::int AS opened,
              count(*) FILTER (WHERE r.instagram_username = 'open.account.7')::int AS joined
         FROM inbound_messages m JOIN requests r ON r.id = m.request_id WHERE m.id = ANY($1::uuid[])`,
      [ids],
    );
    expect(rows[0]).toEqual({ opened: GROUP - 1, joined: 1 });
    // Looked up one by one, the group reads a few rows per mail; a scan of the open requests reads all 3,000 (twice).
    expect(read - before).toBeGreaterThan(0);
    expect(read - before).toBeLessThan(OPEN / 3);
  });
});
