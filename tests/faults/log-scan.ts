// The fault suite's closing check: every line any bot process logged during the whole run,
// in every world, against every username, address, statement and token any scenario used.
// A scenario only checks its own bots; this also catches data of one world logged by
// another and lines written after a scenario's own check.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LOGS_FOLDER, NEEDLES_FOLDER, type Needle } from './run-log.js';

export interface Leak {
  /** The log file, relative to the run folder, and the line number in it. */
  file: string;
  line: number;
  kind: Needle['kind'];
  /** The world whose scenario used the data. */
  owner: string;
}

export interface LogScan {
  files: number;
  lines: number;
  needles: number;
  leaks: Leak[];
}

function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)])).sort();
}

function readNeedles(dir: string): (Needle & { owner: string })[] {
  const byValue = new Map<string, Needle & { owner: string }>();
  for (const file of filesUnder(join(dir, NEEDLES_FOLDER))) {
    const owner = relative(join(dir, NEEDLES_FOLDER), file).replace(/\.jsonl$/, '');
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line) continue;
      const n = JSON.parse(line) as Needle;
      const value = n.value.toLowerCase();
      if (!byValue.has(value)) byValue.set(value, { kind: n.kind, value, owner });
    }
  }
  return [...byValue.values()];
}

/** Scans every bot log file under the run folder `dir` for every needle written there. */
export function scanRunLogs(dir: string): LogScan {
  const needles = readNeedles(dir);
  const files = filesUnder(join(dir, LOGS_FOLDER));
  const leaks: Leak[] = [];
  let lines = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8').split('\n');
    if (text[text.length - 1] === '') text.pop();
    text.forEach((raw, i) => {
      lines += 1;
      const line = raw.toLowerCase();
      const hit = needles.find((n) => line.includes(n.value));
      if (hit) leaks.push({ file: relative(dir, file), line: i + 1, kind: hit.kind, owner: hit.owner });
    });
  }
  return { files: files.length, lines, needles: needles.length, leaks };
}

/** The failure message: a few leaks, by file, line and kind of data only (never the data). */
export function describeLeaks(scan: LogScan, max = 5): string {
  const article = (kind: string) => (/^[aeiou]/.test(kind) ? 'an' : 'a');
  const shown = scan.leaks.slice(0, max).map((l) => `  ${l.file}:${l.line} carries ${article(l.kind)} ${l.kind} used by ${l.owner}`);
  const more = scan.leaks.length > max ? [`  ... and ${scan.leaks.length - max} more`] : [];
  return [`personal data in bot logs: ${scan.leaks.length} of ${scan.lines} lines scanned`, ...shown, ...more].join('\n');
}
