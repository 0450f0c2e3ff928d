import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * Which statements are prepared is decided by how a caller calls `query`, and by nothing else:
 *
 * - `query(text, values)` with at least one value: prepared, once per connection, and run by
 *   name afterwards (the bot's hot statements, a fixed set of texts);
 * - `query(plannedEachRun(text, values))`: planned afresh on every run, never prepared (a
 *   statement whose best plan depends on how large the tables are now, see {@link plannedEachRun});
 * - anything else (a text without values, any other query config, a cursor): run as pg runs
 *   it, unprepared.
 *
 * {@link howToRun} states this rule; the wrapper below only applies it.
 *
 * Makes each connection prepare the statements it runs with parameters, once: later runs of
 * the same text skip Postgres's parsing and, after its first five runs, most of its planning
 * (Postgres keeps a generic plan when it costs no more than the custom ones). The bot's
 * statements are a fixed set, so a connection holds at most a few dozen; texts beyond
 * MAX_PER_CONNECTION are run unprepared, so a caller building varying SQL cannot make a
 * server session grow without bound. DATABASE_PREPARED_STATEMENTS=false turns this off, for
 * a pooler in transaction mode that does not keep prepared statements (PgBouncer without
 * max_prepared_statements, for one).
 */
export const MAX_PER_CONNECTION = 200;

/**
 * A prepared statement the session can no longer run as it is: its result's columns changed
 * under it (a migration while the bot runs: "cached plan must not change result type"), or
 * the session lost it (a pooler moved the connection to another server session).
 */
const STALE = new Set(['0A000', '26000']);

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

const PLANNED_EACH_RUN: unique symbol = Symbol('plannedEachRun');

/** A statement made by {@link plannedEachRun}: the mark says so, not merely being an object. */
export type PlannedEachRun = pg.QueryConfig & { readonly [PLANNED_EACH_RUN]: true };

/**
 * `text` with its `values`, to be planned afresh on every run instead of prepared: for a
 * statement run once for a whole group of mails, whose best plan depends on how large the
 * tables have grown. A back-fill into a new database grows them within seconds, long before
 * autovacuum's ANALYZE, and a generic plan made while they were nearly empty (a scan of
 * every open request, say) would stay in use. Planning once per group costs little.
 */
export function plannedEachRun(text: string, values: unknown[]): PlannedEachRun {
  return { text, values, [PLANNED_EACH_RUN]: true };
}

function isPlannedEachRun(arg: unknown): arg is PlannedEachRun {
  return typeof arg === 'object' && arg !== null && PLANNED_EACH_RUN in arg;
}

/**
 * How a call `query(...args)` runs (the rule at the top of this module): `prepared` for a text
 * with values, `planned-each-run` for {@link plannedEachRun}, `as-given` for anything else.
 */
export function howToRun(args: readonly unknown[]): 'prepared' | 'planned-each-run' | 'as-given' {
  const [first, values] = args;
  if (isPlannedEachRun(first)) return 'planned-each-run';
  if (typeof first === 'string' && Array.isArray(values) && values.length > 0) return 'prepared';
  return 'as-given';
}

type Callback = (err: Error | null, result?: unknown) => void;

/** Wraps `client.query` so that each call runs as {@link howToRun} says: `query(text, [values...])` as a named, prepared statement. */
export function prepareRepeatedStatements(client: pg.PoolClient | pg.Client): void {
  /** Text to the name this session prepared it under. */
  const prepared = new Map<string, string>();
  let renamed = 0;
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  // The statement that failed stays failed (its caller retries, as after any error); its next
  // run is prepared afresh under a new name, so one stale statement never fails twice.
  const forgetIfStale = (text: string, err: unknown): void => {
    if (STALE.has((err as { code?: string } | null)?.code ?? '')) prepared.set(text, `${statementName(text)}_${++renamed}`);
  };
  (client as { query: unknown }).query = (...args: unknown[]): unknown => {
    const how = howToRun(args);
    if (how === 'planned-each-run') {
      const { text, values } = args[0] as PlannedEachRun;
      return query({ text, values }, ...args.slice(1));
    }
    if (how === 'as-given') return query(...args);
    const [text, values, ...rest] = args as [string, unknown[], ...unknown[]];
    let name = prepared.get(text);
    if (name === undefined) {
      if (prepared.size >= MAX_PER_CONNECTION) return query(...args);
      name = statementName(text);
      prepared.set(text, name);
    }
    const config = { name, text, values };
    const [callback] = rest;
    if (typeof callback === 'function') {
      return query(config, (err: Error | null, result?: unknown) => {
        if (err) forgetIfStale(text, err);
        (callback as Callback)(err, result);
      });
    }
    return (query(config) as Promise<unknown>).catch((err: unknown) => {
      forgetIfStale(text, err);
      throw err;
    });
  };
}
