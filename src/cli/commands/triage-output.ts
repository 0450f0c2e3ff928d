import { dueInWords, wholeDaysBetween } from '../../sla/sla-clock.js';
import type { TriageSummary } from '../../triage/triage-listing.js';

/** What `triage list` prints: pure layout over rows, for people to read. */

const day = (d: Date): string => d.toISOString().slice(0, 10);

/** How a triage item stands against the date promised to whoever wrote: "due in 27 days", "OVERDUE BY 2 DAYS". */
function standing(r: TriageSummary, now: Date): string {
  const due = dueInWords(r.dueAt, now);
  return [due.overdue ? due.words.toUpperCase() : due.words, ...(r.extended ? ['extended'] : [])].join(', ');
}

export function triageJson(r: TriageSummary, now: Date): Record<string, unknown> {
  return {
    reference: r.reference, ageDays: wholeDaysBetween(r.receivedAt, now), receivedAt: r.receivedAt.toISOString(),
    dueAt: r.dueAt.toISOString(), language: r.language, overdue: r.dueAt < now, extended: r.extended,
  };
}

export function formatTriageList(rows: readonly TriageSummary[], now: Date): string {
  const lines = [`${'REFERENCE'.padEnd(15)} ${'AGE'.padStart(5)}  ${'RECEIVED'.padEnd(10)}  ${'DUE'.padEnd(10)}  LANG  STANDING`];
  for (const r of rows) {
    const age = `${wholeDaysBetween(r.receivedAt, now)}d`;
    lines.push(`${r.reference.padEnd(15)} ${age.padStart(5)}  ${day(r.receivedAt)}  ${day(r.dueAt)}  ${r.language.padEnd(4)}  ${standing(r, now)}`);
  }
  return lines.join('\n') + '\n';
}

/** What staff do with what the list shows. */
export const TRIAGE_HINT =
  'Read one with: deletion-bot requests show REF\n' +
  'Decide with:   deletion-bot triage request REF [--username X]   or   deletion-bot triage ignore REF\n';
