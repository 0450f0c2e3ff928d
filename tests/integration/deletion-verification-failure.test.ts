import { Worker, type Job, type Processor } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBotContext } from '../support/bot-context.js';
import { decideRequest } from '../../src/approval/decide-request.js';
import { inTransaction } from '../../src/db/pool.js';
import { enqueueFollowUps, jobIds, QUEUE_NAMES } from '../../src/queue/queues.js';
import { listRequestSummaries } from '../../src/requests/request-listing.js';
import { getRequest } from '../../src/requests/request-store.js';
import { requestProcessor } from '../../workers/request.worker.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import type { TestDatabase } from '../../harness/postgres.js';
import { fileRequestDirect } from './file-request-direct.js';

/**
 * A deletion whose check afterwards still finds data (here: a trigger in the
 * application database puts the account row back as it is deleted) cannot
 * succeed by trying again: after one attempt the request waits for staff in
 * `deletion_failed`, staff get one alert naming what was left, and an APPROVE
 * runs the deletion again once the cause is gone.
 */

const fixture = useFeatureFixture({ seed: true });
let db: TestDatabase;
let ctx: TestBotContext;
let redis: Redis;
let worker: Worker;
const outcomes: { jobId: string; outcome: 'completed' | 'failed'; attemptsMade: number }[] = [];
const waiters: (() => void)[] = [];

beforeAll(async () => {
  ({ db } = fixture);
  ctx = fixture.context();
  await db.pool.query(`
    CREATE FUNCTION keep_account_row() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO ig_accounts (ig_user_id, username, display_name) VALUES (OLD.ig_user_id, OLD.username, OLD.display_name);
      RETURN OLD;
    END $$;
    CREATE TRIGGER keep_account_row AFTER DELETE ON ig_accounts FOR EACH ROW EXECUTE FUNCTION keep_account_row();`);
  redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
  worker = new Worker(QUEUE_NAMES.requests, requestProcessor(ctx) as Processor, { connection: redis, prefix: fixture.prefix });
  const record = (outcome: 'completed' | 'failed') => (job: Job | undefined) => {
    if (!job?.id) return;
    outcomes.push({ jobId: job.id, outcome, attemptsMade: job.attemptsMade });
    for (const w of waiters.splice(0)) w();
  };
  worker.on('completed', record('completed'));
  worker.on('failed', record('failed'));
});

afterAll(async () => {
  await worker?.close();
  redis?.disconnect();
});

/** Resolves with the first outcome (completed, or an attempt failed) of the job `jobId`. */
async function firstOutcome(jobId: string): Promise<(typeof outcomes)[number]> {
  for (;;) {
    const found = outcomes.find((o) => o.jobId === jobId);
    if (found) return found;
    await new Promise<void>((resolve) => waiters.push(resolve));
  }
}

async function approve(id: string, actor: string, via: 'email' | 'cli'): Promise<void> {
  const result = await inTransaction(ctx.pool, async (tx) =>
    decideRequest(tx, ctx, (await getRequest(tx, id, true))!, { action: 'approve', actor, via }));
  if (!result.ok) throw new Error(`decision refused: ${result.why}`);
  await enqueueFollowUps(ctx.queues, result.followUps);
}

async function mails(id: string, purpose: string): Promise<{ subject: string; text: string; to: string[] }[]> {
  const { rows } = await db.pool.query(
    `SELECT subject, text_body, to_addresses FROM outbox WHERE request_id = $1 AND purpose = $2 ORDER BY created_at`, [id, purpose]);
  return rows.map((r) => ({ subject: r.subject, text: r.text_body, to: r.to_addresses }));
}

describe('a deletion whose check finds data left', () => {
  let id: string;
  let reference: string;

  it('ends in deletion_failed after one attempt, with one alert to staff naming what was left', async () => {
    id = await fileRequestDirect(ctx, { from: 'carol@example.com', username: 'carol.cooks', at: new Date() });
    reference = (await getRequest(db.pool, id))!.reference;
    await approve(id, 'staff@pickrtech.com', 'email');

    const first = await firstOutcome(jobIds.request(id, 'approved'));
    expect((await getRequest(db.pool, id))!.state).toBe('deletion_failed');
    expect(first.attemptsMade).toBeLessThanOrEqual(1);
    const job = await ctx.queues.requests.getJob(jobIds.request(id, 'approved'));
    // Not waiting for another attempt: the job is done (removed) or failed for good.
    expect(job ? await job.getState() : 'removed').not.toMatch(/delayed|waiting|active/);

    const alerts = await mails(id, 'staff_alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.to).toEqual(['staff@pickrtech.com']);
    expect(alerts[0]!.subject).toContain(reference);
    expect(alerts[0]!.text).toContain('account identifiers (Instagram account id and username): 1 row');
    expect(alerts[0]!.text).toContain('APPROVE');
    expect(alerts[0]!.text).not.toContain('carol');
    expect(await mails(id, 'completion')).toEqual([]);

    const { rows: events } = await db.pool.query(
      `SELECT from_state, to_state, detail FROM request_events WHERE request_id = $1 AND type = 'deletion_failed'`, [id]);
    expect(events).toEqual([{ from_state: 'deleting', to_state: 'deletion_failed', detail: { left: [{ id: 'account', rows: 1 }] } }]);
    // Nothing was erased: the deletion's transaction was rolled back whole.
    const { rows: tokens } = await db.pool.query(
      `SELECT count(*)::int AS n FROM ig_access_tokens t JOIN ig_accounts a ON a.id = t.account_id WHERE a.username = 'carol.cooks'`);
    expect(tokens[0].n).toBeGreaterThan(0);
  });

  it('shows in the request listing', async () => {
    const listed = await listRequestSummaries(db.pool, { state: 'deletion_failed', now: new Date(), limit: 10 });
    expect(listed.map((r) => [r.reference, r.state])).toEqual([[reference, 'deletion_failed']]);
    const overdueOrOpen = await listRequestSummaries(db.pool, { now: new Date(), limit: 10 });
    expect(overdueOrOpen.find((r) => r.reference === reference)?.state).toBe('deletion_failed');
  });

  it('runs again when staff approve once more, and completes once the cause is gone', async () => {
    await db.pool.query(`DROP TRIGGER keep_account_row ON ig_accounts`);
    outcomes.length = 0;
    await approve(id, 'cli:ops', 'cli');
    const again = await firstOutcome(jobIds.request(id, 'approved'));
    expect(again.outcome).toBe('completed');
    expect((await getRequest(db.pool, id))!.state).toBe('completed');
    expect(await mails(id, 'completion')).toHaveLength(1);
    expect(await mails(id, 'staff_alert')).toHaveLength(1);
  });
});
