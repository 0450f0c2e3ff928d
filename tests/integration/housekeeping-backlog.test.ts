import { beforeAll, describe, expect, it } from 'vitest';
import type { TestBotContext } from '../support/bot-context.js';
import { runHousekeeping } from '../../src/housekeeping/run-housekeeping.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import type { TestDatabase } from '../../harness/postgres.js';
import { fileRequestDirect } from './file-request-direct.js';

/**
 * A back-log of open requests staff were already told about must not hide a
 * newer request that is owed a reminder or an escalation: one housekeeping
 * pass finds it behind 1,500 others. The clock starts at the real present
 * because the moment staff were asked is the database's time of that event.
 */

const DAY = 86_400_000;
const T0 = new Date();
const BACKLOG = 1_500;

const fixture = useFeatureFixture({ seed: true });
let db: TestDatabase;
let clock = T0;
let ctx: TestBotContext;

beforeAll(async () => {
  ({ db } = fixture);
  ctx = fixture.context({ now: () => clock });
});

/** `count` requests waiting for staff, received before `receivedAt`, due at `dueAt`, with the given reminder and escalation stamps. */
async function backlog(tag: string, r: { receivedAt: Date; dueAt: Date; lastReminderAt: Date | null; escalatedAt: Date | null }): Promise<void> {
  await db.pool.query(
    `INSERT INTO requests (reference, state, received_at, due_at, last_reminder_at, escalated_at)
     SELECT 'DR-1999-' || $1 || lpad(n::text, 5, '0'), 'awaiting_approval', $2, $3, $4, $5
       FROM generate_series(1, $6) n`,
    [tag, r.receivedAt, r.dueAt, r.lastReminderAt, r.escalatedAt, BACKLOG],
  );
}

async function staffMailCount(requestId: string, purpose: string): Promise<number> {
  const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM outbox WHERE request_id = $1 AND purpose = $2`, [requestId, purpose]);
  return rows[0].n;
}

describe('housekeeping behind a back-log of open requests', () => {
  it('escalates a newly due request behind 1,500 already escalated ones, in one pass', async () => {
    const fresh = await fileRequestDirect(ctx, { from: 'newcomer@example.com', username: 'newcomer.one', at: T0 });
    const { rows } = await db.pool.query(`SELECT due_at FROM requests WHERE id = $1`, [fresh]);
    const dueAt: Date = rows[0].due_at;
    clock = new Date(dueAt.getTime() - 4 * DAY);
    // Older, due earlier, already escalated for their due date (and reminded just now).
    await backlog('E', { receivedAt: new Date(T0.getTime() - 40 * DAY), dueAt: T0, lastReminderAt: clock, escalatedAt: T0 });

    await runHousekeeping(ctx);
    expect(await staffMailCount(fresh, 'staff_escalation')).toBe(1);
    const { rows: none } = await db.pool.query(
      `SELECT count(*)::int AS n FROM outbox o JOIN requests r ON r.id = o.request_id WHERE r.reference LIKE 'DR-1999-E%'`,
    );
    expect(none[0].n).toBe(0);
    await db.pool.query(`UPDATE requests SET state = 'cancelled' WHERE reference LIKE 'DR-1999-E%' OR id = $1`, [fresh]);
  });

  it('reminds staff of a request behind 1,500 just reminded ones, in one pass', async () => {
    clock = T0;
    const fresh = await fileRequestDirect(ctx, { from: 'second@example.com', username: 'second.comer', at: T0 });
    clock = new Date(T0.getTime() + 3 * DAY + 60_000);
    // Waiting longer, reminded a minute ago, escalated already: nothing is owed for them.
    await backlog('R', { receivedAt: new Date(T0.getTime() - 10 * DAY), dueAt: new Date(T0.getTime() + 20 * DAY), lastReminderAt: clock, escalatedAt: T0 });

    await runHousekeeping(ctx);
    expect(await staffMailCount(fresh, 'staff_reminder')).toBe(1);
    const { rows } = await db.pool.query(
      `SELECT count(*)::int AS n FROM request_events e JOIN requests r ON r.id = e.request_id
        WHERE r.reference LIKE 'DR-1999-R%' AND e.type IN ('reminder_sent', 'escalated')`,
    );
    expect(rows[0].n).toBe(0);
  });
});
