import { isoDate, subjectFor, type RenderedMail } from './rendered-mail.js';

export interface ReminderFacts {
  reference: string;
  /** What staff are asked: `triage` (is this mail a request?) or, by default, `awaiting_approval` (delete?). */
  state?: string;
  receivedAt: Date;
  dueAt: Date;
  /** When staff were asked to decide. */
  waitingSince: Date;
  /** Whole days since then. */
  waitingDays: number;
  /** "due in 12 days", "overdue by 2 days". */
  dueWords: string;
  /** 1 for the first reminder. */
  reminderNumber: number;
  /** False for a possible request past the hourly cap of triage notices: it was listed in a digest instead. */
  notified?: boolean;
}

const days = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

/** The approval question: the notification has the inventory and the commands' codes. */
function approvalBody(f: ReminderFacts): string {
  return `The notification ("[${f.reference}] Deletion request waiting for approval") shows what the requester asked and what we hold.\n` +
    `To decide, reply to the notification itself (a reply to this reminder decides nothing) with one of these on the first line:\n` +
    `  APPROVE\n` +
    `  REJECT <reason the requester will read>\n` +
    `  EXTEND <reason the requester will read>   (once: two more months)\n` +
    `APPROVE decides only alone on its line. Or write a new mail with the command and its code from the notification.\n\n` +
    `Or on the server: deletion-bot approve ${f.reference} --by NAME\n` +
    `              or deletion-bot reject|extend ${f.reference} --reason TEXT --by NAME\n`;
}

/** The triage question: is this mail a request at all? Nobody has answered its sender yet. */
function triageBody(f: ReminderFacts): string {
  const where = f.notified === false
    ? `It came past the hourly cap of triage notifications, so it was listed in a digest ("possible deletion requests wait for\n` +
      `triage") with its codes instead; the mail is in the contact mailbox as it arrived.\n` +
      `To decide, write a new mail with one of these alone on the first line, with the code from the digest after the command:\n`
    : `The triage notification ("[${f.reference}] Possible deletion request: is it one?") shows what the bot read and the mail's own words.\n` +
      `To decide, reply to the triage notification itself (a reply to this reminder decides nothing) with one of these alone on the first line:\n`;
  return `The bot could not tell whether this mail is a data-deletion request, and nothing has been sent to its sender.\n` +
    `If it is one, its due date above runs from the mail's arrival, not from your answer.\n` +
    where +
    `  REQUEST @handle   it is a request for that Instagram account: the sender is acknowledged, then you approve as usual\n` +
    `  REQUEST           it is a request but the username is missing or wrong: the sender is asked for it\n` +
    `  IGNORE            it is not a request: recorded, nothing is sent\n` +
    (f.notified === false ? '\n' : `Or write a new mail with the command and its code from the triage notification.\n\n`) +
    `Or on the server: deletion-bot triage request ${f.reference} [--username HANDLE] --by NAME\n` +
    `              or deletion-bot triage ignore ${f.reference} --by NAME\n`;
}

/**
 * Reminds staff that a request still waits for their decision: whether a possible request
 * is one (triage), or whether to delete (approval). It carries no personal data and no
 * token (the notification has both): replying to it decides nothing, so it tells staff to
 * answer the notification.
 */
export function renderStaffReminder(f: ReminderFacts): RenderedMail {
  const triage = f.state === 'triage';
  const what = triage ? `Possible deletion request ${f.reference} has been waiting for your triage` : `Deletion request ${f.reference} has been waiting for your decision`;
  const text =
    `${what} for ${days(f.waitingDays)} (since ${isoDate(f.waitingSince)}).\n\n` +
    `Received:  ${isoDate(f.receivedAt)}\n` +
    `Due:       ${isoDate(f.dueAt)} (${f.dueWords})\n` +
    `Reminder:  ${f.reminderNumber}\n\n` +
    (triage ? triageBody(f) : approvalBody(f)) +
    `You will be reminded again until the request is decided.\n`;
  const subject = triage ? `Reminder: possible request waiting ${f.waitingDays} days for triage` : `Reminder: waiting ${f.waitingDays} days for your decision`;
  return { subject: subjectFor(f.reference, subject), text, html: null };
}
