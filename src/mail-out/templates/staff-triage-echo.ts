import { subjectFor, type RenderedMail } from './rendered-mail.js';

/**
 * Answers a staff reply about a possible request (state `triage`) that was not read as a
 * triage command: what the bot read, that nothing was done, and how to answer.
 */
export function renderStaffTriageEcho(reference: string, understood: string): RenderedMail {
  const text =
    `Your reply about ${reference} was read as: ${understood}\n\n` +
    'Nothing was done. To decide, reply to the triage notification itself (a reply to this email decides nothing)\n' +
    'with one of these alone on the first line (any case):\n' +
    '  REQUEST @handle    it is a request for that Instagram account\n' +
    '  REQUEST            it is a request; its sender is asked for the username\n' +
    '  IGNORE             it is not a request; nothing is sent\n' +
    'A question mark, a second command or other words on the line mean it is not read as one.\n' +
    'To discuss the mail, write without a command on the first line.\n';
  return { subject: subjectFor(reference, 'Reply not understood'), text, html: null };
}
