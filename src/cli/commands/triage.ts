import { loadConfig } from '../../config/config.js';
import { databasePool } from '../../db/pool.js';
import { decideTriage, type TriageCommand } from '../../triage/decide-triage.js';
import { listTriage } from '../../triage/triage-listing.js';
import { isInstagramHandle } from '../../understanding/handle-rules.js';
import { CliError, EXIT } from '../run-command.js';
import { withRequests } from './decide.js';
import { parseLimit } from './requests.js';
import { formatTriageList, TRIAGE_HINT, triageJson } from './triage-output.js';

/**
 * `triage list`, `triage request REF [--username X]` and `triage ignore REF...`: the triage
 * staff give by replying REQUEST @handle, REQUEST or IGNORE to a triage notification, for
 * staff on the server. Exit codes as for `approve`: 0 done, 1 refused or unknown request
 * (nothing changed), 2 usage, 78 configuration.
 */

/** `triage list`: oldest first; like `requests list` it holds no personal data and needs only DATABASE_URL. */
export async function listTriageCommand(opts: { json?: boolean; limit?: string }): Promise<number> {
  const limit = parseLimit(opts.limit);
  const config = loadConfig(process.env, ['database']);
  const pool = databasePool(config.database, 1);
  try {
    const now = new Date();
    const rows = await listTriage(pool, limit);
    if (opts.json) {
      for (const r of rows) process.stdout.write(JSON.stringify(triageJson(r, now)) + '\n');
      return 0;
    }
    if (rows.length === 0) {
      process.stdout.write('Nothing waits for triage.\n');
      return 0;
    }
    process.stdout.write(formatTriageList(rows, now) + '\n' + TRIAGE_HINT);
    return 0;
  } finally {
    await pool.end();
  }
}

/** --username as the handle REQUEST @handle names, checked before anything connects. */
export function parseTriageUsername(value: string | undefined): string | null {
  if (value === undefined) return null;
  const handle = value.trim().replace(/^@/, '').toLowerCase();
  if (!isInstagramHandle(handle)) {
    throw new CliError(
      `--username must be an Instagram username: a-z, 0-9, "." and "_", at most 30 characters (got "${value}"), e.g. --username @jane.doe; ` +
        'leave it out to ask the sender for it',
      EXIT.usage,
    );
  }
  return handle;
}

/** What became of the possible request, in one line for the operator (no handle, no address). */
function outcomeLine(reference: string, actor: string, r: Awaited<ReturnType<typeof decideTriage>> & { ok: true }): string {
  switch (r.state) {
    case 'received':
      return `${reference} opened as a request for the username given by ${actor}: it is checked next, the sender acknowledged and staff asked to approve.`;
    case 'needs_info':
      return `${reference} opened as a request by ${actor}; the sender is asked for their Instagram username.`;
    case 'joined':
      return `${reference} added by ${actor} to ${r.joined}, the open request for that username; ${reference} itself is closed.`;
    case 'ignored':
      return `${reference} ignored by ${actor}; nothing is sent to the sender.`;
  }
}

async function triageDecision(references: readonly string[], command: TriageCommand, by?: string): Promise<number> {
  return withRequests(references, by, async (tx, ctx, req, actor) => {
    const result = await decideTriage(tx, ctx, req, command, actor, 'cli');
    if (!result.ok) throw new CliError(`${req.reference} was not changed: ${result.refusal.why}`);
    return { followUps: result.followUps, message: outcomeLine(req.reference, actor, result) };
  });
}

/** `triage request REF [--username X]`: it is a request, for X, or for a username the sender is asked for. */
export async function triageRequestCommand(reference: string, opts: { username?: string; by?: string }): Promise<number> {
  return triageDecision([reference], { action: 'request', username: parseTriageUsername(opts.username) }, opts.by);
}

/** `triage ignore REF...`: not a request; recorded, nothing sent. Several are decided one after the other. */
export async function triageIgnoreCommand(references: readonly string[], opts: { by?: string }): Promise<number> {
  return triageDecision(references, { action: 'ignore' }, opts.by);
}
