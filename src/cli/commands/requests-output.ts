import type { EarlierRequest } from '../../retention/handled-before.js';
import { dueInWords, wholeDaysBetween } from '../../sla/sla-clock.js';
import { describeEvent, type AuditEvent } from '../../requests/describe-event.js';
import type { RequestSummary } from '../../requests/request-listing.js';
import type { RequestRow } from '../../requests/request-store.js';
import { isFinal } from '../../requests/state-rules.js';

/** What `requests list` and `requests show` print: pure layout over rows, for people to read. */

const day = (d: Date | null): string => (d ? d.toISOString().slice(0, 10) : '-');
const minute = (d: Date): string => `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)}`;

/** The last column of the list: how the request stands against its due date. */
function standing(r: RequestSummary, now: Date): string {
  const marks: string[] = [];
  if (!isFinal(r.state)) {
    const due = dueInWords(r.dueAt, now);
    marks.push(due.overdue ? due.words.toUpperCase() : due.words);
  }
  if (r.extended) marks.push('extended');
  if (r.purged) marks.push('purged');
  return marks.join(', ');
}

export function summaryJson(r: RequestSummary, now: Date): Record<string, unknown> {
  return {
    reference: r.reference, state: r.state, receivedAt: r.receivedAt.toISOString(), dueAt: r.dueAt.toISOString(),
    ageDays: wholeDaysBetween(r.receivedAt, now), overdue: !isFinal(r.state) && r.dueAt < now,
    extended: r.extended, purged: r.purged, source: r.source,
  };
}

export function formatRequestList(rows: RequestSummary[], now: Date): string {
  const lines = [`${'REFERENCE'.padEnd(15)} ${'STATE'.padEnd(18)} ${'SOURCE'.padEnd(6)} ${'AGE'.padStart(5)}  ${'RECEIVED'.padEnd(10)}  ${'DUE'.padEnd(10)}  STANDING`];
  for (const r of rows) {
    const age = `${wholeDaysBetween(r.receivedAt, now)}d`;
    lines.push(`${r.reference.padEnd(15)} ${r.state.padEnd(18)} ${r.source.padEnd(6)} ${age.padStart(5)}  ${day(r.receivedAt)}  ${day(r.dueAt)}  ${standing(r, now)}`.trimEnd());
  }
  return lines.join('\n') + '\n';
}

function decisionLine(r: RequestRow): string | null {
  if (!r.decidedBy) return null;
  const what = r.state === 'rejected' ? 'rejected' : r.state === 'cancelled' ? 'cancelled' : 'approved';
  const reason = r.decisionReason ? `: "${r.decisionReason}"` : '';
  return `${what} by ${r.decidedBy}${r.decidedAt ? ` on ${minute(r.decidedAt)}` : ''}${reason}`;
}

function authLine(auth: Record<string, unknown> | null): string | null {
  if (!auth || Object.keys(auth).length === 0) return null;
  return Object.entries(auth).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' ');
}

function field(label: string, value: string | null): string[] {
  return value === null ? [] : [`  ${`${label}:`.padEnd(23)}${value}`];
}

export interface ShowInput {
  request: RequestRow;
  events: (AuditEvent & { at: Date })[];
  /** Other requests for the same Instagram username (by name, or by keyed hash once purged). */
  sameUsername: EarlierRequest[];
  now: Date;
}

export function formatRequestShow({ request: r, events, sameUsername, now }: ShowInput): string {
  const purged = r.purgedAt !== null;
  const gone = purged ? '(purged)' : '-';
  const due = isFinal(r.state) ? '' : ` (${dueInWords(r.dueAt, now).words})`;
  const extended = r.extendedAt ? `; extended by ${r.extendedBy ?? '?'} on ${day(r.extendedAt)}${r.extensionReason ? `: "${r.extensionReason}"` : ''}` : '';
  const head = [
    `${r.reference}  ${r.state.replace(/_/g, ' ')}`,
    ...field('Source', r.source === 'meta' ? 'Meta data-deletion callback' : 'email'),
    ...field('Meta user id', r.metaUserId),
    ...field('Instagram username', r.instagramUsername ? `@${r.instagramUsername}` : purged ? '(purged; keyed hash kept)' : '(missing)'),
    ...field('Sender', r.senderEmail ?? gone),
    ...field('Confirmation address', r.confirmationEmail ? `${r.confirmationEmail} (${r.confirmationSource ?? '-'})` : gone),
    ...field('Language', r.language),
    ...field('Sender authentication', authLine(r.senderAuth)),
    ...field('Received', `${minute(r.receivedAt)} UTC (${wholeDaysBetween(r.receivedAt, now)} days ago)`),
    ...field('Due', `${day(r.dueAt)}${due}${extended}`),
    ...field('Decision', decisionLine(r)),
    ...field('Completed', r.completedAt ? minute(r.completedAt) : null),
    ...field('Last reminder', r.lastReminderAt ? minute(r.lastReminderAt) : null),
    ...field('Escalated', r.escalatedAt ? minute(r.escalatedAt) : null),
    ...field('Purged', r.purgedAt ? `${minute(r.purgedAt)}; only the minimal record remains` : null),
    ...field('Same username', sameUsername.length
      ? sameUsername.map((s) => `${s.reference} (${s.state.replace(/_/g, ' ')}${s.purged ? ', purged' : ''})`).join(', ')
      : null),
    ...field('Statement', r.statement ? `"${r.statement.replace(/\s+/g, ' ').slice(0, 300)}"` : purged ? '(purged)' : null),
  ];
  const actorWidth = Math.max(5, ...events.map((e) => (e.actor ?? '-').length));
  const typeWidth = Math.max(4, ...events.map((e) => e.type.length));
  const indent = ' '.repeat(2 + 16 + 2 + typeWidth + 2 + actorWidth + 2);
  const timeline = events.flatMap((e) => {
    const words = describeEvent(e);
    return [
      `  ${minute(e.at)}  ${e.type.padEnd(typeWidth)}  ${(e.actor ?? '-').padEnd(actorWidth)}  ${words.summary}`,
      ...words.more.map((m) => `${indent}  ${m}`),
    ];
  });
  return [...head, '', `Timeline (UTC, ${events.length} events):`, ...timeline].join('\n') + '\n';
}
