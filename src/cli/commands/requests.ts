import { loadConfig } from '../../config/config.js';
import { createPool } from '../../db/pool.js';
import { getRequestByReference, listEvents, listRequests } from '../../requests/request-store.js';
import { isRequestState, STATES } from '../../requests/state-rules.js';
import { CliError, EXIT } from '../run-command.js';

function day(d: Date | null): string {
  return d ? d.toISOString().slice(0, 10) : '-';
}

function ageDays(from: Date, now: Date): string {
  return `${Math.floor((now.getTime() - from.getTime()) / 86_400_000)}d`;
}

export async function listRequestsCommand(opts: { state?: string; json?: boolean; limit?: string }): Promise<number> {
  const state = opts.state;
  if (state !== undefined && !isRequestState(state)) {
    throw new CliError(`--state must be one of: ${STATES.join(', ')}`, EXIT.usage);
  }
  const config = loadConfig(process.env, ['database']);
  const pool = createPool(config.database.DATABASE_URL, 1);
  try {
    const limit = opts.limit ? Number(opts.limit) : 100;
    const rows = await listRequests(pool, { ...(state ? { state } : {}), limit });
    if (opts.json) {
      for (const r of rows) {
        process.stdout.write(JSON.stringify({ reference: r.reference, state: r.state, receivedAt: r.receivedAt, dueAt: r.dueAt }) + '\n');
      }
      return 0;
    }
    if (rows.length === 0) {
      process.stdout.write('No requests.\n');
      return 0;
    }
    const now = new Date();
    process.stdout.write(`${'REFERENCE'.padEnd(15)} ${'STATE'.padEnd(18)} ${'AGE'.padStart(5)}  ${'RECEIVED'.padEnd(10)}  DUE\n`);
    for (const r of rows) {
      process.stdout.write(`${r.reference.padEnd(15)} ${r.state.padEnd(18)} ${ageDays(r.receivedAt, now).padStart(5)}  ${day(r.receivedAt)}  ${day(r.dueAt)}\n`);
    }
    return 0;
  } finally {
    await pool.end();
  }
}

export async function showRequestCommand(reference: string, opts: { json?: boolean }): Promise<number> {
  const config = loadConfig(process.env, ['database']);
  const pool = createPool(config.database.DATABASE_URL, 1);
  try {
    const r = await getRequestByReference(pool, reference);
    if (!r) throw new CliError(`No request ${reference}. List them with: deletion-bot requests list`);
    const events = await listEvents(pool, r.id);
    if (opts.json) {
      process.stdout.write(JSON.stringify({ ...r, events }, null, 2) + '\n');
      return 0;
    }
    const out = [
      `${r.reference}  ${r.state}`,
      `  Instagram username:   ${r.instagramUsername ? '@' + r.instagramUsername : '(missing)'}`,
      `  Sender:               ${r.senderEmail ?? '-'}`,
      `  Confirmation address: ${r.confirmationEmail ?? '-'} (${r.confirmationSource ?? '-'})`,
      `  Received:             ${r.receivedAt.toISOString()}`,
      `  Due:                  ${r.dueAt.toISOString()}`,
      ...(r.decidedBy ? [`  Decided by:           ${r.decidedBy} at ${r.decidedAt?.toISOString()}${r.decisionReason ? ` (${r.decisionReason})` : ''}`] : []),
      `  Statement:            ${(r.statement ?? '-').replace(/\s+/g, ' ').slice(0, 300)}`,
      '',
      'Timeline:',
      ...events.map((e) => {
        const move = e.toState ? ` ${e.fromState ?? '∅'} -> ${e.toState}` : '';
        const detail = Object.keys(e.detail).length ? ` ${JSON.stringify(e.detail)}` : '';
        return `  ${e.at.toISOString()}  ${e.type}${move}${e.actor ? ` by ${e.actor}` : ''}${detail}`;
      }),
    ];
    process.stdout.write(out.join('\n') + '\n');
    return 0;
  } finally {
    await pool.end();
  }
}
