import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Pool } from 'pg';
import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/http/metrics.js';
import { registerOpsMetrics } from '../../src/http/ops-metrics.js';
import { registerMailAuthMetrics } from '../../src/app/start-mail-auth.js';
import { whichBinary } from '../../harness/system.js';

const RULES = new URL('../../docs/alerts.yml', import.meta.url).pathname;

describe('docs/alerts.yml', () => {
  it('passes promtool check rules', () => {
    const promtool = whichBinary('promtool');
    if (!promtool) throw new Error('promtool not found: install Debian\'s prometheus package (apt-get install -y --no-install-recommends prometheus)');
    const r = spawnSync(promtool, ['check', 'rules', RULES], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/SUCCESS: \d+ rules found/);
  });

  it('uses only metrics the bot exports', () => {
    const metrics = createMetrics();
    registerOpsMetrics(metrics.registry, null as unknown as Pool, null, () => null);
    registerMailAuthMetrics(metrics.registry, null);
    const exported = new Set(metrics.registry.getMetricsAsArray().map((m) => m.name));
    const used = new Set(readFileSync(RULES, 'utf8').match(/deletion_bot_[a-z0-9_]+/g));
    expect(used.size).toBeGreaterThan(4);
    for (const name of used) expect(exported, name).toContain(name);
  });
});
