import { subjectFor, SIGNATURE, type RenderedMail, type RequestFacts } from './rendered-mail.js';

/** Asks once for the Instagram username; the answer in the same thread completes the request. */
export function renderNeedsInfo(r: RequestFacts): RenderedMail {
  const text =
    `Hello,\n\n` +
    `We have received your request to delete your Instagram-related data held by PickrTech ` +
    `(reference ${r.reference}), but we could not find your Instagram username in it.\n\n` +
    `Please reply to this email with your Instagram username, for example:\n\n` +
    `    Instagram username: your.handle\n\n` +
    `We will continue with your request as soon as we have it.\n` +
    SIGNATURE;
  return { subject: subjectFor(r.reference, 'We need your Instagram username'), text, html: null };
}
