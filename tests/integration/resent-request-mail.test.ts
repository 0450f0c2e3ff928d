import { beforeAll, describe, expect, it } from 'vitest';
import type { TestBotContext } from '../support/bot-context.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import type { TestDatabase } from '../../harness/postgres.js';
import { deliver, rawMail } from './file-request-direct.js';

/**
 * A requester's client sends the same mail again (same Message-ID, a new Date): it is the
 * same request, taken once and answered once. Another sender reusing that Message-ID is not.
 */

const fixture = useFeatureFixture({ seed: false });
let db: TestDatabase;
let ctx: TestBotContext;

beforeAll(() => {
  ({ db } = fixture);
  ctx = fixture.context();
});

const request = (from: string, date: Date) => rawMail({
  from, subject: 'Delete my Instagram data', messageId: 'resent-1@example.com', date,
  text: 'Please delete my Instagram data. My username is @resent.account',
});

async function outboxCount(address: string): Promise<number> {
  const { rows } = await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE $1 = ANY(to_addresses)`, [address]);
  return rows[0]!.n;
}

describe('the same request mail sent again', () => {
  it('is recognised as resent: no second request, no answer', async () => {
    const first = await deliver(ctx, request('anna@example.com', new Date('2026-11-28T09:00:00Z')), new Date());
    expect(first.kind).toBe('deletion_request');
    const before = await outboxCount('anna@example.com');
    const again = await deliver(ctx, request('anna@example.com', new Date('2026-11-28T09:05:00Z')), new Date());
    expect(again.kind).toBe('resent');
    expect(await outboxCount('anna@example.com')).toBe(before);
    const { rows } = await db.pool.query(`SELECT id FROM requests WHERE instagram_username = 'resent.account'`);
    expect(rows).toHaveLength(1);
  });

  it('from another sender with the same Message-ID is handled as its own mail', async () => {
    const other = await deliver(ctx, request('mallory@example.com', new Date('2026-11-28T09:10:00Z')), new Date());
    expect(other.kind).not.toBe('resent');
  });
});
