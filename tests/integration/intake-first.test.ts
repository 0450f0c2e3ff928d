import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { IntakeFirst } from '../../src/queue/intake-first.js';

/**
 * Intake first, on real BullMQ workers and Redis: while the inbound queue has work the
 * other workers' jobs wait before they start, and a stream of intake that never ends still lets them
 * run after the longest stretch.
 */

const REDIS = 'redis://127.0.0.1:6379';
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function setUp(inboundJobMs: number, maxYieldMs: number) {
  const prefix = `intake-first-test-${randomBytes(4).toString('hex')}`;
  const connection = new Redis(REDIS, { maxRetriesPerRequest: null });
  const timeline: string[] = [];
  const inboundQueue = new Queue('inbound', { connection, prefix });
  const otherQueue = new Queue('other', { connection, prefix });
  const inbound = new Worker('inbound', async (job) => {
    timeline.push(`inbound ${job.data.i} start`);
    await sleep(inboundJobMs);
    timeline.push(`inbound ${job.data.i} end`);
  }, { connection: new Redis(REDIS, { maxRetriesPerRequest: null }), prefix, concurrency: 1 });
  const gate = new IntakeFirst(Date.now, maxYieldMs).watch(inbound);
  const other = new Worker('other', gate.wrap<{ i: number }>(async (job) => {
    timeline.push(`other ${job.data.i} start`);
  }), { connection: new Redis(REDIS, { maxRetriesPerRequest: null }), prefix, concurrency: 2 });
  cleanups.push(async () => {
    gate.stop();
    await Promise.all([inbound.close(), other.close()]);
    await inboundQueue.obliterate({ force: true });
    await otherQueue.obliterate({ force: true });
    await Promise.all([inboundQueue.close(), otherQueue.close()]);
    connection.disconnect();
  });
  const firstInboundActive = new Promise<void>((resolve) => inbound.once('active', () => resolve()));
  return { timeline, inboundQueue, otherQueue, other, gate, firstInboundActive };
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (check()) return;
    await sleep(25);
  }
  throw new Error(`gave up waiting: ${what}`);
}

describe('intake first', () => {
  it('holds the other workers back until the inbound queue is drained', async () => {
    const t = setUp(150, 60_000);
    await t.inboundQueue.addBulk([1, 2, 3, 4].map((i) => ({ name: 'in', data: { i } })));
    await t.firstInboundActive;
    await t.otherQueue.addBulk([1, 2, 3].map((i) => ({ name: 'other', data: { i } })));
    await until(() => t.timeline.filter((e) => e.startsWith('other')).length === 3, 'the other jobs to run');

    const lastInboundEnd = t.timeline.indexOf('inbound 4 end');
    const firstOther = t.timeline.findIndex((e) => e.startsWith('other'));
    expect(lastInboundEnd).toBeGreaterThanOrEqual(0);
    expect(firstOther).toBeGreaterThan(lastInboundEnd);
    expect(t.gate.yielding).toBe(false);
  });

  it('lets the other workers run after the longest stretch, however long intake goes on', async () => {
    const t = setUp(200, 300);
    await t.inboundQueue.addBulk(Array.from({ length: 15 }, (_, i) => ({ name: 'in', data: { i: i + 1 } })));
    await t.firstInboundActive;
    await t.otherQueue.addBulk([1, 2].map((i) => ({ name: 'other', data: { i } })));
    await until(() => t.timeline.filter((e) => e.startsWith('other')).length === 2, 'the other jobs to run');

    // Both ran while intake still had work: before the last inbound job ended.
    expect(t.timeline.includes('inbound 15 end')).toBe(false);
  });
});
