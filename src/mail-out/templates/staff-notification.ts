import type { Inventory } from '../../deletion/inventory-types.js';
import { totalRows } from '../../deletion/inventory-types.js';
import { isoDate, subjectFor, type RenderedMail, type RequestFacts } from './rendered-mail.js';

/**
 * Tells staff a request waits for their decision: who asked, what we hold, and
 * how to decide. The reply must answer this very mail: its Message-ID carries
 * the approval token.
 */
export function renderStaffNotification(r: RequestFacts, inv: Inventory): RenderedMail {
  const rows = inv.lines
    .map((l) => `  ${l.table.padEnd(22)} ${l.action.padEnd(7)} ${String(l.rows).padStart(6)}  ${l.category}`)
    .join('\n');
  const held = inv.accountFound
    ? `An Instagram account @${r.instagramUsername} is connected to PickrTech.`
    : `No connected Instagram account is named @${r.instagramUsername}; approving completes the request and tells the requester that no data was held.`;
  const text =
    `Deletion request ${r.reference} is waiting for your decision.\n\n` +
    `Instagram username:   @${r.instagramUsername}\n` +
    `Sender:               ${r.senderEmail}\n` +
    `Confirmation address: ${r.confirmationEmail}\n` +
    `Received:             ${isoDate(r.receivedAt)}\n` +
    `Due:                  ${isoDate(r.dueAt)}\n\n` +
    `The requester wrote:\n  "${(r.statement ?? '').replace(/\s+/g, ' ').slice(0, 500)}"\n\n` +
    `${held}\n` +
    (inv.legalHold ? `The account is under a LEGAL HOLD: its rows will be kept.\n` : '') +
    `\nData the deletion plan would erase (${totalRows(inv)} rows):\n` +
    `  ${'table'.padEnd(22)} ${'action'.padEnd(7)} ${'rows'.padStart(6)}  category\n${rows}\n\n` +
    `To decide, reply to this email with one of these on the first line:\n` +
    `  APPROVE\n` +
    `  REJECT <reason the requester will read>\n\n` +
    `Only replies from staff addresses to this email count.\n`;
  return { subject: subjectFor(r.reference, 'Deletion request waiting for approval'), text, html: null };
}
