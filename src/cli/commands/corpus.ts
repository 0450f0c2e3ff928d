/**
 * `deletion-bot corpus DIR...`: runs labelled mail folders (a `labels.json`
 * next to the `.eml` files) through the same reading path as `parse` and
 * prints, per folder, the accuracy of each labelled field, every miss, and
 * the slowest read (a read over the budget is flagged SLOW: a figure of a
 * shared machine, not an exit status). Exit 0 when every mail was read; 1 when
 * a mail crashed the reader; 2 when a folder, its
 * labels or a labelled file cannot be read.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readMail } from '../../mail-in/read-mail.js';
import { accuracy, labelProblems, scoreCorpus, type CorpusLabel, type CorpusResult, type CorpusScore } from '../../understanding/corpus-score.js';
import { languageGroup, languageOfFile, safetyScore } from '../../understanding/corpus-safety.js';
import { understand } from '../../understanding/understand.js';
import type { UnderstandOptions } from '../../understanding/types.js';
import { READ_BUDGET_MS } from './corpus-help.js';

/** The world the corpus labels are written for: PickrTech's staff addresses, the bot's address, its own handle. */
export const CORPUS_OPTIONS: UnderstandOptions = {
  staffEmails: ['staff@pickrtech.com', 'anna@pickrtech.com'],
  botAddress: 'contact@pickrtech.com',
  ownHandles: ['pickrtech'],
};

export interface CorpusRun {
  dir: string;
  score: CorpusScore;
  /** What was read of each mail that did not crash the reader, beside its label. */
  results: CorpusResult[];
  /** Mails that made the reader throw, with the error message. */
  crashes: Array<{ file: string; error: string }>;
  slowest: { file: string; ms: number } | null;
  /** Every mail over {@link READ_BUDGET_MS}. */
  slow: Array<{ file: string; ms: number }>;
  unlabelled: string[];
}

export class CorpusUnreadable extends Error {}

/** Reads and scores one labelled folder. Throws {@link CorpusUnreadable} when the folder or its labels cannot be read. */
export async function runCorpus(dir: string, opts: UnderstandOptions = CORPUS_OPTIONS): Promise<CorpusRun> {
  let labels: Record<string, CorpusLabel>;
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.eml')).sort();
    labels = JSON.parse(await readFile(join(dir, 'labels.json'), 'utf8')) as Record<string, CorpusLabel>;
  } catch (error) {
    throw new CorpusUnreadable(`cannot read ${dir}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const problems = labelProblems(labels);
  if (problems.length > 0) throw new CorpusUnreadable(`${join(dir, 'labels.json')}: ${problems.slice(0, 5).join('; ')}`);

  const names = Object.keys(labels).sort();
  const raws = new Map<string, Buffer>();
  for (const name of names) {
    try {
      raws.set(name, await readFile(join(dir, name)));
    } catch {
      throw new CorpusUnreadable(`${dir}: labelled file ${name} cannot be read`);
    }
  }
  // The first read in a process also loads and compiles the reader; it is not the mail's cost.
  const first = raws.get(names[0] ?? '');
  if (first) await read(first, opts).catch(() => undefined);

  const results: CorpusResult[] = [];
  const crashes: CorpusRun['crashes'] = [];
  const times: Array<{ file: string; ms: number }> = [];
  for (const name of names) {
    const want = labels[name] as CorpusLabel;
    const start = performance.now();
    try {
      const got = await read(raws.get(name) as Buffer, opts);
      times.push({ file: name, ms: performance.now() - start });
      results.push({ file: name, got, want });
    } catch (error) {
      crashes.push({ file: name, error: error instanceof Error ? error.message : String(error) });
    }
  }
  const slowest = times.reduce<{ file: string; ms: number } | null>((a, t) => (a && a.ms >= t.ms ? a : t), null);
  return {
    dir,
    score: scoreCorpus(results),
    results,
    crashes,
    slowest,
    slow: times.filter((t) => t.ms > READ_BUDGET_MS),
    unlabelled: files.filter((f) => !(f in labels)),
  };
}

async function read(raw: Buffer, opts: UnderstandOptions) {
  return understand(await readMail(raw), opts);
}

/** The report for one folder, as printed. */
export function formatCorpusRun(run: CorpusRun): string {
  const n = run.score.fields[0]?.total ?? 0;
  const lines = [`${run.dir}: ${n} labelled mails`];
  for (const f of run.score.fields) {
    lines.push(`  ${f.field.padEnd(20)} ${`${f.right}/${f.total}`.padStart(9)}  ${(100 * accuracy(f)).toFixed(1).padStart(5)}%`);
  }
  lines.push(...safetyLines(run.results));
  lines.push(run.slowest ? `  slowest read         ${run.slowest.ms.toFixed(1)} ms (${run.slowest.file})` : '  slowest read         -');
  for (const s of run.slow) lines.push(`  SLOW  ${s.file}: ${s.ms.toFixed(1)} ms (budget ${READ_BUDGET_MS} ms)`);
  for (const c of run.crashes) lines.push(`  CRASH ${c.file}: ${c.error}`);
  for (const f of run.unlabelled) lines.push(`  not labelled: ${f}`);
  lines.push(run.score.misses.length === 0 ? '  misses: none' : `  misses (${run.score.misses.length}):`);
  for (const m of run.score.misses) lines.push(`    ${m.file}  ${m.field}: got ${String(m.got)}, want ${String(m.want)}`);
  return lines.join('\n');
}

/** What the misses cost: requests nobody answers, deletions nobody asked for, triage; per language group and language. */
function safetyLines(results: readonly CorpusResult[]): string[] {
  const s = safetyScore(results);
  const share = (n: number, of: number): string => (of === 0 ? '-' : `${((100 * n) / of).toFixed(1)}%`);
  const lines = [
    `  requests ${s.requests}: ignored ${s.ignored.length}, sent to triage ${s.triaged.length} (${share(s.triaged.length, s.requests)}), read with a wrong handle ${s.wrongHandles.length}`,
    `  not requests ${results.length - s.requests}: opened as requests ${s.opened.length}, sent to triage ${s.nonRequestsTriaged.length}`,
  ];
  for (const [what, files] of [['ignored', s.ignored], ['opened', s.opened], ['wrong handle', s.wrongHandles]] as const) {
    if (files.length > 0) lines.push(`    ${what}: ${files.join(', ')}`);
  }
  const groups = groupBy(results, (r) => languageGroup(r.file));
  if (!(groups.size === 1 && groups.has('unnamed'))) {
    lines.push(`  ${'by language group'.padEnd(26)} ${'mails'.padStart(5)} ${'kind'.padStart(7)} ${'username'.padStart(9)} ${'confirm'.padStart(8)} ${'ignored'.padStart(8)} ${'opened'.padStart(7)} ${'triage'.padStart(7)}`);
    for (const [group, rs] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
      const f = scoreCorpus(rs).fields;
      const pct = (name: string): string => (100 * accuracy(f.find((x) => x.field === name)!)).toFixed(1);
      const g = safetyScore(rs);
      lines.push(`    ${group.padEnd(24)} ${String(rs.length).padStart(5)} ${pct('kind').padStart(6)}% ${pct('instagramUsername').padStart(8)}% ${pct('confirmationEmail').padStart(7)}% ${String(g.ignored.length).padStart(8)} ${String(g.opened.length).padStart(7)} ${String(g.triaged.length).padStart(7)}`);
    }
    const perLanguage = [...groupBy(results, (r) => languageOfFile(r.file) ?? '?')].sort(([a], [b]) => a.localeCompare(b));
    const kindOf = (rs: CorpusResult[]): string => `${scoreCorpus(rs).fields[0]!.right}/${rs.length}`;
    lines.push(`  kind right per language: ${perLanguage.map(([code, rs]) => `${code} ${kindOf(rs)}`).join(', ')}`);
  }
  return lines;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

export async function corpusCommand(dirs: string[], write: (text: string) => void = (t) => process.stdout.write(t)): Promise<number> {
  let code = 0;
  for (const dir of dirs) {
    try {
      const run = await runCorpus(dir);
      write(`${formatCorpusRun(run)}\n`);
      if (run.crashes.length > 0) code = Math.max(code, 1);
    } catch (error) {
      if (!(error instanceof CorpusUnreadable)) throw error;
      process.stderr.write(`deletion-bot corpus: ${error.message}\n`);
      code = 2;
    }
  }
  return code;
}
