import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import type { MetricsSnapshot } from './metrics-snapshot.js';

/** Compares hashes, which have the same length whatever was sent: the time says nothing of the token. */
export function sameSecret(given: string, expected: string): boolean {
  const h = (v: string) => createHash('sha256').update(v).digest();
  return timingSafeEqual(h(given), h(expected));
}

/** GET /metrics: the last snapshot, behind `Authorization: Bearer METRICS_TOKEN` when that is set. */
export function registerMetricsRoute(app: FastifyInstance, registry: Registry, snapshot: MetricsSnapshot, token: string | undefined): void {
  // Scrapes that arrive while the text is being written share it: a crowd of them costs one
  // rendering of the registry, not one each, and the event loop stays free for everything else.
  let rendering: Promise<string> | null = null;
  const render = () => {
    rendering ??= snapshot.beforeScrape(new Date()).then(() => registry.metrics()).finally(() => { rendering = null; });
    return rendering;
  };
  app.get('/metrics', async (req, reply) => {
    if (token !== undefined) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
      if (!m || !sameSecret(m[1]!, token)) {
        return reply.code(401).header('www-authenticate', 'Bearer realm="deletion-bot metrics"')
          .send({ error: 'send the metrics token as `Authorization: Bearer <METRICS_TOKEN>`' });
      }
    }
    return reply.header('content-type', registry.contentType).send(await render());
  });
}
