import { isoDate, subjectFor, type RenderedMail } from './rendered-mail.js';

export interface ReminderFacts {
  reference: string;
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
}

/**
 * Reminds staff that a request still waits for their decision. It carries no
 * personal data and no approval token (the notification has both): replying to
 * it decides nothing, so it tells staff to answer the notification.
 */
export function renderStaffReminder(f: ReminderFacts): RenderedMail {
  const text =
    `Deletion request ${f.reference} has been waiting for your decision for ${f.waitingDays} day${f.waitingDays === 1 ? '' : 's'}` +
    ` (since ${isoDate(f.waitingSince)}).\n\n` +
    `Received:  ${isoDate(f.receivedAt)}\n` +
    `Due:       ${isoDate(f.dueAt)} (${f.dueWords})\n` +
    `Reminder:  ${f.reminderNumber}\n\n` +
    `The notification ("[${f.reference}] Deletion request waiting for approval") shows what the requester asked and what we hold.\n` +
    `To decide, reply to the notification itself (a reply to this reminder decides nothing) with one of these on the first line:\n` +
    `  APPROVE\n` +
    `  REJECT <reason the requester will read>\n` +
    `  EXTEND <reason the requester will read>   (once: two more months)\n` +
    `APPROVE decides only alone on its line. Or write a new mail with the command and its code from the notification.\n\n` +
    `Or on the server: deletion-bot approve ${f.reference} --by NAME\n` +
    `              or deletion-bot reject|extend ${f.reference} --reason TEXT --by NAME\n` +
    `You will be reminded again until the request is decided.\n`;
  return { subject: subjectFor(f.reference, `Reminder: waiting ${f.waitingDays} days for your decision`), text, html: null };
}
