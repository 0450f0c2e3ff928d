import type { Queryable } from '../db/pool.js';
import { ASCII_CASE, MARKER_PLACEHOLDER, type Scope } from './batch-sql.js';

/**
 * Two short excerpts of the text a redaction would rewrite, for the staff notification:
 * staff see what "N rows mention @handle" means before they approve. Read through the same
 * selection the count and the erasure use (so the trigram indexes answer it), cut around
 * the first mention in Postgres, which counts characters as the pattern does.
 */

/** A redact step that found rows, with the selection that found them ($1 the pattern, $2 the marker). */
export interface FoundMentions {
  table: string;
  columns: readonly string[];
  scope: Scope;
}

/** Examples shown to staff. */
export const EXAMPLES = 2;
/** Characters kept on each side of the mention. */
const CONTEXT = 40;

export async function mentionExamples(db: Queryable, marker: string, found: readonly FoundMentions[]): Promise<string[]> {
  if (found.length === 0) return [];
  // $1 the pattern; $2 stands in for the redaction marker while matching (one character, so
  // positions hold), given as a parameter, since chr() of it fails in a database not in UTF-8.
  const params: unknown[] = [found[0]!.scope.params[0], MARKER_PLACEHOLDER];
  const parts: string[] = [];
  for (const f of found) {
    const where = f.scope.where.replace(/\$(\d+)/g, (_, k: string) => `$${Number(k) + params.length}`);
    const pattern = `$${params.length + 1}`;
    const markerParam = `$${params.length + 2}`;
    params.push(...f.scope.params);
    // The first column that holds a mention, markers already there held as one character.
    const held = (c: string) => `replace(${c}, ${markerParam}, $2) ${ASCII_CASE}`;
    const text = f.columns.map((c) => `CASE WHEN ${held(c)} ~* ${pattern} THEN ${held(c)} END`).join(', ');
    parts.push(`(SELECT coalesce(${text}) AS t FROM ${f.table} WHERE ${where} LIMIT ${EXAMPLES})`);
  }
  const { rows } = await db.query<{ excerpt: string; cut_before: boolean; cut_after: boolean }>(
    `SELECT substr(t, greatest(s - ${CONTEXT}, 1), e + ${CONTEXT} - greatest(s - ${CONTEXT}, 1)) AS excerpt,
            s - ${CONTEXT} > 1 AS cut_before, length(t) >= e + ${CONTEXT} AS cut_after
       FROM (SELECT t, regexp_instr(t, $1, 1, 1, 0, 'i') AS s, regexp_instr(t, $1, 1, 1, 1, 'i') AS e
               FROM (${parts.join(' UNION ALL ')}) AS found LIMIT ${EXAMPLES}) AS m`,
    params,
  );
  return rows.map((r) => excerpt(r.excerpt, marker, r.cut_before, r.cut_after));
}

/** One line of readable text: markers restored, runs of white space and control characters as one space. */
function excerpt(text: string, marker: string, cutBefore: boolean, cutAfter: boolean): string {
  const line = text.replaceAll(MARKER_PLACEHOLDER, marker).replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
  return `${cutBefore ? '…' : ''}${line}${cutAfter ? '…' : ''}`;
}
