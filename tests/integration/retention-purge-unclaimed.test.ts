import { beforeAll, describe, expect, it } from 'vitest';
import type { TestBotContext } from '../support/bot-context.js';
import { markSentWithEvent } from '../../src/mail-out/outbox-store.js';
import { purgeExpired } from '../../src/retention/purge-expired.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import type { TestDatabase } from '../../harness/postgres.js';
import { deliver, rawMail } from './file-request-direct.js';

/**
 * Mail the bot writes about no request it knows (here: staff's alert about a
 * decision attempt naming an unknown reference) quotes the sender's address.
 * The retention purge empties it like everything else after RETENTION_DAYS
 * (30). The clock starts at the real present because the outbox stamps its
 * rows with the database's time.
 */

const DAY = 86_400_000;
const T0 = new Date();
const at = (days: number) => new Date(T0.getTime() + days * DAY);

const fixture = useFeatureFixture();
let db: TestDatabase;
let clock = T0;
let ctx: TestBotContext;

const STRANGER = 'eve.stranger@example.org';

async function outboxText(): Promise<string> {
  const { rows } = await db.pool.query(`SELECT row_to_json(o)::text AS j FROM outbox o`);
  return rows.map((r) => r.j as string).join('\n').toLowerCase();
}

beforeAll(async () => {
  ({ db } = fixture);
  ctx = fixture.context({ now: () => clock });
  const { kind } = await deliver(ctx, rawMail({
    from: STRANGER, subject: 'Re: [DR-2026-99999] Deletion request', text: 'APPROVE', messageId: 'stranger-1@example.org',
  }), T0);
  expect(kind).toBe('approval_refused');
});

describe('retention purge of mail about no known request', () => {
  it('keeps the alert naming the sender before RETENTION_DAYS have passed, and while it is unsent', async () => {
    const { rows } = await db.pool.query(`SELECT id, purpose, request_id FROM outbox`);
    expect(rows).toEqual([expect.objectContaining({ purpose: 'staff_alert', request_id: null })]);
    expect(await outboxText()).toContain(STRANGER);

    clock = at(29);
    await purgeExpired(ctx);
    expect(await outboxText()).toContain(STRANGER);

    // Not yet sent (SMTP down): it must go out whole first.
    clock = at(31);
    // Only the stranger's raw mail is emptied.
    expect(await purgeExpired(ctx)).toEqual({ requests: 0, waitingForMail: 0, otherMessages: 1 });
    expect(await outboxText()).toContain(STRANGER);
    await markSentWithEvent(db.pool, rows[0].id, rows[0].purpose);
  });

  it('empties the sent alert once RETENTION_DAYS have passed, and then leaves it alone', async () => {
    clock = at(31);
    expect(await purgeExpired(ctx)).toEqual({ requests: 0, waitingForMail: 0, otherMessages: 1 });
    expect(await outboxText()).not.toContain(STRANGER);
    const { rows } = await db.pool.query(`SELECT to_addresses, subject, text_body, html_body, state FROM outbox`);
    expect(rows).toEqual([{ to_addresses: [], subject: '', text_body: '', html_body: null, state: 'sent' }]);
    expect(await purgeExpired(ctx)).toEqual({ requests: 0, waitingForMail: 0, otherMessages: 0 });
  });
});
