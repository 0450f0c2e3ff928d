import { subjectFor, type RenderedMail } from './rendered-mail.js';

/** Confirms to staff what the bot understood from their reply. */
export function renderDecisionEcho(reference: string, understood: string, changed: boolean): RenderedMail {
  const text =
    `Your reply about ${reference} was read as: ${understood}\n\n` +
    (changed ? 'The request has moved on.\n' : 'Nothing was done. Reply with APPROVE or REJECT <reason> on the first line.\n');
  return { subject: subjectFor(reference, changed ? 'Decision recorded' : 'Reply not understood'), text, html: null };
}
