// The servers one benchmark run works against: the harness's own Postgres, Redis,
// Dovecot and SMTP relay, each on a free port and removed at the end.
import { randomBytes } from 'node:crypto';
import type { Roots } from './cpu-use.js';
import { imageRuntimeEnv } from '../harness/production-runtime.js';
import { startPgCluster, type PgCluster } from '../harness/pg-cluster.js';
import { freePort } from '../harness/ports.js';
import { startRedisServer, type RedisServer } from '../harness/redis-server.js';
import { BOT_ADDRESS, botEnv, STAFF, startMailStack, type MailStack } from '../harness/stack.js';

/** Requesters write from these mailboxes (the relay only accepts addresses Dovecot knows). */
export const SENDERS = Array.from({ length: 40 }, (_, i) => `req${i}@example.com`);
export const LATENCY_SENDER = 'latency@example.com';

export interface BenchServers {
  pg: PgCluster;
  redis: RedisServer;
  mail: MailStack;
  /** A new migrated database and the bot's environment pointing at it, with a fresh queue prefix. */
  botEnvironment(label: string): Promise<Record<string, string>>;
  /** The servers' first processes, for bench/cpu-use.ts, with the bot's when one runs. */
  roots(botPid?: number): Roots;
  stop(): Promise<void>;
}

export async function startServers(): Promise<BenchServers> {
  // pg_stat_statements counts the statements each measure costs per request (bench/round-trips.ts).
  const pg = await startPgCluster(['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track=top', 'pg_stat_statements.track_planning=on']);
  const redis = await startRedisServer();
  const mail = await startMailStack({ users: [BOT_ADDRESS, ...STAFF, ...SENDERS, LATENCY_SENDER] });
  return {
    pg,
    redis,
    mail,
    async botEnvironment(label) {
      const url = await pg.createMigratedDatabase(`bench_${label}_${randomBytes(3).toString('hex')}`);
      const env = botEnv({ dovecot: mail.dovecot, relay: mail.relay, db: { url }, prefix: `bench-${label}`, httpPort: await freePort() });
      // Production's poll and reconcile intervals, not the tests' short ones.
      delete env.IMAP_POLL_SECONDS;
      delete env.RECONCILE_SECONDS;
      // Every bench requester writes many requests a day.
      // The bot as the image runs it; BENCH_CPU_PROF=DIR also makes each bot process write a V8 CPU profile into DIR.
      const runtime = imageRuntimeEnv();
      if (process.env.BENCH_CPU_PROF) runtime.NODE_OPTIONS += ` --cpu-prof --cpu-prof-dir=${process.env.BENCH_CPU_PROF}`;
      return { ...env, REDIS_URL: redis.url, LOG_LEVEL: 'warn', REPLY_RATE_LIMIT_PER_DAY: '1000', ...runtime, ...settingsToTry() };
    },
    roots: (botPid) => ({ bot: botPid, postgres: pg.pid(), redis: redis.pid(), dovecot: mail.dovecot.pid() }),
    async stop() {
      await mail.stop().catch(() => {});
      await redis.destroy().catch(() => {});
      await pg.destroy().catch(() => {});
    },
  };
}

/** BENCH_BOT_ENV="PARSE_THREADS=1 WORKER_CONCURRENCY=8": settings to measure instead of the defaults. */
function settingsToTry(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of (process.env.BENCH_BOT_ENV ?? '').split(/[\s,]+/).filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new Error(`BENCH_BOT_ENV: "${pair}" is not NAME=value`);
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}
