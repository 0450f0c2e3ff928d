import { Worker, type Processor } from 'bullmq';
import { Redis } from 'ioredis';
import type { Config } from '../config/config.js';
import { appDatabasePool, databasePool, separateAppDatabase } from '../db/pool.js';
import { loadDeletionPlan } from '../deletion/deletion-plan.js';
import type { Probe } from '../http/http-server.js';
import { createMetrics } from '../http/metrics.js';
import { registerMetaRoutes } from '../meta/meta-routes.js';
import type { MailboxGaugeSource } from '../http/ops-metrics.js';
import { serveHttp, type HttpService } from '../http/serve-http.js';
import { MailboxWatcher } from '../poller/mailbox-watcher.js';
import { PollerLease } from '../poller/poller-lease.js';
import type { Logger } from '../log/logger.js';
import { scrubAddresses } from '../log/scrub.js';
import { loadCheckedMailTemplates } from '../mail-out/check-mail-templates.js';
import { createSmtpTransport } from '../mail-out/smtp-transport.js';
import { startMailAuth } from './start-mail-auth.js';
import { createQueues, QUEUE_NAMES } from '../queue/queues.js';
import { ParsePool } from '../intake/parse-pool.js';
import { IntakeFirst } from '../queue/intake-first.js';
import { reconcile } from '../housekeeping/reconciler.js';
import { runHousekeeping } from '../housekeeping/run-housekeeping.js';
import { inboundProcessor } from '../../workers/inbound.worker.js';
import { mailProcessor } from '../../workers/mail.worker.js';
import { requestProcessor } from '../../workers/request.worker.js';
import { botSettings } from './bot-settings.js';
import { approvalAuthWarning } from '../approval/approval-auth-warning.js';
import { botContext } from './context.js';

import type { Role } from './roles.js';
export { ROLES, type Role } from './roles.js';

export interface RunningBot {
  stop(): Promise<void>;
}

/**
 * The composition root: wires Postgres, Redis, IMAP, SMTP and HTTP for the
 * chosen role. `all` runs the poller, every worker and the HTTP server in one
 * process; `poller` and `worker` let ops split and scale them; `http` serves only
 * health, readiness, metrics and admin.
 */
export async function startBot(config: Config, role: Role, log: Logger): Promise<RunningBot> {
  // The deletion plan and the requester mail templates are files ops edit: a broken one
  // stops the start here, naming the file, before anything connects.
  const plan = loadDeletionPlan();
  const settings = botSettings(config, config.imap.IMAP_MAILBOX);
  const templates = loadCheckedMailTemplates(settings.mailTemplatesDir, plan);
  const authWarning = approvalAuthWarning(settings);
  if (authWarning) log.warn({ component: 'approval' }, authWarning);
  const pool = databasePool(config.database);
  // The deletion plan's tables, when they are in another database than the bot's (APP_DATABASE_URL).
  const appPool = separateAppDatabase(config.database) ? appDatabasePool(config.database) : undefined;
  const redis = new Redis(config.redis.REDIS_URL, { maxRetriesPerRequest: null, lazyConnect: false });
  redis.on('error', (err) => log.warn({ component: 'redis', err: err.message }, 'Redis connection error'));
  const queues = createQueues(redis, config.redis.QUEUE_PREFIX);
  const metrics = createMetrics();
  const runsWorkers = role === 'all' || role === 'worker';
  // Mail is read on threads only, each message within READ_BUDGET_SECONDS (parse-pool.ts).
  const threads = Math.max(1, config.runtime.PARSE_THREADS);
  const reader = runsWorkers ? new ParsePool(settings, threads, { budgetSeconds: config.runtime.READ_BUDGET_SECONDS }) : undefined;
  const ctx = botContext({
    pool,
    ...(appPool ? { appPool } : {}),
    queues,
    log,
    plan,
    templates,
    settings,
    ...(reader ? { reader } : {}),
  });

  const probes: Probe[] = [
    { name: 'postgres', check: async () => { await pool.query('SELECT 1'); return null; } },
    { name: 'redis', check: async () => ((await redis.ping()) === 'PONG' ? null : 'no PONG') },
  ];
  if (appPool) probes.push({ name: 'app-database', check: async () => { await appPool.query('SELECT 1'); return null; } });
  // How IMAP and SMTP log in: the settings as given, or with one OAuth2 token source for both.
  const mail = startMailAuth(config, { pool, log, registry: metrics.registry, probes });
  const stoppers: (() => Promise<void>)[] = [];
  let mailboxGauges: () => MailboxGaugeSource | null = () => null;
  const closeConnections = async () => {
    await reader?.close();
    await queues.close();
    redis.disconnect();
    await pool.end();
    await appPool?.end();
  };

  // HTTP listens before any worker or the poller starts: a port in use (or an address this
  // machine lacks) stops the start here, with only the connections above to close. What
  // follows runs without awaiting, so /readyz answers only once the mailbox probe is in place.
  let http: HttpService;
  try {
    http = await serveHttp({
      config, metrics, queues, mailbox: () => mailboxGauges(), probes, log, adminBoard: true,
      addRoutes: (app) => registerMetaRoutes(app, ctx, config.meta, metrics),
    });
  } catch (err) {
    await closeConnections();
    throw err;
  }

  if (runsWorkers) {
    if (config.runtime.PARSE_THREADS === 0) log.info({ component: 'intake', threads }, 'PARSE_THREADS=0 reads mail on one thread: mail is never read on the main thread');
    // A pool of up to SMTP_MAX_CONNECTIONS connections, reused for many mails.
    const transport = createSmtpTransport(mail.smtp);
    const workerOpts = { connection: redis, prefix: config.redis.QUEUE_PREFIX, concurrency: config.runtime.WORKER_CONCURRENCY };
    // Request steps and mail wait while stored mail is being read (intake-first.ts).
    const intakeFirst = new IntakeFirst();
    const workers = [
      new Worker(QUEUE_NAMES.inbound, inboundProcessor(ctx) as Processor, workerOpts),
      new Worker(QUEUE_NAMES.requests, intakeFirst.wrap(requestProcessor(ctx) as Processor), workerOpts),
      new Worker(QUEUE_NAMES.mail, intakeFirst.wrap(mailProcessor(ctx, transport) as Processor), workerOpts),
    ];
    intakeFirst.watch(workers[0]!);
    for (const w of workers) {
      w.on('completed', () => metrics.jobs.inc({ queue: w.name, outcome: 'completed' }));
      w.on('failed', (job, err) => {
        metrics.jobs.inc({ queue: w.name, outcome: 'failed' });
        log.warn({ component: 'worker', queue: w.name, job: job?.id, attempt: job?.attemptsMade, err: scrubAddresses(err.message) }, 'job failed');
      });
      w.on('error', (err) => log.warn({ component: 'worker', queue: w.name, err: scrubAddresses(err.message) }, 'worker error'));
    }
    const runReconcile = async () => {
      try {
        const n = await reconcile(ctx, config.runtime.RECONCILE_SECONDS);
        if (n.inbound + n.requests + n.mail > 0) log.info({ component: 'reconciler', ...n }, 'work re-queued from Postgres');
      } catch (err) {
        log.warn({ component: 'reconciler', err: scrubAddresses((err as Error).message) }, 'reconcile failed');
      }
    };
    void runReconcile();
    const timer = setInterval(runReconcile, config.runtime.RECONCILE_SECONDS * 1000);
    // Reminders, escalations and the retention purge: one pass at a time in this process;
    // guarded updates per request keep several processes from doing anything twice.
    let housekeeping: Promise<void> | null = null;
    const runHousekeepingOnce = () => {
      housekeeping ??= (async () => {
        try {
          const n = await runHousekeeping(ctx);
          if (n.reminders + n.escalations + n.requests + n.otherMessages + n.waitingForMail > 0) {
            log.info({ component: 'housekeeping', ...n }, 'housekeeping pass done');
          }
        } catch (err) {
          log.warn({ component: 'housekeeping', err: scrubAddresses((err as Error).message) }, 'housekeeping pass failed');
        } finally {
          housekeeping = null;
        }
      })();
    };
    runHousekeepingOnce();
    const housekeepingTimer = setInterval(runHousekeepingOnce, config.bot.HOUSEKEEPING_SECONDS * 1000);
    stoppers.push(async () => {
      clearInterval(timer);
      clearInterval(housekeepingTimer);
      await housekeeping;
      intakeFirst.stop();
      await Promise.all(workers.map((w) => w.close()));
      transport.close();
    });
  }

  if (role === 'all' || role === 'poller') {
    const lease = new PollerLease(config.database.DATABASE_URL, config.imap.IMAP_MAILBOX);
    const watcher = new MailboxWatcher(mail.imap, ctx, lease);
    watcher.start();
    mailboxGauges = () => watcher.status;
    probes.push({
      name: 'mailbox',
      check: async () => {
        const s = watcher.status;
        if (!s.leaseHeld) return 'standby: another process polls this mailbox';
        if (!s.connected) return 'not connected to IMAP';
        return s.synced ? null : 'not yet read up to date';
      },
    });
    stoppers.unshift(() => watcher.stop());
  }

  log.info({ component: 'http', host: config.runtime.HTTP_HOST, port: config.runtime.HTTP_PORT, role }, 'deletion-bot started');

  return {
    async stop() {
      await http.close();
      for (const stop of stoppers) await stop();
      await closeConnections();
    },
  };
}
