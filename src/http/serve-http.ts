import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/config.js';
import { databasePool } from '../db/pool.js';
import type { Logger } from '../log/logger.js';
import type { Queues } from '../queue/queues.js';
import { mountAdminBoard } from './admin-board.js';
import { createHttpServer, type Probe } from './http-server.js';
import type { Metrics } from './metrics.js';
import { registerMetricsRoute } from './metrics-route.js';
import { MetricsSnapshot } from './metrics-snapshot.js';
import { registerOpsMetrics, type MailboxGaugeSource } from './ops-metrics.js';

export interface HttpService {
  close(): Promise<void>;
}

export interface ServeHttpOptions {
  config: Config<'database' | 'runtime'>;
  metrics: Metrics;
  queues: Queues | null;
  mailbox: () => MailboxGaugeSource | null;
  probes: Probe[];
  missing?: readonly string[];
  /** Meta's callbacks and whatever else the role serves on HTTP_PORT. */
  addRoutes?: (app: FastifyInstance) => void;
  /** Mount the queue dashboard (when ADMIN_USER and ADMIN_PASSWORD are set). */
  adminBoard?: boolean;
  log: Logger;
}

/**
 * The HTTP side of a process: HTTP_PORT on HTTP_HOST with health, readiness, Meta's routes, the admin
 * board and /metrics; or, with METRICS_PORT, /metrics there only (with health and
 * readiness too), on METRICS_BIND_ADDRESS (default: HTTP_HOST, as HTTP_PORT). The metrics' counts are refreshed on a timer
 * by one Postgres connection of their own.
 */
export async function serveHttp(o: ServeHttpOptions): Promise<HttpService> {
  const runtime = o.config.runtime;
  const metricsPool = databasePool(o.config.database, 1);
  const ops = registerOpsMetrics(o.metrics.registry, metricsPool, o.queues, o.mailbox);
  const snapshot = new MetricsSnapshot(ops, runtime.METRICS_REFRESH_SECONDS * 1000, o.log, o.metrics.registry);
  const metricsRoute = (app: FastifyInstance) => registerMetricsRoute(app, o.metrics.registry, snapshot, runtime.METRICS_TOKEN);
  const separate = runtime.METRICS_PORT !== undefined;

  const main = createHttpServer({
    limits: runtime,
    probes: o.probes,
    ...(o.missing ? { missing: o.missing } : {}),
    addRoutes: (app) => {
      o.addRoutes?.(app);
      if (!separate) metricsRoute(app);
    },
  });
  const apps = [main];
  if (o.adminBoard && o.queues) {
    const board = await mountAdminBoard(main, o.queues, runtime);
    if (!board) o.log.info({ component: 'http' }, 'admin board off: set ADMIN_USER and ADMIN_PASSWORD to serve /admin/queues');
  }
  snapshot.start();
  try {
    await main.listen({ port: runtime.HTTP_PORT, host: runtime.HTTP_HOST });
    if (separate) {
      const side = createHttpServer({ limits: runtime, probes: o.probes, ...(o.missing ? { missing: o.missing } : {}), addRoutes: metricsRoute });
      apps.push(side);
      await side.listen({ port: runtime.METRICS_PORT!, host: runtime.METRICS_BIND_ADDRESS ?? runtime.HTTP_HOST });
      o.log.info({ component: 'http', port: runtime.METRICS_PORT }, '/metrics served on METRICS_PORT only');
    }
  } catch (err) {
    await Promise.all(apps.map((a) => a.close()));
    await snapshot.stop();
    await metricsPool.end();
    throw err;
  }

  return {
    async close() {
      await Promise.all(apps.map((a) => a.close()));
      await snapshot.stop();
      await metricsPool.end();
    },
  };
}
