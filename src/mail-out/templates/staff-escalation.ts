import { isoDate, subjectFor, type RenderedMail } from './rendered-mail.js';

export interface EscalationFacts {
  reference: string;
  state: string;
  receivedAt: Date;
  dueAt: Date;
  overdue: boolean;
  /** "due in 4 days", "overdue by 2 days". */
  dueWords: string;
  /** The due date was already extended (it can be extended only once). */
  extended: boolean;
}

/** What has to happen for a request in this state to finish, in words staff act on. */
function whatIsNeeded(state: string, reference: string, extended: boolean): string {
  switch (state) {
    case 'triage':
      return `It is a possible request nobody has triaged: its sender has had no answer. Reply to the triage notification\n` +
        `itself (a reply to this email decides nothing) with REQUEST @handle, REQUEST or IGNORE on the first line,\n` +
        `or on the server: deletion-bot triage request ${reference} [--username HANDLE] --by NAME (or triage ignore).`;
    case 'awaiting_approval':
      return `It is waiting for a staff decision. Reply to the notification itself (a reply to this email decides\n` +
        `nothing) with APPROVE or REJECT <reason> on the first line, or on the server: deletion-bot approve ${reference} --by NAME` +
        (extended ? '' : `\nIf it truly needs more time, reply EXTEND <reason> instead (to the notification).`);
    case 'needs_info':
      return `It is waiting for the requester to send their Instagram username. If they do not answer,\n` +
        `decide whether to close it; the promise to answer by the due date still stands.`;
    case 'received':
      return `The bot has not yet checked it. Check that the workers are running (deletion-bot doctor,\n` +
        `and the bot's logs for this reference).`;
    case 'approved':
    case 'deleting':
      return `It was approved but the deletion has not finished. Check the workers and the bot's logs\n` +
        `for this reference; a restart resumes the deletion safely.`;
    case 'deletion_failed':
      return `Its deletion left data behind and was undone (see the alert in this thread). Remove the cause,\n` +
        `then reply APPROVE to the notification, or on the server: deletion-bot approve ${reference} --by NAME`;
    default:
      return `It is in state ${state}.`;
  }
}

/**
 * Sent once to staff when an open request comes within ESCALATION_DAYS_BEFORE_DUE
 * days of the date promised to the requester, or has passed it.
 */
export function renderStaffEscalation(f: EscalationFacts): RenderedMail {
  const headline = f.overdue
    ? `Deletion request ${f.reference} is OVERDUE: it was due on ${isoDate(f.dueAt)} (${f.dueWords}).`
    : `Deletion request ${f.reference} is ${f.dueWords} (${isoDate(f.dueAt)}) and is not finished.`;
  const text =
    `${headline}\n\n` +
    `State:     ${f.state.replace(/_/g, ' ')}\n` +
    `Received:  ${isoDate(f.receivedAt)}\n` +
    `Due:       ${isoDate(f.dueAt)}\n\n` +
    `${whatIsNeeded(f.state, f.reference, f.extended)}\n\n` +
    `The due date is the one promised to the requester (the earlier of SLA_DAYS after receipt and one calendar month).\n` +
    (f.extended
      ? `Its due date was already extended once; it cannot be extended again.\n`
      : f.state === 'triage'
        ? `Triage it first: an extension is for a request, and it writes to the sender.\n`
        : `It can be extended once, by two months, when truly needed: deletion-bot extend ${f.reference} --reason TEXT\n` +
        `(the requester is told why and the new date).\n`) +
    `This escalation is sent once per due date.\n`;
  const words = f.overdue ? `OVERDUE since ${isoDate(f.dueAt)}` : `Due ${isoDate(f.dueAt)}: request still open`;
  return { subject: subjectFor(f.reference, `Escalation: ${words}`), text, html: null };
}
