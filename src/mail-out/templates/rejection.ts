import { subjectFor, SIGNATURE, type RenderedMail, type RequestFacts } from './rendered-mail.js';

/** Tells the requester that staff declined the request, and why in the staff member's words. */
export function renderRejection(r: RequestFacts, reason: string): RenderedMail {
  const text =
    `Hello,\n\n` +
    `We have reviewed your data deletion request ${r.reference} and we cannot carry it out.\n\n` +
    `Reason: ${reason}\n\n` +
    `No data was deleted. If you think this is a mistake, reply to this email.\n` +
    SIGNATURE;
  return { subject: subjectFor(r.reference, 'About your data deletion request'), text, html: null };
}
