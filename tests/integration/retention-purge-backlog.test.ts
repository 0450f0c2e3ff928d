import { beforeAll, describe, expect, it } from 'vitest';
import type { TestBotContext } from '../support/bot-context.js';
import { purgeExpired } from '../../src/retention/purge-expired.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import type { TestDatabase } from '../../harness/postgres.js';

/**
 * Ended requests still owed a mail (SMTP down for weeks) wait for it; they
 * must not keep the purge from the requests behind them. 600 such requests,
 * older than the one that can go, and one pass purges that one.
 */

const DAY = 86_400_000;
const T0 = new Date();
const WAITING = 600;

const fixture = useFeatureFixture();
let db: TestDatabase;
let ctx: TestBotContext;

beforeAll(async () => {
  ({ db } = fixture);
  ctx = fixture.context({ now: () => T0 });
});

describe('retention purge behind requests waiting for a mail', () => {
  it('purges the one purgeable request behind 600 that wait for a mail, in one pass', async () => {
    const ended = new Date(T0.getTime() - 40 * DAY);
    const { rows: waiting } = await db.pool.query(
      `INSERT INTO requests (reference, state, received_at, due_at, completed_at, sender_email)
       SELECT 'DR-1999-W' || lpad(n::text, 5, '0'), 'completed', $1, $1, $1, 'waiting' || n || '@example.com'
         FROM generate_series(1, $2) n
       RETURNING id`,
      [ended, WAITING],
    );
    await db.pool.query(
      `INSERT INTO outbox (request_id, purpose, to_addresses, subject, text_body, message_id)
       SELECT id, 'completion', ARRAY['someone@example.com'], 'Done', 'Your data is deleted', 'done-' || id || '@pickrtech.com'
         FROM unnest($1::uuid[]) id`,
      [waiting.map((r) => r.id)],
    );
    const { rows: [purgeable] } = await db.pool.query(
      `INSERT INTO requests (reference, state, received_at, due_at, decided_at, sender_email, instagram_username)
       VALUES ('DR-1999-P00001', 'rejected', $1, $1, $1, 'purge.me@example.com', 'purge.me') RETURNING id`,
      [new Date(T0.getTime() - 31 * DAY)],
    );

    const summary = await purgeExpired(ctx);
    expect(summary).toMatchObject({ requests: 1, waitingForMail: WAITING });
    const { rows } = await db.pool.query(`SELECT sender_email, instagram_username, purged_at FROM requests WHERE id = $1`, [purgeable.id]);
    expect(rows[0]).toMatchObject({ sender_email: null, instagram_username: null, purged_at: expect.any(Date) });
    const { rows: kept } = await db.pool.query(`SELECT count(*)::int AS n FROM requests WHERE purged_at IS NULL AND reference LIKE 'DR-1999-W%'`);
    expect(kept[0].n).toBe(WAITING);
  });
});
