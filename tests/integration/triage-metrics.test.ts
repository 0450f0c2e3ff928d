import { beforeAll, describe, expect, it } from 'vitest';
import type { TestBotContext } from '../support/bot-context.js';
import { inTransaction } from '../../src/db/pool.js';
import { createMetrics } from '../../src/http/metrics.js';
import { registerOpsMetrics, type OpsMetrics } from '../../src/http/ops-metrics.js';
import { getRequest } from '../../src/requests/request-store.js';
import { decideTriage } from '../../src/triage/decide-triage.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import { triageDirect } from './triage-direct.js';

/** What Prometheus reads about possible requests waiting for triage, from real Postgres. */

const DAY = 86_400_000;
const fixture = useFeatureFixture();
let ctx: TestBotContext;
let metrics: ReturnType<typeof createMetrics>;
let ops: OpsMetrics;

beforeAll(() => {
  ctx = fixture.context();
  metrics = createMetrics();
  ops = registerOpsMetrics(metrics.registry, fixture.db.pool, null, () => null);
});

async function scrape(now: Date): Promise<string> {
  await ops.refresh(now);
  return metrics.registry.metrics();
}

function value(text: string, series: string): number | null {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? null : Number(line.slice(series.length + 1));
}

async function ignore(id: string): Promise<void> {
  const r = await inTransaction(fixture.db.pool, async (tx) => decideTriage(tx, ctx, (await getRequest(tx, id, true))!, { action: 'ignore' }, 'staff@pickrtech.com', 'email'));
  expect(r.ok).toBe(true);
}

describe('triage metrics', () => {
  const now = new Date();
  let older: string;
  let newer: string;

  it('are 0 when nothing waits for triage', async () => {
    const text = await scrape(now);
    expect(value(text, 'deletion_bot_triage_waiting')).toBe(0);
    expect(value(text, 'deletion_bot_oldest_triage_seconds')).toBe(0);
  });

  it("count the possible requests waiting and give the oldest one's age from its mail's arrival", async () => {
    older = (await triageDirect(ctx, { from: 'a@example.com', at: new Date(now.getTime() - 2 * DAY) })).id;
    newer = (await triageDirect(ctx, { from: 'b@example.com', at: new Date(now.getTime() - 60_000) })).id;
    const text = await scrape(now);
    expect(value(text, 'deletion_bot_triage_waiting')).toBe(2);
    expect(value(text, 'deletion_bot_oldest_triage_seconds')).toBe(2 * 86_400);
    expect(value(text, 'deletion_bot_requests{state="triage"}')).toBe(2);
    // Its 30 days run from the arrival, as any open request's.
    expect(value(text, 'deletion_bot_requests_overdue')).toBe(0);
    expect(value(text, 'deletion_bot_requests_overdue')).not.toBeNull();
    expect(value(await scrape(new Date(now.getTime() + 29 * DAY)), 'deletion_bot_requests_overdue')).toBe(1);
  });

  it('drop what staff triaged', async () => {
    await ignore(older);
    let text = await scrape(now);
    expect(value(text, 'deletion_bot_triage_waiting')).toBe(1);
    expect(value(text, 'deletion_bot_oldest_triage_seconds')).toBe(60);
    expect(value(text, 'deletion_bot_requests{state="ignored"}')).toBe(1);
    await ignore(newer);
    text = await scrape(now);
    expect(value(text, 'deletion_bot_triage_waiting')).toBe(0);
    expect(value(text, 'deletion_bot_oldest_triage_seconds')).toBe(0);
    expect(value(text, 'deletion_bot_requests{state="ignored"}')).toBe(2);
  });
});
