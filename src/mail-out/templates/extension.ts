import { languageFor, renderMail, type MailTemplates } from '../mail-templates.js';
import { isoDate, type RenderedMail, type RequestFacts } from './rendered-mail.js';

/**
 * Tells the requester that staff extended the deadline once (GDPR Art. 12(3)),
 * why in the staff member's words, and the new date, in the request's
 * language when extension templates exist. `r.dueAt` is the new date.
 */

/** The placeholders of the extension templates (documented in docs/TEMPLATES.md). */
export interface ExtensionView {
  reference: string;
  /** The staff member's reason, as written. */
  reason: string;
  /** The due date before the extension, YYYY-MM-DD. */
  previousDate: string;
  /** The new due date, YYYY-MM-DD. */
  newDate: string;
  /** Date the request was received, YYYY-MM-DD. */
  receivedDate: string;
  /** Instagram username without '@', or '' when the request named none. */
  username: string;
}

export const EXTENSION_SAMPLES: ExtensionView[] = [
  { reference: 'DR-2026-00001', reason: 'We must check backups first.', previousDate: '2026-02-01', newDate: '2026-04-01', receivedDate: '2026-01-02', username: 'sample.user' },
  { reference: 'DR-2026-00002', reason: 'We must check backups first.', previousDate: '2026-02-01', newDate: '2026-04-01', receivedDate: '2026-01-02', username: '' },
];

export function renderExtension(t: MailTemplates, r: RequestFacts, reason: string, previousDueAt: Date, language: string | null): RenderedMail {
  const view: ExtensionView = {
    reference: r.reference,
    reason,
    previousDate: isoDate(previousDueAt),
    newDate: isoDate(r.dueAt),
    receivedDate: isoDate(r.receivedAt),
    username: r.instagramUsername ?? '',
  };
  return renderMail(t, 'extension', languageFor(t, 'extension', language), view);
}
