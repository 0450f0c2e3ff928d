import { languageFor, renderMail, type MailTemplates } from '../mail-templates.js';
import { isoDate, type RenderedMail, type RequestFacts } from './rendered-mail.js';

/**
 * Asks once for the Instagram username; the answer in the same thread
 * completes the request. The templates show a labelled example line with the
 * placeholder handle "your.handle", which the bot never takes for a username.
 */

/** The placeholders of the needs-info templates (documented in docs/TEMPLATES.md). */
export interface NeedsInfoView {
  reference: string;
  /** Date the request was received, YYYY-MM-DD. */
  receivedDate: string;
}

export const NEEDS_INFO_SAMPLES: NeedsInfoView[] = [{ reference: 'DR-2026-00001', receivedDate: '2026-01-02' }];

export function renderNeedsInfo(t: MailTemplates, r: RequestFacts, language: string | null): RenderedMail {
  const view: NeedsInfoView = { reference: r.reference, receivedDate: isoDate(r.receivedAt) };
  return renderMail(t, 'needs-info', languageFor(t, 'needs-info', language), view);
}
