/**
 * The SQL of one batch of a plan step. A batch picks at most `limit` rows by
 * their physical address (ctid) and erases only those, so each statement is
 * short however many rows the account has; the caller repeats it until a
 * batch changes nothing. Pure string building: table and column names come
 * from the validated plan (plain identifiers), every value is a parameter.
 */

/** Stands in for the redaction marker while matching, so a marker is never itself taken for a mention. */
export const MARKER_PLACEHOLDER = '\uE000';

export interface BatchStatement {
  sql: string;
  params: unknown[];
}

/** `where` selects the step's rows using parameters $1..$n, given in `params`. */
export interface Scope {
  where: string;
  params: unknown[];
}

function picked(table: string, scope: Scope, limitParam: number): string {
  return `ctid = ANY(ARRAY(SELECT ctid FROM ${table} WHERE ${scope.where} LIMIT $${limitParam}))`;
}

export function batchedDelete(table: string, scope: Scope, limit: number): BatchStatement {
  const n = scope.params.length;
  return { sql: `DELETE FROM ${table} WHERE ${picked(table, scope, n + 1)}`, params: [...scope.params, limit] };
}

/**
 * Handles are ASCII, so mentions are matched with ASCII case folding: under the "C"
 * collation `~*` and lower() fold A-Z only, whatever the database's collation (a Turkish
 * one lowers 'I' to 'ı', and '@ALICE' would not match 'alice').
 */
export const ASCII_CASE = 'COLLATE "C"';

/**
 * Text of `column` as mention matching sees it: redaction markers already in
 * the text become a space, so "[deleted user]" never counts as a mention of a
 * user named "user", and the rows a batch redacted stop matching.
 */
export function matchableText(column: string, markerParam: number): string {
  return `replace(${column}, $${markerParam}, ' ') ${ASCII_CASE}`;
}

/**
 * `column` lowered in ASCII, the expression the trigram indexes hold
 * (sql/0011_mention_search_ascii_case.sql): a LIKE on it is answered by them.
 */
export function asciiLowered(column: string): string {
  return `lower(${column} ${ASCII_CASE})`;
}

/**
 * Replaces every mention (pattern in $patternParam) in the picked rows with the
 * marker ($markerParam), leaving markers already present as they were.
 */
export function batchedRedact(
  table: string,
  columns: readonly string[],
  scope: Scope,
  params: { pattern: number; marker: number },
  limit: number,
): BatchStatement {
  const n = scope.params.length;
  const hold = `$${n + 1}`; // the placeholder character
  const sets = columns
    .map((c) => `${c} = replace(regexp_replace(replace(${c}, $${params.marker}, ${hold}) ${ASCII_CASE}, $${params.pattern}, $${params.marker}, 'gi'), ${hold}, $${params.marker})`)
    .join(', ');
  return {
    sql: `UPDATE ${table} SET ${sets} WHERE ${picked(table, scope, n + 2)}`,
    params: [...scope.params, MARKER_PLACEHOLDER, limit],
  };
}
