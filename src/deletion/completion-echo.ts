import type { Queryable } from '../db/pool.js';
import { addToOutbox } from '../mail-out/outbox-store.js';
import { renderCompletionEcho } from '../mail-out/templates/staff-completion-echo.js';
import type { RequestRow } from '../requests/request-store.js';
import { underNotification } from '../sla/staff-thread.js';
import type { InventoryLine } from '../mail-out/inventory-types.js';

/** Who counts as staff (only they get the line) and the domain of its Message-ID. */
export interface CompletionEchoDeps {
  settings: { staffEmails: string[]; botDomain: string };
}

/**
 * One line for the staff member whose approval a deletion carried out: the request completed
 * and what it erased, per step of the plan, in the request's staff thread. Written in the
 * transaction that completes the request, so it goes out once, with the completion mail. An
 * approval recorded under a name that is no staff address (the CLI's `--by`, or its user)
 * gets none: the bot writes to staff addresses only. Returns the outbox ids to send.
 */
export async function addCompletionEcho(tx: Queryable, deps: CompletionEchoDeps, req: RequestRow, lines: readonly InventoryLine[]): Promise<string[]> {
  // The CLI records its user as `cli:<--by>` (src/cli/commands/decide.ts): a staff address given with --by counts.
  const approver = (req.decidedBy ?? '').replace(/^cli:/, '').trim().toLowerCase();
  if (!deps.settings.staffEmails.includes(approver)) return [];
  const id = await addToOutbox(tx, {
    requestId: req.id, purpose: 'decision_echo', to: [approver], domain: deps.settings.botDomain,
    mail: renderCompletionEcho(req.reference, lines),
    ...(await underNotification(tx, req.id)),
  });
  return [id];
}
