import Fastify, { type FastifyInstance } from 'fastify';
import { serverOptions, type HttpLimits } from './http-limits.js';

export interface Probe {
  name: string;
  check: () => Promise<string | null>; // null when fine, else why not
}

export interface HttpServerOptions {
  limits: HttpLimits;
  probes: Probe[];
  /** Required variables that are not set: listed in every /readyz answer until they are. */
  missing?: readonly string[];
  /** Further routes (Meta's callbacks, /metrics), registered before the probes. */
  addRoutes?: (app: FastifyInstance) => void;
}

/**
 * Health (the process answers) and readiness (its dependencies answer and, for a
 * poller, the mailbox was read up to date), with the timeouts and the connection cap
 * of `limits`: a client that holds a connection open or sends slowly is cut off, and
 * connections past the cap are closed on arrival instead of using up file descriptors.
 */
export function createHttpServer({ limits, probes, missing = [], addRoutes = () => {} }: HttpServerOptions): FastifyInstance {
  const app = Fastify(serverOptions(limits));
  app.server.maxConnections = limits.HTTP_MAX_CONNECTIONS;
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

  return app;
}
