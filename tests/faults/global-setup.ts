// vitest globalSetup of the fault suite: a fresh results folder for the scenario files, and
// docs/RELIABILITY.md written from their results when the run ends.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { readResults, renderReliability } from './reliability-report.js';

declare module 'vitest' {
  export interface ProvidedContext {
    faultResultsDir: string;
  }
}

const REPORT = fileURLToPath(new URL('../../docs/RELIABILITY.md', import.meta.url));

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'dbot-faults-'));
  project.provide('faultResultsDir', dir);
  const startedAt = Date.now();
  return () => {
    const results = readResults(dir);
    if (results.length > 0) {
      mkdirSync(dirname(REPORT), { recursive: true });
      writeFileSync(REPORT, renderReliability(results, { seconds: (Date.now() - startedAt) / 1000, finishedAt: new Date().toISOString() }));
    }
    rmSync(dir, { recursive: true, force: true });
  };
}
