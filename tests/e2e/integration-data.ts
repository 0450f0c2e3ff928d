import type pg from 'pg';

/** Reads PickrTech's Instagram integration tables the way an auditor would, to compare before and after. */

export const INTEGRATION_TABLES = ['ig_accounts', 'ig_access_tokens', 'ig_publishing_logs', 'ig_error_logs'] as const;

export type Snapshot = Record<(typeof INTEGRATION_TABLES)[number], Record<string, unknown>[]>;

export async function snapshot(pool: pg.Pool): Promise<Snapshot> {
  const out = {} as Snapshot;
  for (const t of INTEGRATION_TABLES) {
    const { rows } = await pool.query(`SELECT * FROM ${t} ORDER BY id`);
    out[t] = rows;
  }
  return out;
}

export async function accountId(pool: pg.Pool, username: string): Promise<string | null> {
  const { rows } = await pool.query(`SELECT id FROM ig_accounts WHERE lower(username) = lower($1)`, [username]);
  return rows[0]?.id ?? null;
}

/** Rows tied to one account id, per table. */
export function rowsOf(s: Snapshot, id: string): Record<string, number> {
  return {
    ig_accounts: s.ig_accounts.filter((r) => r.id === id).length,
    ig_access_tokens: s.ig_access_tokens.filter((r) => r.account_id === id).length,
    ig_publishing_logs: s.ig_publishing_logs.filter((r) => r.account_id === id).length,
    ig_error_logs: s.ig_error_logs.filter((r) => r.account_id === id).length,
  };
}

/** Every row not tied to `id`, keyed by table and row id. */
export function othersOf(s: Snapshot, id: string): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const t of INTEGRATION_TABLES) {
    for (const r of s[t]) {
      const owner = t === 'ig_accounts' ? r.id : r.account_id;
      if (owner !== id) out[`${t}#${String(r.id)}`] = r;
    }
  }
  return out;
}
