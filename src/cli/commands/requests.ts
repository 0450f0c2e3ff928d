import { loadConfig } from '../../config/config.js';
import { databasePool } from '../../db/pool.js';
import { requestsForSameAccount } from '../../retention/handled-before.js';
import { listRequestSummaries } from '../../requests/request-listing.js';
import { getRequestByReference, listEvents } from '../../requests/request-store.js';
import { isRequestState, STATES } from '../../requests/state-rules.js';
import { CliError, EXIT } from '../run-command.js';
import { formatRequestList, formatRequestShow, summaryJson } from './requests-output.js';

const MAX_LIMIT = 10_000;

/** --limit as a whole number, checked before anything connects. */
export function parseLimit(value: string | undefined): number {
  if (value === undefined) return 100;
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_LIMIT) {
    throw new CliError(`--limit must be a whole number from 1 to ${MAX_LIMIT} (got "${value}"), e.g. --limit 50`, EXIT.usage);
  }
  return n;
}

export async function listRequestsCommand(opts: { state?: string; json?: boolean; limit?: string; overdue?: boolean }): Promise<number> {
  const state = opts.state;
  if (state !== undefined && !isRequestState(state)) {
    throw new CliError(`--state must be one of: ${STATES.join(', ')}`, EXIT.usage);
  }
  const limit = parseLimit(opts.limit);
  const config = loadConfig(process.env, ['database']);
  const pool = databasePool(config.database, 1);
  try {
    const now = new Date();
    const rows = await listRequestSummaries(pool, { ...(state ? { state } : {}), overdue: opts.overdue ?? false, now, limit });
    if (opts.json) {
      for (const r of rows) process.stdout.write(JSON.stringify(summaryJson(r, now)) + '\n');
      return 0;
    }
    if (rows.length === 0) {
      process.stdout.write(opts.overdue ? 'No overdue requests.\n' : 'No requests.\n');
      return 0;
    }
    process.stdout.write(formatRequestList(rows, now));
    return 0;
  } finally {
    await pool.end();
  }
}

export async function showRequestCommand(reference: string, opts: { json?: boolean }): Promise<number> {
  // The bot section gives APPROVAL_SECRET, which keys the username hash that finds
  // earlier requests for the same account after their purge.
  const config = loadConfig(process.env, ['database', 'bot']);
  const pool = databasePool(config.database, 1);
  try {
    const r = await getRequestByReference(pool, reference);
    if (!r) throw new CliError(`No request ${reference}. List them with: deletion-bot requests list`);
    const events = await listEvents(pool, r.id);
    const sameUsername = await requestsForSameAccount(pool, config.bot.APPROVAL_SECRET, r);
    if (opts.json) {
      process.stdout.write(JSON.stringify({ ...r, sameUsername: sameUsername.map((s) => s.reference), events }, null, 2) + '\n');
      return 0;
    }
    process.stdout.write(formatRequestShow({ request: r, events, sameUsername, now: new Date() }));
    return 0;
  } finally {
    await pool.end();
  }
}
