/**
 * When staff are owed a reminder or an escalation. The rules are SQL
 * conditions, so that housekeeping asks Postgres for exactly the requests
 * owed one (however many others are open) and claims each with the same
 * condition; the clock is a parameter, so tests move it.
 */

import { DAY_MS } from '../time/day.js';

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function wholeDaysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}

/**
 * The states in which a request waits for a staff decision, and so earns reminders: a
 * possible request waiting for triage (REQUEST or IGNORE), a checked request waiting for
 * approval. In every other open state the bot or the requester has the next move.
 */
export const STAFF_WAITING_STATES = ['triage', 'awaiting_approval'] as const;

export type StaffWaitingState = (typeof STAFF_WAITING_STATES)[number];

export function isStaffWaiting(state: string): state is StaffWaitingState {
  return (STAFF_WAITING_STATES as readonly string[]).includes(state);
}

const WAITING_STATES_SQL = `(${STAFF_WAITING_STATES.map((s) => `'${s}'`).join(', ')})`;

/**
 * When a request waiting for staff was last asked about: its latest move into the state it
 * waits in (a possible request enters `triage` as it arrives; a checked one moves into
 * `awaiting_approval`), or its arrival, for a request that never made one. SQL over `requests r`.
 */
export const WAITING_SINCE_SQL = `coalesce((SELECT max(e.at) FROM request_events e
  WHERE e.request_id = r.id AND e.to_state = r.state), r.received_at)`;

/**
 * The reminder rule, as a condition over `requests r` (the one place it is
 * written): a request waiting for a staff decision (triage or approval) earns a
 * reminder every `days` days, counted from when staff were asked, then from the
 * last reminder. A tick that runs late sends one reminder, not one per missed
 * period. A possible request that staff confirm starts a new wait when it is
 * checked and staff are asked to approve. `now` and `days` name the parameters
 * holding the clock and APPROVAL_REMINDER_DAYS. A day is 24 hours, whatever the
 * time zone.
 */
export function reminderDueSql(now: string, days: string): string {
  return `(r.state IN ${WAITING_STATES_SQL}
    AND greatest(r.last_reminder_at, ${WAITING_SINCE_SQL}) <= ${now}::timestamptz - ${days}::float8 * interval '24 hours')`;
}

/**
 * The escalation rule, as a condition over `requests r` (the one place it is
 * written): an open request is escalated once when its due date is `days`
 * days away or already past. An extension gives it a new due date and so one
 * new escalation, if that date comes close too. `openStates` is the parameter
 * holding the open states.
 */
export function escalationDueSql(now: string, days: string, openStates: string): string {
  return `(r.state = ANY(${openStates}::text[])
    AND (r.escalated_at IS NULL OR r.escalated_at < r.extended_at)
    AND r.due_at <= ${now}::timestamptz + ${days}::float8 * interval '24 hours')`;
}

/** How a due date stands at `now`, in words staff read: "in 4 days", "today", "3 days ago". */
export function dueInWords(dueAt: Date, now: Date): { overdue: boolean; words: string } {
  const ms = dueAt.getTime() - now.getTime();
  if (ms < 0) {
    const days = Math.floor(-ms / DAY_MS);
    return { overdue: true, words: days === 0 ? 'overdue since today' : `overdue by ${days} day${days === 1 ? '' : 's'}` };
  }
  const days = Math.floor(ms / DAY_MS);
  return { overdue: false, words: days === 0 ? 'due within a day' : `due in ${days} day${days === 1 ? '' : 's'}` };
}
