/**
 * What a corpus's misses cost the people who wrote: a request read as `other` or
 * `auto_reply` is ignored (nobody answers it), a mail that is no request read as one opens
 * a deletion nobody asked for, and a request read with another account's handle points
 * the deletion at the wrong data. A `possible_request` goes to staff (triage): right for a
 * request, but each one is work for a person, so the share of requests sent there is
 * counted too. Per language group, from the language code in the file name
 * (`q1-pl-outlook-request.eml`: `pl`). Pure.
 */
import type { CorpusResult } from './corpus-score.js';
import type { MessageKind } from './types.js';

const REQUEST_KINDS: ReadonlySet<MessageKind> = new Set(['deletion_request', 'incomplete_request']);

export function isRequestKind(kind: MessageKind | null | undefined): boolean {
  return kind !== null && kind !== undefined && REQUEST_KINDS.has(kind);
}

/** The kind is right; a possible request counts as right for a request (staff read it). */
export function kindRight(got: MessageKind, want: MessageKind): boolean {
  return got === want || (got === 'possible_request' && isRequestKind(want));
}

export interface SafetyScore {
  /** Labelled requests (complete or not). */
  requests: number;
  /** Requests read as anything that reaches nobody: other, auto_reply, staff_reply. */
  ignored: string[];
  /** Mail that is no request, read as a request the bot opens. */
  opened: string[];
  /** Requests read as complete with a handle that is not the label's. */
  wrongHandles: string[];
  /** Requests sent to staff as possible requests. */
  triaged: string[];
  /** Mail that is no request, sent to staff as a possible request. */
  nonRequestsTriaged: string[];
}

export function safetyScore(results: readonly CorpusResult[]): SafetyScore {
  const s: SafetyScore = { requests: 0, ignored: [], opened: [], wrongHandles: [], triaged: [], nonRequestsTriaged: [] };
  for (const r of results) {
    const want = r.want.kind;
    const got = r.got.kind;
    if (isRequestKind(want)) {
      s.requests++;
      if (got === 'possible_request') s.triaged.push(r.file);
      else if (!isRequestKind(got)) s.ignored.push(r.file);
    } else if (isRequestKind(got)) s.opened.push(r.file);
    else if (got === 'possible_request') s.nonRequestsTriaged.push(r.file);
    if (got === 'deletion_request' && r.got.instagramUsername !== r.want.instagramUsername) s.wrongHandles.push(r.file);
  }
  return s;
}

/** The language code a corpus file name carries after its part's prefix (`q1-pl-...` gives `pl`), or null. */
export function languageOfFile(file: string): string | null {
  const parts = file.split('-');
  const [part, code] = parts;
  return parts.length > 2 && /^[a-z][0-9]+$/.test(part ?? '') && /^[a-z]{2,3}$/.test(code ?? '') ? code! : null;
}

/** The languages with rules written beside the first corpora, apart from English. */
const FIRST_LANGUAGES: ReadonlySet<string> = new Set(['de', 'fr', 'es', 'it', 'nl', 'pt', 'ja', 'tr']);

/** English, the eight first languages, every other language, or no language in the name. */
export function languageGroup(file: string): string {
  const code = languageOfFile(file);
  if (code === null) return 'unnamed';
  if (code === 'en') return 'English';
  return FIRST_LANGUAGES.has(code) ? 'de fr es it nl pt ja tr' : 'other languages';
}
