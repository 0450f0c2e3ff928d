// vitest globalSetup of the fault suite: a fresh run folder for the scenario files (results,
// bot logs, personal data used), and when the run ends the scan of every bot log line for
// that personal data and docs/RELIABILITY.md written from the results. A leak fails the run.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { describeLeaks, scanRunLogs } from './log-scan.js';
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
    try {
      const scanStarted = Date.now();
      const scan = scanRunLogs(dir);
      const logScan = { files: scan.files, lines: scan.lines, needles: scan.needles, leaks: scan.leaks.length };
      console.log(`fault suite log scan: ${logScan.lines} lines of ${logScan.files} bot processes, ${logScan.needles} pieces of personal data, ${logScan.leaks} leaks (${Date.now() - scanStarted} ms)`);
      const results = readResults(dir);
      if (results.length > 0) {
        mkdirSync(dirname(REPORT), { recursive: true });
        writeFileSync(REPORT, renderReliability(results, { seconds: (Date.now() - startedAt) / 1000, finishedAt: new Date().toISOString(), logScan }));
      }
      if (scan.leaks.length > 0) throw new Error(describeLeaks(scan));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
