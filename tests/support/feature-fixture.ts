// Per-file fixture for integration tests that call features directly: a fresh
// database (optionally with the demo data), a Redis key prefix with its queues,
// and contexts built from the real config loader with an injectable clock.
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { seedDemoData } from '../../src/demo/seed-demo-data.js';
import { createQueues, type Queues } from '../../src/queue/queues.js';
import { testBotContext, type TestBotContext } from './bot-context.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';
import { cleanupPrefix, uniquePrefix } from '../../harness/redis.js';

export interface FeatureFixture {
  db: TestDatabase;
  queues: Queues;
  /** This file's Redis key prefix (clean it to play a Redis that lost everything). */
  prefix: string;
  /** A context on this file's database and queues; `env` adds bot variables. */
  context(opts?: { env?: Record<string, string>; now?: () => Date }): TestBotContext;
}

export function useFeatureFixture(opts: { seed?: boolean } = {}): FeatureFixture {
  const f = {} as FeatureFixture;
  let redis: Redis | undefined;

  beforeAll(async () => {
    f.db = await createTestDatabase();
    if (opts.seed) await seedDemoData(f.db.pool);
    f.prefix = uniquePrefix();
    redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
    f.queues = createQueues(redis, f.prefix);
    f.context = (o = {}) => testBotContext({ pool: f.db.pool, queues: f.queues, ...o });
  });

  afterAll(async () => {
    await f.queues?.close();
    redis?.disconnect();
    if (f.prefix) await cleanupPrefix(f.prefix);
    await f.db?.drop();
  });

  return f;
}
