/**
 * Scores what the bot understood of a labelled mail corpus against the
 * labels: per-field accuracy and every miss. Pure; reading the folder and
 * timing the reads is the `corpus` command's job.
 */
import { kindRight } from './corpus-safety.js';
import type { ConfirmationSource, MessageKind, Understanding } from './types.js';

/** One mail's label in a corpus's `labels.json`. */
export interface CorpusLabel {
  kind: MessageKind;
  instagramUsername: string | null;
  confirmationEmail: string | null;
  confirmationSource: ConfirmationSource | null;
}

export const CORPUS_FIELDS = ['kind', 'instagramUsername', 'confirmationEmail', 'confirmationSource'] as const;
export type CorpusField = (typeof CORPUS_FIELDS)[number];

export interface CorpusResult {
  file: string;
  got: Pick<Understanding, CorpusField>;
  want: CorpusLabel;
}

export interface FieldScore {
  field: CorpusField;
  right: number;
  total: number;
}

export interface CorpusMiss {
  file: string;
  field: CorpusField;
  got: string | null;
  want: string | null;
}

export interface CorpusScore {
  fields: FieldScore[];
  misses: CorpusMiss[];
}

/**
 * Per-field accuracy and every miss. The kind is right when it equals the label's, or when a
 * labelled request (complete or not) is read as a `possible_request`: staff read it (triage).
 */
export function scoreCorpus(results: readonly CorpusResult[]): CorpusScore {
  const fields: FieldScore[] = [];
  const misses: CorpusMiss[] = [];
  for (const name of CORPUS_FIELDS) {
    let right = 0;
    for (const r of results) {
      if (name === 'kind' ? kindRight(r.got.kind, r.want.kind) : r.got[name] === r.want[name]) right++;
      else misses.push({ file: r.file, field: name, got: r.got[name], want: r.want[name] });
    }
    fields.push({ field: name, right, total: results.length });
  }
  misses.sort((a, b) => a.file.localeCompare(b.file) || CORPUS_FIELDS.indexOf(a.field) - CORPUS_FIELDS.indexOf(b.field));
  return { fields, misses };
}

/** 0..1; an empty corpus scores 1 (nothing was wrong). */
export function accuracy(s: FieldScore): number {
  return s.total === 0 ? 1 : s.right / s.total;
}

/** Checks a parsed labels.json: an object of objects with exactly the four fields. Returns problems, empty when fine. */
export function labelProblems(labels: unknown): string[] {
  if (!labels || typeof labels !== 'object' || Array.isArray(labels)) return ['labels.json is not an object of file names'];
  const problems: string[] = [];
  for (const [file, label] of Object.entries(labels as Record<string, unknown>)) {
    if (!label || typeof label !== 'object') {
      problems.push(`${file}: label is not an object`);
      continue;
    }
    const keys = Object.keys(label).sort();
    if (keys.join(',') !== [...CORPUS_FIELDS].sort().join(',')) problems.push(`${file}: label keys are ${keys.join(', ')}`);
  }
  return problems;
}
