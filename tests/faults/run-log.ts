// What a fault world leaves for the suite's closing log scan (log-scan.ts): every line each
// of its bot processes wrote, and every piece of personal data its scenarios used. Scenario
// files run in separate processes, so both go to files under the run folder the global
// setup made; the scan reads them all once every file is done.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resultsDir } from './reliability-report.js';

export const PERSONAL_KINDS = ['username', 'address', 'statement', 'token'] as const;
export type PersonalKind = (typeof PERSONAL_KINDS)[number];

/** One piece of personal data, as written to a world's needles file (one JSON object a line). */
export interface Needle {
  kind: PersonalKind;
  value: string;
}

export const LOGS_FOLDER = 'bot-logs';
export const NEEDLES_FOLDER = 'personal-data';

export class RunLog {
  private readonly logs: string;
  private readonly needles: string;

  /** `world` names the world's files; unique within the run. */
  constructor(readonly world: string, dir = resultsDir()) {
    this.logs = join(dir, LOGS_FOLDER, world);
    mkdirSync(this.logs, { recursive: true });
    mkdirSync(join(dir, NEEDLES_FOLDER), { recursive: true });
    this.needles = join(dir, NEEDLES_FOLDER, `${world}.jsonl`);
  }

  /** Adds personal data the world's scenarios use; written at once, so a crashed file still counts. */
  personalData(kind: PersonalKind, values: Iterable<string>): void {
    const lines = [...values].filter((v) => v.length > 0).map((value) => `${JSON.stringify({ kind, value } satisfies Needle)}\n`);
    if (lines.length > 0) appendFileSync(this.needles, lines.join(''));
  }

  /** Writes the output of the world's `index`-th bot process (the whole of it, again on each call). */
  botOutput(index: number, lines: readonly string[]): void {
    writeFileSync(join(this.logs, `bot-${index + 1}.log`), lines.length > 0 ? `${lines.join('\n')}\n` : '');
  }
}
