import { Redis } from 'ioredis';
import type { Config } from '../config/config.js';
import { databasePool } from '../db/pool.js';
import type { Probe } from '../http/http-server.js';
import { createMetrics } from '../http/metrics.js';
import { serveHttp, type HttpService } from '../http/serve-http.js';
import type { Logger } from '../log/logger.js';
import { createQueues } from '../queue/queues.js';
import type { RunningBot } from './start-bot.js';

/**
 * The bot without its mail settings: no mailbox is read and nothing is sent, but the
 * process runs and serves HTTP, so a fresh install starts and /readyz (503) names
 * every variable still to set. Setting them and restarting brings the whole bot up.
 */
export async function startUnconfigured(
  config: Config<'database' | 'redis' | 'runtime'>,
  missing: readonly string[],
  log: Logger,
): Promise<RunningBot> {
  const pool = databasePool(config.database);
  const redis = new Redis(config.redis.REDIS_URL, { maxRetriesPerRequest: null });
  redis.on('error', (err) => log.warn({ component: 'redis', err: err.message }, 'Redis connection error'));
  const queues = createQueues(redis, config.redis.QUEUE_PREFIX);
  const metrics = createMetrics();
  const probes: Probe[] = [
    { name: 'postgres', check: async () => { await pool.query('SELECT 1'); return null; } },
    { name: 'redis', check: async () => ((await redis.ping()) === 'PONG' ? null : 'no PONG') },
    { name: 'mail', check: async () => `not configured: set ${missing.join(', ')} and restart` },
  ];
  const closeConnections = async () => {
    await queues.close();
    redis.disconnect();
    await pool.end();
  };
  let http: HttpService;
  try {
    http = await serveHttp({ config, metrics, queues, mailbox: () => null, probes, missing, log });
  } catch (err) {
    // A port in use: nothing may stay connected, so the process ends.
    await closeConnections();
    throw err;
  }
  log.warn(
    { component: 'main', host: config.runtime.HTTP_HOST, port: config.runtime.HTTP_PORT, missing },
    'started without mail settings: no mail is read or sent until these variables are set (see `deletion-bot doctor`)',
  );
  return {
    async stop() {
      await http.close();
      await closeConnections();
    },
  };
}
