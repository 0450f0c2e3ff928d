import { beforeAll, describe, expect, it } from 'vitest';
import type { TestBotContext } from '../support/bot-context.js';
import { decideRequest } from '../../src/approval/decide-request.js';
import { inTransaction } from '../../src/db/pool.js';
import { storeOne } from '../support/stored-mail.js';
import type { Queues } from '../../src/queue/queues.js';
import { reconcile } from '../../src/housekeeping/reconciler.js';
import { advanceRequest } from '../../src/deletion/advance-request.js';
import { getRequest } from '../../src/requests/request-store.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import { cleanupPrefix } from '../../harness/redis.js';
import type { TestDatabase } from '../../harness/postgres.js';
import { handleOne } from './file-request-direct.js';

/**
 * Every job may run more than once (a retry, a reconciler pass, a second
 * worker): running a step again must change nothing and send nothing twice.
 */

const fixture = useFeatureFixture({ seed: true });
let db: TestDatabase;
let queues: Queues;
let ctx: TestBotContext;

const RAW = Buffer.from(
  'From: Alice <alice@example.com>\r\nTo: contact@pickrtech.com\r\nSubject: Delete my Instagram data\r\n' +
    'Message-ID: <req-1@example.com>\r\nDate: Sat, 28 Nov 2026 09:00:00 +0000\r\n\r\n' +
    'Please delete my Instagram data. My username is @sunny.days\r\n',
);

beforeAll(async () => {
  ({ db, queues } = fixture);
  ctx = fixture.context({ now: () => new Date('2026-11-28T12:00:00Z') });
});

async function outbox(): Promise<string[]> {
  const { rows } = await db.pool.query(`SELECT purpose FROM outbox ORDER BY created_at, purpose`);
  return rows.map((r) => r.purpose);
}

async function jobIds(): Promise<string[]> {
  const all = await Promise.all([queues.inbound, queues.requests, queues.mail].map((q) => q.getJobs(['waiting', 'delayed', 'active'])));
  return all.flat().map((j) => j.id!).sort();
}

describe('idempotent steps', () => {
  let requestId: string;

  it('stores a message once, however often the mailbox shows it', async () => {
    const at = new Date('2026-11-28T09:00:01Z');
    const first = await storeOne(db.pool, 'INBOX', 7, { uid: 1, source: RAW, internalDate: at });
    expect(first).not.toBeNull();
    expect(await storeOne(db.pool, 'INBOX', 7, { uid: 1, source: RAW, internalDate: at })).toBeNull();
    // The same message under a new UIDVALIDITY (mailbox recreated) is still the same message.
    expect(await storeOne(db.pool, 'INBOX', 8, { uid: 1, source: RAW, internalDate: at })).toBeNull();

    expect(await handleOne(ctx, first!)).toBe('deletion_request');
    expect(await handleOne(ctx, first!)).toBeNull();
    const { rows } = await db.pool.query(`SELECT id, reference, received_at FROM requests`);
    expect(rows).toHaveLength(1);
    expect(rows[0].reference).toBe('DR-2026-00001');
    // The SLA clock starts when the mail arrived.
    expect(rows[0].received_at.toISOString()).toBe(at.toISOString());
    requestId = rows[0].id;
  });

  it('validates once: one acknowledgment, one staff notification', async () => {
    await advanceRequest(ctx, requestId);
    await advanceRequest(ctx, requestId);
    expect((await getRequest(db.pool, requestId))!.state).toBe('awaiting_approval');
    expect(await outbox()).toEqual(['acknowledgment', 'staff_notification']);
  });

  it('decides once', async () => {
    const approve = () => inTransaction(db.pool, async (tx) => {
      const req = await getRequest(tx, requestId, true);
      return decideRequest(tx, ctx, req!, { action: 'approve', actor: 'staff@pickrtech.com', via: 'email' });
    });
    expect((await approve()).ok).toBe(true);
    const again = await approve();
    expect(again).toMatchObject({ ok: false, why: 'the request is approved, not awaiting approval' });
  });

  it('deletes once and writes one completion mail, even when the step runs again', async () => {
    await Promise.all([advanceRequest(ctx, requestId), advanceRequest(ctx, requestId)]);
    await advanceRequest(ctx, requestId);
    const req = await getRequest(db.pool, requestId);
    expect(req!.state).toBe('completed');
    // The completion mail and the one-line echo to the approving staff member, once each.
    expect(await outbox()).toEqual(['acknowledgment', 'staff_notification', 'completion', 'decision_echo']);
    const { rows } = await db.pool.query(`SELECT type FROM request_events WHERE request_id = $1 AND type = 'deleted'`, [requestId]);
    expect(rows).toHaveLength(1);
  });

  it('lets the reconciler re-queue what Postgres says is due, with deterministic job ids', async () => {
    await cleanupPrefix(fixture.prefix); // Redis lost everything this bot had
    const n = await reconcile(ctx);
    expect(n).toEqual({ inbound: 0, requests: 0, mail: 4 });
    const ids = await jobIds();
    expect(ids).toHaveLength(4);
    expect(ids.every((id) => id.startsWith('mail-'))).toBe(true);
    await reconcile(ctx);
    expect(await jobIds()).toEqual(ids);
  });
});
