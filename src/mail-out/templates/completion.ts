import type { Inventory } from '../../deletion/inventory-types.js';
import { totalRows } from '../../deletion/inventory-types.js';
import { escapeHtml, isoDate, subjectFor, SIGNATURE, type RenderedMail, type RequestFacts } from './rendered-mail.js';

/** Sent to the confirmation address after staff approved and the rows are gone. */
export function renderCompletion(r: RequestFacts, done: Inventory, completedAt: Date): RenderedMail {
  const erased = done.lines.filter((l) => l.rows > 0);
  const intro =
    totalRows(done) > 0
      ? `We have deleted the Instagram-related data that PickrTech held for @${r.instagramUsername}.`
      : `We looked for Instagram-related data for @${r.instagramUsername} and PickrTech held no data for this account, so there was nothing to delete.`;
  const list = erased.map((l) => `  - ${l.category}: ${l.rows} ${l.action === 'redact' ? 'mention(s) removed' : 'deleted'}`);
  const kept = done.legalHold
    ? ['  - Data under a legal hold was kept, as the law requires; it will be deleted when the hold ends.']
    : [];
  const text =
    `Hello,\n\n${intro}\n\n` +
    `Reference: ${r.reference}\n` +
    `Completed: ${isoDate(completedAt)}\n` +
    (list.length ? `\nWhat was deleted:\n${list.join('\n')}\n` : '') +
    (kept.length ? `\nWhat was kept:\n${kept.join('\n')}\n` : '') +
    `\nNo further action is needed from you.\n` +
    SIGNATURE;
  const html =
    `<p>Hello,</p><p>${escapeHtml(intro)}</p>` +
    `<p>Reference: <strong>${escapeHtml(r.reference)}</strong><br>Completed: ${isoDate(completedAt)}</p>` +
    (erased.length
      ? `<p>What was deleted:</p><ul>${erased
          .map((l) => `<li>${escapeHtml(l.category)}: ${l.rows} ${l.action === 'redact' ? 'mention(s) removed' : 'deleted'}</li>`)
          .join('')}</ul>`
      : '') +
    (done.legalHold ? `<p>What was kept: data under a legal hold, as the law requires.</p>` : '') +
    `<p>No further action is needed from you.</p>`;
  return { subject: subjectFor(r.reference, 'Your Instagram data has been deleted'), text, html };
}
