import { languageFor, renderMail, type MailTemplates } from '../mail-templates.js';
import { isoDate, type RenderedMail, type RequestFacts } from './rendered-mail.js';

/**
 * Sent to the sender once a complete request is recorded: the reference, the
 * date it will be done by, and where the confirmation will go, in the
 * request's language when templates/mail/<lang>/acknowledgment.*.hbs exist.
 */

/** The placeholders of the acknowledgment templates (documented in docs/TEMPLATES.md). */
export interface AcknowledgmentView {
  reference: string;
  /** Date the request was received, YYYY-MM-DD. */
  receivedDate: string;
  /** Date the request will be completed by, YYYY-MM-DD. */
  dueDate: string;
  /** Instagram username without '@', or '' when the request named none. */
  username: string;
  /** Where the completion mail goes, or '' when it goes to the sender's own address. */
  confirmationEmail: string;
}

export const ACKNOWLEDGMENT_SAMPLES: AcknowledgmentView[] = [
  { reference: 'DR-2026-00001', receivedDate: '2026-01-02', dueDate: '2026-02-01', username: 'sample.user', confirmationEmail: 'confirm@example.com' },
  { reference: 'DR-2026-00002', receivedDate: '2026-01-02', dueDate: '2026-02-01', username: '', confirmationEmail: '' },
];

export function renderAcknowledgment(t: MailTemplates, r: RequestFacts, language: string | null): RenderedMail {
  const view: AcknowledgmentView = {
    reference: r.reference,
    receivedDate: isoDate(r.receivedAt),
    dueDate: isoDate(r.dueAt),
    username: r.instagramUsername ?? '',
    confirmationEmail: r.confirmationEmail ?? '',
  };
  return renderMail(t, 'acknowledgment', languageFor(t, 'acknowledgment', language), view);
}
