import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBotContext } from '../support/bot-context.js';
import { createPool, type Pool } from '../../src/db/pool.js';
import { advanceRequest } from '../../src/deletion/advance-request.js';
import { snapshot, type Snapshot } from '../e2e/integration-data.js';
import { appSnapshot, createAppDatabase, seedProfile, withoutProfile, type AppDatabase, type SeededProfile } from '../support/app-database.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import { decideDirect, fileRequestDirect } from './file-request-direct.js';

/**
 * The deletion plan's tables in an application database of their own (APP_DATABASE_URL),
 * named otherwise than the sample's, reached as the least-privilege role docs/DELETION.md
 * describes. The erasure commits there, the bot records it in its own database after: a
 * request ends with the right rows gone, nothing else touched, one completion with the right
 * counts, also when something fails between the two commits.
 */

const fixture = useFeatureFixture({ seed: true });
let app: AppDatabase;
let appPool: Pool;
let ctx: TestBotContext;
/** The bot's own database keeps the demo's sample tables: the deletion must not touch them. */
let botSample: Snapshot;

const COUNTS = { access_tokens: 2, publishing_logs: 2, error_logs: 1, publishing_log_mentions: 1, error_log_mentions: 1, account: 1 };

beforeAll(async () => {
  app = await createAppDatabase();
  appPool = createPool(app.roleUrl, 3, { botSchema: false });
  ctx = { ...fixture.context(), appPool, plan: app.plan };
  botSample = await snapshot(fixture.db.pool);
});

afterAll(async () => {
  await appPool?.end();
  await app?.drop();
});

/** A requester's profile, and another profile whose post and failure lines mention it. */
async function seedPair(handle: string): Promise<{ own: SeededProfile; other: SeededProfile }> {
  const own = await seedProfile(app.pool, handle);
  const other = await seedProfile(app.pool, `${handle}_friend`, { mention: handle });
  return { own, other };
}

async function requestRow(id: string): Promise<{ state: string; counts: Record<string, number>; pending: unknown }> {
  const { rows } = await fixture.db.pool.query(`SELECT state, deleted_counts, pending_deleted_counts FROM requests WHERE id = $1`, [id]);
  const lines = (rows[0].deleted_counts?.lines ?? []) as { id: string; rows: number }[];
  return { state: rows[0].state, counts: Object.fromEntries(lines.map((l) => [l.id, l.rows])), pending: rows[0].pending_deleted_counts };
}

async function countOf(sql: string, id: string): Promise<number> {
  const { rows } = await fixture.db.pool.query(sql, [id]);
  return rows[0].n as number;
}
const completionMails = (id: string) => countOf(`SELECT count(*)::int AS n FROM outbox WHERE request_id = $1 AND purpose = 'completion'`, id);
const deletedEvents = (id: string) => countOf(`SELECT count(*)::int AS n FROM request_events WHERE request_id = $1 AND type = 'deleted'`, id);

describe('the plan\'s tables in an application database of their own', () => {
  it('a request completes with the right rows gone and nothing else touched', async () => {
    const { own } = await seedPair('zoe.renamed');
    await app.pool.query(`INSERT INTO social.newsletter_signups (note) VALUES ('signed up after seeing @zoe.renamed')`);
    const before = await appSnapshot(app.pool);

    const id = await fileRequestDirect(ctx, { from: 'zoe@example.com', username: 'zoe.renamed', at: new Date() });
    const { rows } = await fixture.db.pool.query(`SELECT inventory FROM requests WHERE id = $1`, [id]);
    const inventory = Object.fromEntries((rows[0].inventory.lines as { id: string; rows: number }[]).map((l) => [l.id, l.rows]));
    expect(inventory).toEqual(COUNTS);

    await decideDirect(ctx, id, { action: 'approve' });
    expect(await requestRow(id)).toEqual({ state: 'completed', counts: COUNTS, pending: null });
    expect(await completionMails(id)).toBe(1);
    expect(await appSnapshot(app.pool)).toEqual(withoutProfile(before, own));
    expect(await snapshot(fixture.db.pool)).toEqual(botSample);
  });

  it('the bot\'s record fails after the application committed: the next attempt completes once, with the erasure\'s counts', async () => {
    const { own } = await seedPair('yuki.twodb');
    const before = await appSnapshot(app.pool);
    // The bot's database refuses the first completion (as a crash right after the application's commit would leave it).
    await fixture.db.pool.query(`
      CREATE SEQUENCE fail_completion_seq;
      CREATE FUNCTION fail_completion_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.type = 'deleted' AND nextval('fail_completion_seq') = 1 THEN RAISE EXCEPTION 'the bot''s database refuses the completion'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER fail_completion_once BEFORE INSERT ON request_events FOR EACH ROW EXECUTE FUNCTION fail_completion_once();`);
    try {
      const id = await fileRequestDirect(ctx, { from: 'yuki@example.com', username: 'yuki.twodb', at: new Date() });
      await expect(decideDirect(ctx, id, { action: 'approve' })).rejects.toThrow(/refuses the completion/);
      // Between the two commits: the application's rows are gone, the request still deleting, its counts recorded.
      expect(await appSnapshot(app.pool)).toEqual(withoutProfile(before, own));
      const between = await requestRow(id);
      expect(between.state).toBe('deleting');
      expect(between.pending).toMatchObject({ result: { lines: expect.arrayContaining([expect.objectContaining({ id: 'access_tokens', rows: 2 })]) } });
      expect(await completionMails(id)).toBe(0);

      await advanceRequest(ctx, id);
      expect(await requestRow(id)).toEqual({ state: 'completed', counts: COUNTS, pending: null });
      expect(await deletedEvents(id)).toBe(1);
      expect(await completionMails(id)).toBe(1);
      await advanceRequest(ctx, id);
      expect(await completionMails(id)).toBe(1);
      expect(await appSnapshot(app.pool)).toEqual(withoutProfile(before, own));
    } finally {
      await fixture.db.pool.query(`DROP TRIGGER fail_completion_once ON request_events; DROP FUNCTION fail_completion_once(); DROP SEQUENCE fail_completion_seq`);
    }
  });

  it('the application\'s commit fails after the bot recorded it: the next attempt erases anew and completes once', async () => {
    const { own } = await seedPair('ines.twodb');
    const before = await appSnapshot(app.pool);
    // The application database refuses the first commit that deletes a profile (a deferred check failing at COMMIT).
    await app.pool.query(`
      CREATE SEQUENCE social.fail_commit_seq;
      CREATE FUNCTION social.fail_commit_once() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
      BEGIN
        IF nextval('social.fail_commit_seq') = 1 THEN RAISE EXCEPTION 'the application database refuses the commit'; END IF;
        RETURN NULL;
      END $$;
      CREATE CONSTRAINT TRIGGER fail_commit_once AFTER DELETE ON social.linked_profiles DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION social.fail_commit_once();`);
    try {
      const id = await fileRequestDirect(ctx, { from: 'ines@example.com', username: 'ines.twodb', at: new Date() });
      await expect(decideDirect(ctx, id, { action: 'approve' })).rejects.toThrow(/refuses the commit/);
      expect(await appSnapshot(app.pool)).toEqual(before);
      const between = await requestRow(id);
      expect(between.state).toBe('deleting');
      expect(between.pending).not.toBeNull();

      await advanceRequest(ctx, id);
      expect(await requestRow(id)).toEqual({ state: 'completed', counts: COUNTS, pending: null });
      expect(await deletedEvents(id)).toBe(1);
      expect(await completionMails(id)).toBe(1);
      expect(await appSnapshot(app.pool)).toEqual(withoutProfile(before, own));
    } finally {
      await app.pool.query(`DROP TRIGGER fail_commit_once ON social.linked_profiles; DROP FUNCTION social.fail_commit_once(); DROP SEQUENCE social.fail_commit_seq`);
    }
  });
});
