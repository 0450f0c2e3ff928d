import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * Makes each connection prepare the statements it runs with parameters, once: later runs of
 * the same text skip Postgres's parsing and, after its first five runs, most of its planning
 * (Postgres keeps a generic plan when it costs no more than the custom ones). The bot's
 * statements are a fixed set, so a connection holds at most a few dozen; texts beyond
 * MAX_PER_CONNECTION are run unprepared, so a caller building varying SQL cannot make a
 * server session grow without bound.
 */
export const MAX_PER_CONNECTION = 200;

const names = new Map<string, string>();

/** A stable name for `text`: the same on every connection and every process. */
export function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `s_${createHash('sha1').update(text).digest('base64url').slice(0, 22)}`;
    if (names.size < 4 * MAX_PER_CONNECTION) names.set(text, name);
  }
  return name;
}

/** Wraps `client.query` so that `query(text, [values...])` runs as a named, prepared statement. */
export function prepareRepeatedStatements(client: pg.PoolClient | pg.Client): void {
  const prepared = new Set<string>();
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (...args: unknown[]): unknown => {
    const [text, values, ...rest] = args;
    if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0) return query(...args);
    const name = statementName(text);
    if (!prepared.has(name)) {
      if (prepared.size >= MAX_PER_CONNECTION) return query(...args);
      prepared.add(name);
    }
    return query({ name, text, values }, ...rest);
  };
}
