import type { InventoryLine } from '../inventory-types.js';
import { subjectFor, type RenderedMail } from './rendered-mail.js';

/** A plan step's name as staff read it: its id in words (`access_tokens` -> `access tokens`). */
function stepName(line: InventoryLine): string {
  return line.id.replace(/_/g, ' ');
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "N rows deleted (access tokens 2, ...)", the redactions and what a legal hold kept, in one line. */
export function completionLine(reference: string, lines: readonly InventoryLine[]): string {
  const deletes = lines.filter((l) => l.action === 'delete');
  const redacts = lines.filter((l) => l.action === 'redact' && l.rows > 0);
  const sum = (ls: readonly InventoryLine[], f: (l: InventoryLine) => number) => ls.reduce((n, l) => n + f(l), 0);
  const parts = [`${plural(sum(deletes, (l) => l.rows), 'row', 'rows')} deleted (${deletes.map((l) => `${stepName(l)} ${l.rows}`).join(', ')})`];
  if (redacts.length > 0) {
    parts.push(`${plural(sum(redacts, (l) => l.rows), 'mention', 'mentions')} redacted (${redacts.map((l) => `${stepName(l)} ${l.rows}`).join(', ')})`);
  }
  const kept = sum(lines, (l) => l.kept);
  if (kept > 0) parts.push(`${plural(kept, 'row', 'rows')} kept under a legal hold`);
  return `${reference} completed: ${parts.join(', ')}`;
}

/** Tells the staff member who approved a deletion that it completed, and what it erased. */
export function renderCompletionEcho(reference: string, lines: readonly InventoryLine[]): RenderedMail {
  const deleted = lines.filter((l) => l.action === 'delete').reduce((n, l) => n + l.rows, 0);
  return {
    subject: subjectFor(reference, `Completed: ${plural(deleted, 'row', 'rows')} deleted`),
    text: `${completionLine(reference, lines)}\n`,
    html: null,
  };
}
