import { beforeAll, describe, expect, it } from 'vitest';
import type { TestBotContext } from '../support/bot-context.js';
import { deauthorizeMetaUser } from '../../src/meta/deauthorize.js';
import { openMetaRequest } from '../../src/meta/open-meta-request.js';
import { statusForCode } from '../../src/meta/status-page.js';
import { advanceRequest } from '../../src/deletion/advance-request.js';
import { dueDate } from '../../src/requests/due-date.js';
import { getRequest } from '../../src/requests/request-store.js';
import { sendDueEscalations } from '../../src/sla/send-escalations.js';
import { purgeExpired } from '../../src/retention/purge-expired.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import { decideDirect, sendAllPending } from './file-request-direct.js';

/**
 * A request from Meta's callback runs on the same clock as a mail: the same due date,
 * the same escalation to staff before it, the same purge after RETENTION_DAYS.
 */

const DAY = 86_400_000;
const T0 = new Date('2026-11-02T09:00:00Z');
const at = (days: number) => new Date(T0.getTime() + days * DAY);
const SUNNY_META_ID = '17841400000000001';
const STRANGER_META_ID = '17849999999999998';

const fixture = useFeatureFixture({ seed: true });
let clock = T0;
let ctx: TestBotContext;
let id: string;
let code: string;

beforeAll(async () => {
  ctx = fixture.context({ now: () => clock });
  const opened = await openMetaRequest(ctx, SUNNY_META_ID);
  code = opened.statusCode;
  const { rows } = await ctx.pool.query(`SELECT id FROM requests WHERE reference = $1`, [opened.reference]);
  id = rows[0].id;
  await advanceRequest(ctx, id);
  // The user also removed the app; someone unknown did too.
  await deauthorizeMetaUser(ctx, SUNNY_META_ID);
  await deauthorizeMetaUser(ctx, STRANGER_META_ID);
});

describe('a Meta request on the common clock', () => {
  it('is due when a mail received at the same moment would be, and waits for staff with the account matched', async () => {
    const r = (await getRequest(ctx.pool, id))!;
    expect(r.source).toBe('meta');
    expect(r.metaUserId).toBe(SUNNY_META_ID);
    expect(r.instagramUsername).toBe('sunny.days');
    expect(r.receivedAt).toEqual(T0);
    expect(r.dueAt).toEqual(dueDate(T0, ctx.settings.slaDays));
    expect(r.state).toBe('awaiting_approval');
    const { rows } = await ctx.pool.query(`SELECT purpose, to_addresses FROM outbox WHERE request_id = $1`, [id]);
    // Staff are told; the requester (who has no address) gets nothing.
    expect(rows).toEqual([{ purpose: 'staff_notification', to_addresses: ctx.settings.staffEmails }]);
  });

  it('is escalated to staff as its due date nears, like a mail request', async () => {
    clock = at(26);
    expect(await sendDueEscalations(ctx)).toHaveLength(1);
    const { rows } = await ctx.pool.query(`SELECT count(*)::int AS n FROM outbox WHERE request_id = $1 AND purpose = 'staff_escalation'`, [id]);
    expect(rows[0].n).toBe(1);
  });

  it('is approved, deleted and purged after RETENTION_DAYS; the status page still says completed, naming no one', async () => {
    clock = at(27);
    await decideDirect(ctx, id, { action: 'approve' });
    await sendAllPending(ctx, id);
    expect((await getRequest(ctx.pool, id))!.state).toBe('completed');
    clock = at(27 + ctx.settings.retentionDays - 1);
    expect((await purgeExpired(ctx)).requests).toBe(0);
    clock = at(27 + ctx.settings.retentionDays + 1);
    expect((await purgeExpired(ctx)).requests).toBe(1);
    const r = (await getRequest(ctx.pool, id))!;
    expect(r.purgedAt).not.toBeNull();
    expect(r.metaUserId).toBeNull();
    expect(r.instagramUsername).toBeNull();
    // Neither the request's callback nor the deauthorizations keep Meta's user ids.
    const left = await ctx.pool.query(`SELECT count(*)::int AS n FROM meta_callbacks WHERE meta_user_id = ANY($1)`, [[SUNNY_META_ID, STRANGER_META_ID]]);
    expect(left.rows[0].n).toBe(0);
    const kept = await ctx.pool.query(`SELECT kind, account_found FROM meta_callbacks ORDER BY id`);
    expect(kept.rows).toEqual([
      { kind: 'data_deletion', account_found: true }, { kind: 'deauthorize', account_found: true }, { kind: 'deauthorize', account_found: false },
    ]);
    const status = await statusForCode(ctx.pool, code);
    expect(status?.state).toBe('completed');
    expect(status?.categoriesDeleted.length).toBeGreaterThan(0);
  });
});
