import { userInfo } from 'node:os';
import { Redis } from 'ioredis';
import { botSettings } from '../../app/bot-settings.js';
import { botContext } from '../../app/context.js';
import { decideRequest, type Decision, type DecideRequestDeps } from '../../approval/decide-request.js';
import { extendRequest, type ExtendRequestDeps } from '../../approval/extend-request.js';
import { loadConfig } from '../../config/config.js';
import { databasePool, inTransaction, type PoolClient } from '../../db/pool.js';
import { loadDeletionPlan } from '../../deletion/deletion-plan.js';
import { createLogger } from '../../log/logger.js';
import { isoDate } from '../../mail-out/templates/rendered-mail.js';
import { createQueues, enqueueFollowUps, type FollowUps } from '../../queue/queues.js';
import { getRequestByReference, type RequestRow } from '../../requests/request-store.js';
import type { DecideTriageDeps } from '../../triage/decide-triage.js';
import { CliError, EXIT } from '../run-command.js';

/**
 * `approve REF...`, `reject REF... --reason TEXT` and `extend REF --reason TEXT`: the
 * decisions staff give by email, for staff on the server. Exit codes: 0 done,
 * 1 refused or unknown request (nothing changed; with several references, any of them),
 * 2 usage, 78 configuration.
 */

export async function decideCommand(
  references: string | readonly string[],
  d: { action: 'approve'; redactMentions?: boolean } | { action: 'reject'; reason: string },
  by?: string,
): Promise<number> {
  if (d.action === 'reject' && !d.reason.trim()) throw new CliError('reject needs --reason TEXT: the requester reads it', EXIT.usage);
  return withRequests(typeof references === 'string' ? [references] : references, by, async (tx, ctx, req, actor) => {
    const decision: Decision = d.action === 'approve'
      ? { action: 'approve', actor, via: 'cli', redactMentions: d.redactMentions === true }
      : { action: 'reject', reason: d.reason.trim(), actor, via: 'cli' };
    const result = await decideRequest(tx, ctx, req, decision);
    if (!result.ok) throw new CliError(`${req.reference} was not changed: ${result.why}`);
    const redacting = d.action === 'approve' && d.redactMentions === true ? '; mentions of the username will be redacted even if no account has it' : '';
    return { followUps: result.followUps, message: `${req.reference} ${result.state} by ${actor}${redacting}.` };
  });
}

export async function extendCommand(reference: string, reason: string, by?: string): Promise<number> {
  if (!reason.trim()) throw new CliError('extend needs --reason TEXT: the requester reads it', EXIT.usage);
  return withRequest(reference, by, async (tx, ctx, req, actor) => {
    const result = await extendRequest(tx, ctx, req, { reason: reason.trim(), actor, via: 'cli' });
    if (!result.ok) throw new CliError(`${req.reference} was not extended: ${result.refusal.why}`);
    return {
      followUps: result.followUps,
      message: `${req.reference} due date extended from ${isoDate(result.previousDueAt)} to ${isoDate(result.dueAt)} by ${actor}; the requester is told why.`,
    };
  });
}

/** What a decision step may use: what deciding, extending and triaging a request need. */
export type DecisionDeps = DecideRequestDeps & ExtendRequestDeps & DecideTriageDeps;

export type Step = (tx: PoolClient, ctx: DecisionDeps, req: RequestRow, actor: string) => Promise<{ followUps: FollowUps; message: string }>;

/** Decisions whose follow-ups are queued together when one command names several requests. */
const ENQUEUE_BATCH = 50;

function mergeFollowUps(all: readonly FollowUps[]): FollowUps {
  return {
    requests: all.flatMap((f) => f.requests ?? []),
    mail: all.flatMap((f) => f.mail ?? []),
    priorities: Object.assign({}, ...all.map((f) => f.priorities ?? {})),
  };
}

/** Locks the request, runs `step` in one transaction, then queues its follow-ups. */
async function withRequest(reference: string, by: string | undefined, step: Step): Promise<number> {
  return withRequests([reference], by, step);
}

/**
 * {@link withRequest} for each reference in turn, over one set of connections. With one
 * reference its refusal is the command's error; with several, each refusal is printed and
 * the others still go ahead, and the exit code is 1 when any was refused.
 */
export async function withRequests(references: readonly string[], by: string | undefined, step: Step): Promise<number> {
  const config = loadConfig(process.env, ['database', 'redis', 'bot']);
  const pool = databasePool(config.database, 2);
  const redis = new Redis(config.redis.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null, connectTimeout: 5_000 });
  redis.on('error', () => {});
  const queues = createQueues(redis, config.redis.QUEUE_PREFIX);
  for (const q of [queues.inbound, queues.requests, queues.mail]) q.on('error', () => {});
  const actor = `cli:${by?.trim() || userInfo().username}`;
  const ctx = botContext({ pool, queues, log: createLogger('silent'), plan: loadDeletionPlan(), settings: botSettings(config) });
  let redisUnreachable = false;
  let refused = 0;
  const pending: FollowUps[] = [];
  const enqueuePending = async (): Promise<void> => {
    const batch = pending.splice(0);
    if (batch.length === 0 || redisUnreachable) return;
    try {
      // The queues start connecting the shared client on their own; connect() would then throw
      // "already connecting" and the decision would wait for the reconciler. A PING waits for it.
      await redis.ping();
      await enqueueFollowUps(queues, mergeFollowUps(batch));
    } catch {
      redisUnreachable = true;
      process.stderr.write('Redis is unreachable; the bot will pick the decisions up from Postgres when it runs.\n');
    }
  };
  try {
    for (const reference of references) {
      // A refusal is still recorded on the request: the transaction commits and the error is raised after.
      const outcome = await inTransaction(pool, async (tx) => {
        const req = await getRequestByReference(tx, reference, true);
        if (!req) return { refused: new CliError(`No request ${reference}. List them with: deletion-bot requests list`) };
        try {
          return { done: await step(tx, ctx, req, actor) };
        } catch (err) {
          if (err instanceof CliError) return { refused: err };
          throw err;
        }
      });
      if (outcome.refused) {
        if (references.length === 1) throw outcome.refused;
        process.stderr.write(`deletion-bot: ${outcome.refused.message}\n`);
        refused += 1;
        continue;
      }
      const done = outcome.done!;
      pending.push(done.followUps);
      process.stdout.write(`${done.message}\n`);
      // The changes are committed in Postgres; queuing only makes the bot act at once. With
      // several references the follow-ups go in batches (a crash in between: the reconciler queues them).
      if (pending.length >= ENQUEUE_BATCH) await enqueuePending();
    }
    return refused > 0 ? EXIT.failed : EXIT.ok;
  } finally {
    // Also when a later reference failed: what was decided is queued (else the reconciler would).
    await enqueuePending();
    await queues.close().catch(() => {});
    redis.disconnect();
    await pool.end();
  }
}
