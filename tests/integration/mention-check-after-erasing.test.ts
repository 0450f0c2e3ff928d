import { beforeAll, describe, expect, it } from 'vitest';
import type { TestBotContext } from '../support/bot-context.js';
import { decideRequest } from '../../src/approval/decide-request.js';
import { inTransaction } from '../../src/db/pool.js';
import { advanceRequest } from '../../src/deletion/advance-request.js';
import { getRequest } from '../../src/requests/request-store.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import { fileRequestDirect } from './file-request-direct.js';

/**
 * The check after erasing verifies the redaction the erasure was meant to do. For a connected
 * account the plan's last step deletes the account row, so the check no longer finds the
 * account; mentions of its handle must still be checked. Here a trigger in the application
 * database writes a new '@kite' mention into another account's log as the account row goes
 * (as a job writing another account's log during the batches could): the deletion is undone,
 * the request waits in `deletion_failed` and staff get one alert.
 */

const fixture = useFeatureFixture({ seed: true });
let ctx: TestBotContext;
const at = new Date('2026-11-28T09:00:00Z');

beforeAll(async () => {
  ctx = fixture.context({ now: () => new Date('2026-11-28T12:00:00Z') });
  await fixture.db.pool.query(`
    INSERT INTO ig_accounts (ig_user_id, username) VALUES ('kite-1', 'kite');
    INSERT INTO ig_publishing_logs (account_id, status, message)
      VALUES ((SELECT id FROM ig_accounts WHERE username = 'kite'), 'published', 'own log of kite');
    CREATE FUNCTION mention_kite_again() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO ig_publishing_logs (account_id, status, message)
        VALUES ((SELECT id FROM ig_accounts WHERE username = 'bob_builds'), 'failed', 'Tag failed for @kite.');
      RETURN OLD;
    END $$;
    CREATE TRIGGER mention_kite_again AFTER DELETE ON ig_accounts
      FOR EACH ROW WHEN (OLD.username = 'kite') EXECUTE FUNCTION mention_kite_again();`);
});

async function count(sql: string): Promise<number> {
  const { rows } = await fixture.db.pool.query(sql);
  return rows[0].n as number;
}

describe('a mention of a connected account\'s handle written during the erasure', () => {
  it('is found by the check: the deletion is undone and staff are alerted once', async () => {
    const id = await fileRequestDirect(ctx, { from: 'kite@example.com', username: 'kite', at });
    const result = await inTransaction(ctx.pool, async (tx) =>
      decideRequest(tx, ctx, (await getRequest(tx, id, true))!, { action: 'approve', actor: 'staff@pickrtech.com', via: 'email' }));
    expect(result.ok).toBe(true);
    await advanceRequest(ctx, id);

    expect((await getRequest(fixture.db.pool, id))!.state).toBe('deletion_failed');
    const { rows: events } = await fixture.db.pool.query(
      `SELECT detail FROM request_events WHERE request_id = $1 AND type = 'deletion_failed'`, [id]);
    expect(events).toEqual([{ detail: { left: [{ id: 'publishing_log_mentions', rows: 1 }] } }]);
    const { rows: alerts } = await fixture.db.pool.query(
      `SELECT text_body FROM outbox WHERE request_id = $1 AND purpose = 'staff_alert'`, [id]);
    expect(alerts).toHaveLength(1);
    expect(alerts[0].text_body).toContain("mentions in other accounts' publishing logs: 1 row");
    expect(await count(`SELECT count(*)::int AS n FROM outbox WHERE request_id = '${id}' AND purpose = 'completion'`)).toBe(0);

    // Nothing was erased, and the trigger's mention was rolled back with it.
    expect(await count(`SELECT count(*)::int AS n FROM ig_accounts WHERE username = 'kite'`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM ig_publishing_logs WHERE message = 'own log of kite'`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM ig_publishing_logs WHERE message LIKE '%@kite%'`)).toBe(0);
  });
});
