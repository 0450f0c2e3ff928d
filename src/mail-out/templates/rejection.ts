import { languageFor, renderMail, type MailTemplates } from '../mail-templates.js';
import { isoDate, type RenderedMail, type RequestFacts } from './rendered-mail.js';

/**
 * Tells the requester that staff declined the request, and why in the staff
 * member's words, in the request's language when rejection templates exist.
 */

/** The placeholders of the rejection templates (documented in docs/TEMPLATES.md). */
export interface RejectionView {
  reference: string;
  /** The staff member's reason, as written. */
  reason: string;
  /** Date the request was received, YYYY-MM-DD. */
  receivedDate: string;
  /** Instagram username without '@', or '' when the request named none. */
  username: string;
}

export const REJECTION_SAMPLES: RejectionView[] = [
  { reference: 'DR-2026-00001', reason: 'We could not verify the account.', receivedDate: '2026-01-02', username: 'sample.user' },
  { reference: 'DR-2026-00002', reason: 'We could not verify the account.', receivedDate: '2026-01-02', username: '' },
];

export function renderRejection(t: MailTemplates, r: RequestFacts, reason: string, language: string): RenderedMail {
  const lang = languageFor(t, 'rejection', language);
  const view: RejectionView = { reference: r.reference, reason, receivedDate: isoDate(r.receivedAt), username: r.instagramUsername ?? '' };
  return renderMail(t, 'rejection', lang, view);
}
