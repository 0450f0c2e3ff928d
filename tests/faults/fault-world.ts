// Every server a fault scenario breaks, owned by the scenario: its own Postgres cluster,
// redis-server, Dovecot and SMTP relays, and the bot as real `deletion-bot start` processes.
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import pg from 'pg';
import { withBotSearchPath } from '../../src/db/pool.js';
import { afterAll, beforeAll, expect } from 'vitest';
import { startBot, type BotProcess } from '../../harness/bot-process.js';
import { startDovecot, type Dovecot } from '../../harness/dovecot.js';
import { startPgCluster, type PgCluster } from '../../harness/pg-cluster.js';
import { addSampleSchema } from '../../harness/sample-database.js';
import { freePort } from '../../harness/ports.js';
import { startRedisServer, type RedisServer } from '../../harness/redis-server.js';
import { startSmtpRelay, type SmtpRelay } from '../../harness/smtp-relay.js';
import { botEnv } from '../../harness/stack.js';
import { startTcpProxy, type TcpProxy } from '../../harness/tcp-proxy.js';
import { RunLog, type PersonalKind } from './run-log.js';

export interface FaultWorld {
  pg: PgCluster;
  redis: RedisServer;
  dovecot: Dovecot;
  /** Between the bot and Dovecot's IMAP port, when `imapProxy` was asked for. */
  imapProxy: TcpProxy | null;
  /** The relay people send through. */
  relay: SmtpRelay;
  /** The relay the bot sends through (the same one unless `ownBotRelay`). */
  botRelay: SmtpRelay;
  dbUrl: string;
  /** A pool on the bot's database; survives a Postgres restart (new connections). */
  pool: pg.Pool;
  /** With `appDatabase`: a pool on the application database that holds the sample tables (APP_DATABASE_URL). */
  appPool: pg.Pool | null;
  env: Record<string, string>;
  /** Running bot processes. */
  bots: BotProcess[];
  /** Output of every bot process started in this world. */
  logs: string[][];
  /**
   * Personal data a scenario of this world uses: the suite's closing scan (log-scan.ts)
   * looks for it in every line any bot of the run logged.
   */
  personalData(kind: PersonalKind, values: Iterable<string>): void;
  /**
   * Starts one more bot process (its own HTTP port) with the world's environment plus `extra`;
   * `standby` waits for any /readyz answer, 503 included (a poller on standby is never ready).
   */
  startBot(extra?: Record<string, string>, opts?: { standby?: boolean }): Promise<BotProcess>;
  /** Stops every bot with SIGTERM. */
  stopBots(): Promise<void>;
  destroy(): Promise<void>;
}

export interface FaultWorldOptions {
  users: string[];
  ownBotRelay?: boolean;
  /** The bot reaches IMAP through a TCP proxy that can cut its connections. */
  imapProxy?: boolean;
  /** The sample tables in a database of their own on the same server, the bot's APP_DATABASE_URL. */
  appDatabase?: boolean;
  env?: Record<string, string>;
}

/**
 * A fault scenario file's world: started before its tests (with one bot running unless
 * `startBot` is false), handed to `use`, destroyed after them.
 */
export function useFaultWorld(opts: FaultWorldOptions & { startBot?: boolean }, use: (world: FaultWorld) => void): void {
  let world: FaultWorld | undefined;
  beforeAll(async () => {
    world = await startFaultWorld(opts);
    use(world);
    if (opts.startBot ?? true) await world.startBot();
  });
  afterAll(async () => {
    await world?.destroy();
  });
}

export async function startFaultWorld(opts: FaultWorldOptions): Promise<FaultWorld> {
  const cluster = await startPgCluster();
  const redis = await startRedisServer();
  const dovecot = await startDovecot({ users: opts.users });
  const relay = await startSmtpRelay(dovecot);
  const botRelay = opts.ownBotRelay ? await startSmtpRelay(dovecot) : relay;
  const imapProxy = opts.imapProxy ? await startTcpProxy(dovecot.imapPort) : null;
  const dbUrl = await cluster.createMigratedDatabase('bot', { sampleSchema: !opts.appDatabase });
  const appUrl = opts.appDatabase ? await createAppDatabase(cluster) : null;
  const appPool = appUrl ? new pg.Pool({ connectionString: appUrl, max: 2 }) : null;
  appPool?.on('error', () => {});
  const pool = new pg.Pool({ connectionString: withBotSearchPath(dbUrl), max: 4 });
  pool.on('error', () => {}); // a restarted server ends idle connections; the next query reconnects
  const env: Record<string, string> = {
    ...botEnv({ dovecot, relay: botRelay, db: { url: dbUrl }, prefix: 'faults', httpPort: 0 }),
    REDIS_URL: redis.url,
    ...(imapProxy ? { IMAP_PORT: String(imapProxy.port) } : {}),
    IMAP_POLL_SECONDS: '3',
    RECONCILE_SECONDS: '3',
    REPLY_RATE_LIMIT_PER_DAY: '20',
    ...(appUrl ? { APP_DATABASE_URL: appUrl } : {}),
    ...opts.env,
  };
  const file = basename(expect.getState().testPath ?? 'world').replace(/\.test\.ts$/, '');
  const runLog = new RunLog(`${file}-${randomBytes(3).toString('hex')}`);
  runLog.personalData('token', [env.APPROVAL_SECRET ?? '']);
  const world: FaultWorld = {
    pg: cluster, redis, dovecot, imapProxy, relay, botRelay, dbUrl, pool, appPool, env, bots: [], logs: [],
    personalData: (kind, values) => runLog.personalData(kind, values),
    async startBot(extra = {}, { standby = false } = {}) {
      const bot = await startBot({ ...world.env, HTTP_PORT: String(await freePort()), ...extra }, { readyTimeoutMs: 60_000, anyAnswer: standby });
      world.bots.push(bot);
      world.logs.push(bot.output);
      return bot;
    },
    async stopBots() {
      const bots = world.bots.splice(0);
      await Promise.all(bots.map((b) => b.stop()));
    },
    async destroy() {
      await Promise.all(world.bots.splice(0).map((b) => b.stop('SIGKILL')));
      world.logs.forEach((lines, i) => runLog.botOutput(i, lines));
      await pool.end().catch(() => {});
      await appPool?.end().catch(() => {});
      await imapProxy?.stop();
      if (botRelay !== relay) await botRelay.stop();
      await relay.stop();
      await dovecot.stop();
      await redis.destroy();
      await cluster.destroy();
    },
  };
  return world;
}

/** Creates the database `app` with the demo's sample tables; returns its URL. */
async function createAppDatabase(cluster: PgCluster): Promise<string> {
  const admin = new pg.Client({ connectionString: cluster.url() });
  await admin.connect();
  try {
    await admin.query('CREATE DATABASE app');
  } finally {
    await admin.end();
  }
  await addSampleSchema(cluster.url('app'));
  return cluster.url('app');
}

/** Removes `bot` from the running list after it was killed or stopped by the scenario. */
export function forget(world: FaultWorld, bot: BotProcess): void {
  const i = world.bots.indexOf(bot);
  if (i >= 0) world.bots.splice(i, 1);
}
