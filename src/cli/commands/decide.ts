import { userInfo } from 'node:os';
import { Redis } from 'ioredis';
import { botSettings } from '../../app/bot-settings.js';
import type { BotContext } from '../../app/context.js';
import { decideRequest, type Decision } from '../../approval/decide-request.js';
import { loadConfig } from '../../config/config.js';
import { createPool, inTransaction } from '../../db/pool.js';
import { loadDeletionPlan } from '../../deletion/deletion-plan.js';
import { createLogger } from '../../log/logger.js';
import { createQueues, enqueueFollowUps } from '../../queue/queues.js';
import { getRequestByReference } from '../../requests/request-store.js';
import { CliError } from '../run-command.js';

/** `approve REF` / `reject REF --reason TEXT`: the same decision staff give by email, for staff on the server. */
export async function decideCommand(reference: string, d: { action: 'approve' } | { action: 'reject'; reason: string }, by?: string): Promise<number> {
  if (d.action === 'reject' && !d.reason.trim()) throw new CliError('reject needs --reason TEXT: the requester reads it', 2);
  const config = loadConfig(process.env, ['database', 'redis', 'bot']);
  const pool = createPool(config.database.DATABASE_URL, 2);
  const redis = new Redis(config.redis.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null, connectTimeout: 5_000 });
  redis.on('error', () => {});
  const queues = createQueues(redis, config.redis.QUEUE_PREFIX);
  for (const q of [queues.inbound, queues.requests, queues.mail]) q.on('error', () => {});
  const actor = `cli:${by?.trim() || userInfo().username}`;
  const ctx: BotContext = {
    pool, queues, log: createLogger('silent'), plan: loadDeletionPlan(), now: () => new Date(), settings: botSettings(config),
  };
  try {
    const result = await inTransaction(pool, async (tx) => {
      const req = await getRequestByReference(tx, reference, true);
      if (!req) throw new CliError(`No request ${reference}. List them with: deletion-bot requests list`);
      const decision: Decision = d.action === 'approve' ? { action: 'approve', actor, via: 'cli' } : { action: 'reject', reason: d.reason.trim(), actor, via: 'cli' };
      return decideRequest(tx, ctx, req, decision);
    });
    if (!result.ok) throw new CliError(`${reference} was not changed: ${result.why}`);
    // The decision is committed in Postgres; queuing only makes the bot act at once.
    try {
      await redis.connect();
      await enqueueFollowUps(queues, result.followUps);
    } catch {
      process.stderr.write('Redis is unreachable; the bot will pick the decision up from Postgres when it runs.\n');
    }
    process.stdout.write(`${reference} ${result.state} by ${actor}.\n`);
    return 0;
  } finally {
    await queues.close().catch(() => {});
    redis.disconnect();
    await pool.end();
  }
}
