import type { BotContext } from '../app/context.js';
import { inTransaction } from '../db/pool.js';
import { addToOutbox } from '../mail-out/outbox-store.js';
import { renderStaffEscalation } from '../mail-out/templates/staff-escalation.js';
import { addEvent } from '../requests/request-store.js';
import { OPEN_STATES } from '../requests/state-rules.js';
import { DAY_MS, dueInWords, escalationDue } from './sla-clock.js';
import { underNotification } from './staff-thread.js';

interface Open {
  id: string;
  reference: string;
  state: string;
  receivedAt: Date;
  dueAt: Date;
  escalatedAt: Date | null;
  extendedAt: Date | null;
}

async function openRequestsNearDue(ctx: BotContext, horizon: Date): Promise<Open[]> {
  const { rows } = await ctx.pool.query(
    `SELECT id, reference, state, received_at, due_at, escalated_at, extended_at
       FROM requests
      WHERE state = ANY($1) AND due_at <= $2
      ORDER BY due_at
      LIMIT 1000`,
    [OPEN_STATES, horizon],
  );
  return rows.map((r) => ({
    id: r.id, reference: r.reference, state: r.state, receivedAt: r.received_at, dueAt: r.due_at,
    escalatedAt: r.escalated_at, extendedAt: r.extended_at,
  }));
}

/**
 * Writes one escalation to staff for every open request within
 * ESCALATION_DAYS_BEFORE_DUE days of its due date (or past it). The guarded
 * UPDATE of escalated_at, the event and the mail are one transaction: once per
 * due date, however many ticks or bots run. Returns the outbox ids to queue.
 */
export async function sendDueEscalations(ctx: BotContext): Promise<string[]> {
  const now = ctx.now();
  const daysBefore = ctx.settings.escalationDaysBeforeDue;
  const horizon = new Date(now.getTime() + daysBefore * DAY_MS);
  const due = (await openRequestsNearDue(ctx, horizon)).filter((r) => escalationDue(r, now, daysBefore));
  const mail: string[] = [];
  for (const r of due) {
    const id = await inTransaction(ctx.pool, async (tx) => {
      // Timestamps are compared at the millisecond, the precision a JS Date carries.
      const claimed = await tx.query(
        `UPDATE requests SET escalated_at = $2
          WHERE id = $1 AND state = $3 AND due_at <= $4
            AND date_trunc('milliseconds', escalated_at) IS NOT DISTINCT FROM $5`,
        [r.id, now, r.state, horizon, r.escalatedAt],
      );
      if ((claimed.rowCount ?? 0) === 0) return null;
      const { overdue, words } = dueInWords(r.dueAt, now);
      await addEvent(tx, r.id, { type: 'escalated', actor: 'bot', detail: { state: r.state, dueAt: r.dueAt.toISOString(), overdue, due: words } });
      return addToOutbox(tx, {
        requestId: r.id, purpose: 'staff_escalation', to: ctx.settings.staffEmails, domain: ctx.settings.botDomain,
        mail: renderStaffEscalation({
          reference: r.reference, state: r.state, receivedAt: r.receivedAt, dueAt: r.dueAt, overdue, dueWords: words,
          extended: r.extendedAt !== null,
        }),
        ...(await underNotification(tx, r.id)),
      });
    });
    if (id) {
      mail.push(id);
      ctx.log.info({ component: 'sla', ref: r.reference }, 'due-date escalation written');
    }
  }
  return mail;
}
