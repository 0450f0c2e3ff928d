import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

const DEFAULT_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A key prefix (BullMQ `prefix`) no other test uses: `dbtest-<random>`. */
export function uniquePrefix(): string {
  return `dbtest-${randomBytes(6).toString('hex')}`;
}

/** Deletes every `prefix:*` key, walking with SCAN so a busy Redis is not blocked. */
export async function cleanupPrefix(prefix: string, url: string = DEFAULT_URL): Promise<number> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  const pattern = `${prefix.replace(/[*?[\]\\]/g, '\\$&')}:*`;
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) deleted += await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}
