import { isoDate, subjectFor, SIGNATURE, type RenderedMail, type RequestFacts } from './rendered-mail.js';

/** Sent to the sender once a complete request is recorded: it gives the reference and the promise. */
export function renderAcknowledgment(r: RequestFacts): RenderedMail {
  const text =
    `Hello,\n\n` +
    `We have received your request to delete the Instagram-related data that PickrTech holds` +
    (r.instagramUsername ? ` for the Instagram account @${r.instagramUsername}` : '') +
    `.\n\n` +
    `Your reference: ${r.reference}\n` +
    `Received: ${isoDate(r.receivedAt)}\n` +
    `We will complete it by: ${isoDate(r.dueAt)}\n\n` +
    `A member of our team reviews every request before anything is deleted. When the deletion is done, ` +
    `we will confirm it at ${r.confirmationEmail ?? 'this address'}.\n\n` +
    `If you did not send this request, reply to this email and tell us.\n` +
    SIGNATURE;
  return { subject: subjectFor(r.reference, 'We received your data deletion request'), text, html: null };
}
