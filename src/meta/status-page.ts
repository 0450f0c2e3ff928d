import type { Queryable } from '../db/pool.js';
import type { RequestState } from '../requests/state-rules.js';
import { isoDate } from '../mail-out/templates/rendered-mail.js';
import { scrubText } from '../retention/scrub-personal.js';

/**
 * The status page Meta's requesters reach through the link the callback answered with.
 * It says where the request stands and never shows a username, an address or a statement:
 * the code is public, so the page holds only what its owner may read over anyone's shoulder.
 */

export interface StatusFacts {
  reference: string;
  state: RequestState;
  receivedAt: Date;
  dueAt: Date;
  extendedAt: Date | null;
  extensionReason: string | null;
  decisionReason: string | null;
  completedAt: Date | null;
  /** Categories the deletion erased rows of (none: no data was held). */
  categoriesDeleted: string[];
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Headline and sentences, in plain words, for each state. */
export function describeStatus(f: StatusFacts): { headline: string; lines: string[] } {
  const extended = f.extendedAt
    ? [`The deadline was extended to ${isoDate(f.dueAt)}${f.extensionReason ? `: ${f.extensionReason}` : ''}.`]
    : [];
  switch (f.state) {
    case 'triage':
    case 'received':
    case 'needs_info':
      return { headline: 'Received', lines: [`We received your request on ${isoDate(f.receivedAt)}.`, `We will complete it by ${isoDate(f.dueAt)}.`, ...extended] };
    case 'awaiting_approval':
    case 'approved':
    case 'deleting':
    case 'deletion_failed':
      return { headline: 'Under review', lines: [`We received your request on ${isoDate(f.receivedAt)} and are reviewing it.`, `We will complete it by ${isoDate(f.dueAt)}.`, ...extended] };
    case 'completed': {
      const when = f.completedAt ? isoDate(f.completedAt) : isoDate(f.receivedAt);
      const what = f.categoriesDeleted.length > 0
        ? [`We deleted: ${f.categoriesDeleted.join('; ')}.`]
        : ['We held no data about your account, so there was nothing to delete.'];
      return { headline: `Completed on ${when}`, lines: [`Your request was completed on ${when}.`, ...what] };
    }
    case 'rejected':
      return { headline: 'Rejected', lines: [`We could not carry out your request${f.decisionReason ? `: ${f.decisionReason}` : '.'}`] };
    case 'cancelled':
      return { headline: 'Cancelled', lines: ['This request was cancelled.'] };
    case 'ignored':
      return { headline: 'Closed', lines: ['We did not read this message as a request to delete data. If you meant one, please write to us again.'] };
  }
}

export function renderStatusPage(f: StatusFacts): string {
  const s = describeStatus(f);
  return page(`Data deletion request ${f.reference}`, [
    `<h1>Data deletion request ${escapeHtml(f.reference)}</h1>`,
    `<p class="status"><strong>Status: ${escapeHtml(s.headline)}</strong></p>`,
    ...s.lines.map((l) => `<p>${escapeHtml(l)}</p>`),
    '<p>PickrTech deletes the access tokens, account identifiers, publishing logs and error logs it holds for your Instagram account.</p>',
  ]);
}

export function renderUnknownCodePage(): string {
  return page('Request not found', ['<h1>Request not found</h1>', '<p>No data deletion request has this code. Check the link Meta gave you.</p>']);
}

function page(title: string, body: string[]): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>${escapeHtml(title)} - PickrTech</title></head>\n<body>\n${body.join('\n')}\n</body></html>\n`;
}

/** The facts of the request behind a status code, or null for an unknown code. */
export async function statusForCode(db: Queryable, code: string): Promise<StatusFacts | null> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(code)) return null;
  const { rows } = await db.query(
    `SELECT reference, state, received_at, due_at, extended_at, extension_reason, decision_reason, completed_at, deleted_counts,
            instagram_username, sender_email, confirmation_email
       FROM requests WHERE status_code = $1`,
    [code],
  );
  const r = rows[0];
  if (!r) return null;
  const lines = (r.deleted_counts?.lines ?? []) as { category: string; rows: number }[];
  // Staff write reasons for the requester; the page is public to whoever holds the code, so
  // the handle and any address in them are masked.
  const personal = { username: r.instagram_username, addresses: [r.sender_email, r.confirmation_email].filter(Boolean), keep: [] };
  const masked = (v: string | null) => (v === null ? null : scrubText(v, personal));
  return {
    reference: r.reference, state: r.state, receivedAt: r.received_at, dueAt: r.due_at, extendedAt: r.extended_at,
    extensionReason: masked(r.extension_reason), decisionReason: masked(r.decision_reason), completedAt: r.completed_at,
    categoriesDeleted: [...new Set(lines.filter((l) => l.rows > 0).map((l) => l.category))],
  };
}
