import { Counter, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics of one process. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'deletion_bot_' });
  return {
    registry,
    jobs: new Counter({
      name: 'deletion_bot_jobs_total',
      help: 'Jobs processed, by queue and outcome',
      labelNames: ['queue', 'outcome'] as const,
      registers: [registry],
    }),
    metaCallbacks: new Counter({
      name: 'deletion_bot_meta_callbacks_total',
      help: "Meta callbacks by route (data_deletion, deauthorize) and outcome (opened, joined, revoked, unknown_user, or the refusal's reason)",
      labelNames: ['route', 'outcome'] as const,
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
