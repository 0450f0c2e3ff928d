import Fastify, { type FastifyInstance } from 'fastify';
import type { Pool } from '../db/pool.js';
import type { Metrics } from './metrics.js';

export interface Probe {
  name: string;
  check: () => Promise<string | null>; // null when fine, else why not
}

/**
 * Health (the process answers), readiness (its dependencies answer and, for a
 * poller, the mailbox was read up to date) and Prometheus metrics.
 */
export function createHttpServer(
  pool: Pool,
  metrics: Metrics,
  probes: Probe[],
  collect?: (now: Date) => Promise<void>,
  addRoutes: (app: FastifyInstance) => void = () => {},
  /** Required variables that are not set: listed in every /readyz answer until they are. */
  missing: readonly string[] = [],
): FastifyInstance {
  const app = Fastify({ logger: false });
  addRoutes(app);

  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async (_req, reply) => {
    const results = await Promise.all(
      probes.map(async (p) => {
        try {
          // A dependency that does not answer is as failing as one that refuses.
          const late = new Promise<string>((r) => setTimeout(() => r('no answer within 2 s'), 2000).unref());
          return [p.name, (await Promise.race([p.check(), late])) ?? 'ok'] as const;
        } catch (err) {
          return [p.name, (err as Error).message] as const;
        }
      }),
    );
    const ready = missing.length === 0 && results.every(([, v]) => v === 'ok');
    const body = { status: ready ? 'ready' : 'not ready', checks: Object.fromEntries(results) };
    return reply.code(ready ? 200 : 503).send(missing.length ? { ...body, missing } : body);
  });

  app.get('/metrics', async (_req, reply) => {
    const { rows } = await pool.query(`SELECT state, count(*)::int AS n FROM requests GROUP BY state`);
    metrics.requestsByState.reset();
    for (const r of rows) metrics.requestsByState.set({ state: r.state }, r.n);
    await collect?.(new Date());
    return reply.header('content-type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  return app;
}
