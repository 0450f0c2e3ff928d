import { subjectFor, SIGNATURE, type RenderedMail } from './rendered-mail.js';

/**
 * Sent when a mail asks again for an account that already has an open request:
 * the mail joins that request and the sender learns its reference. It says
 * nothing about who sent the first request or where its confirmation goes,
 * because the second sender may be someone else.
 */
export function renderDuplicateNotice(r: { reference: string; instagramUsername: string }): RenderedMail {
  const text =
    `Hello,\n\n` +
    `Thank you for your message. We already have an open request to delete the Instagram-related data ` +
    `that PickrTech holds for the Instagram account @${r.instagramUsername}.\n\n` +
    `Its reference: ${r.reference}\n\n` +
    `We have added your message to that request, so there is nothing more you need to do. ` +
    `A member of our team reviews every request before anything is deleted. ` +
    `Please quote the reference if you write to us about it.\n` +
    SIGNATURE;
  return { subject: subjectFor(r.reference, 'We already have a deletion request for this account'), text, html: null };
}
