import { inTransaction, type Pool } from '../db/pool.js';
import type { Logger } from '../log/logger.js';
import { addToOutbox } from '../mail-out/outbox-store.js';
import { renderStaffEscalation } from '../mail-out/templates/staff-escalation.js';
import { addEvent } from '../requests/request-store.js';
import { OPEN_STATES } from '../requests/state-rules.js';
import { forEachIdInPages, PAGE_SIZE } from '../db/pages-by-id.js';
import { dueInWords, escalationDueSql } from './sla-clock.js';
import { underNotification } from './staff-thread.js';

export interface EscalationsDeps {
  pool: Pool;
  log: Logger;
  now: () => Date;
  settings: { staffEmails: string[]; botDomain: string; escalationDaysBeforeDue: number };
}

/** The ids of open requests owed an escalation at `now`, one page after `after` (in id order). */
async function dueForEscalation(deps: EscalationsDeps, now: Date, after: string): Promise<string[]> {
  const { rows } = await deps.pool.query(
    `SELECT r.id FROM requests r
      WHERE ${escalationDueSql('$1', '$2', '$3')} AND r.id > $4
      ORDER BY r.id
      LIMIT ${PAGE_SIZE}`,
    [now, deps.settings.escalationDaysBeforeDue, OPEN_STATES, after],
  );
  return rows.map((r) => r.id as string);
}

/**
 * Writes one escalation to staff for every open request within
 * ESCALATION_DAYS_BEFORE_DUE days of its due date (or past it), however many
 * other open requests were escalated already: Postgres finds the ones owed
 * one, page by page. The UPDATE of escalated_at is guarded by the same rule,
 * and it, the event and the mail are one transaction: once per due date,
 * however many ticks or bots run. Returns the outbox ids to queue.
 */
export async function sendDueEscalations(deps: EscalationsDeps): Promise<string[]> {
  const now = deps.now();
  const mail: string[] = [];
  await forEachIdInPages((after) => dueForEscalation(deps, now, after), async (id) => {
    const sent = await escalate(deps, id, now);
    if (sent) mail.push(sent);
  });
  return mail;
}

/** Claims one request's escalation and writes it; null when it is not owed one (any more). */
async function escalate(deps: EscalationsDeps, id: string, now: Date): Promise<string | null> {
  const written = await inTransaction(deps.pool, async (tx) => {
    const { rows } = await tx.query(
      `UPDATE requests r SET escalated_at = $1
        WHERE r.id = $4 AND ${escalationDueSql('$1', '$2', '$3')}
        RETURNING r.reference, r.state, r.received_at, r.due_at, r.extended_at`,
      [now, deps.settings.escalationDaysBeforeDue, OPEN_STATES, id],
    );
    const r = rows[0];
    if (!r) return null;
    const dueAt: Date = r.due_at;
    const { overdue, words } = dueInWords(dueAt, now);
    await addEvent(tx, id, { type: 'escalated', actor: 'bot', detail: { state: r.state, dueAt: dueAt.toISOString(), overdue, due: words } });
    const outboxId = await addToOutbox(tx, {
      requestId: id, purpose: 'staff_escalation', to: deps.settings.staffEmails, domain: deps.settings.botDomain,
      mail: renderStaffEscalation({
        reference: r.reference, state: r.state, receivedAt: r.received_at, dueAt, overdue, dueWords: words,
        extended: r.extended_at !== null,
      }),
      ...(await underNotification(tx, id)),
    });
    return { outboxId, reference: r.reference as string };
  });
  if (!written) return null;
  deps.log.info({ component: 'sla', ref: written.reference }, 'due-date escalation written');
  return written.outboxId;
}
