import { escapeHtml, isoDate, subjectFor, SIGNATURE, type RenderedMail, type RequestFacts } from './rendered-mail.js';

/**
 * Tells the requester that staff extended the deadline once (GDPR Art. 12(3)),
 * why in the staff member's words, and the new date. `r.dueAt` is the new date.
 */
export function renderExtension(r: RequestFacts, reason: string, previousDueAt: Date): RenderedMail {
  const intro =
    `We need more time to complete your data deletion request ${r.reference}. ` +
    `As the GDPR allows (Article 12(3)), we have extended the deadline once, by two months.`;
  const text =
    `Hello,\n\n${intro}\n\n` +
    `Reason: ${reason}\n\n` +
    `Previous date: ${isoDate(previousDueAt)}\n` +
    `New date: ${isoDate(r.dueAt)}\n\n` +
    `We will complete your request by the new date at the latest. If you have a question, reply to this email.\n` +
    SIGNATURE;
  const html =
    `<p>Hello,</p><p>${escapeHtml(intro)}</p>` +
    `<p>Reason: ${escapeHtml(reason)}</p>` +
    `<p>Previous date: ${isoDate(previousDueAt)}<br>New date: <strong>${isoDate(r.dueAt)}</strong></p>` +
    `<p>We will complete your request by the new date at the latest. If you have a question, reply to this email.</p>`;
  return { subject: subjectFor(r.reference, 'We need more time for your data deletion request'), text, html };
}
