import { subjectFor, type RenderedMail } from './rendered-mail.js';

/** Confirms to staff what the bot understood from their reply, and whether anything changed. */
export function renderDecisionEcho(reference: string, understood: string, changed: boolean): RenderedMail {
  const text =
    `Your reply about ${reference} was read as: ${understood}\n\n` +
    (changed
      ? 'The request has moved on.\n'
      : 'Nothing was done. To decide, reply to the notification itself (a reply to this email decides nothing)\n' +
        'with one of these on the first line (any case):\n' +
        '  APPROVE\n' +
        '  REJECT <reason the requester will read>\n' +
        '  EXTEND <reason the requester will read>\n' +
        'APPROVE decides only alone on its line. A question mark, "no", "if", "but" or a second command next to a command means it is not read as one.\n' +
        'To discuss the request, write without a command on the first line.\n');
  return { subject: subjectFor(reference, changed ? 'Decision recorded' : 'Reply not understood'), text, html: null };
}
