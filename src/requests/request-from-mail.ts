import type { StoredMessage } from '../mail-in/stored-message.js';
import { senderAuthOf } from '../mail-in/authentication-results.js';
import { isBotAddress } from '../mail-out/recipient-policy.js';
import type { Evidence } from '../understanding/evidence.js';
import type { InboundMail, Understanding } from '../understanding/types.js';
import { dueDate } from './due-date.js';
import type { NewRequest } from './insert-requests.js';

/** What a request from a mail takes from the settings: the bot's own address, the SLA, the trusted authserv-id. */
export interface RequestFromMailSettings {
  botAddress: string;
  slaDays: number;
  trustedAuthservId: string | null;
}

/**
 * What a request opened from a mail holds, whatever it is opened as (a request, or a
 * possible request for triage): who wrote, where to confirm, the words, the mail it came
 * from, the due date from its arrival, the language and how the sender was authenticated.
 */
export function requestFromMail(
  s: RequestFromMailSettings,
  stored: StoredMessage,
  mail: InboundMail,
  u: Understanding,
  evidence: Evidence | null,
): Omit<NewRequest, 'instagramUsername'> {
  const sender = mail.from?.address ?? null;
  return {
    // The bot never writes to itself, whatever a forged From says.
    senderEmail: sender && !isBotAddress(sender, s.botAddress) ? sender : null,
    confirmationEmail: u.confirmationEmail,
    confirmationSource: u.confirmationSource,
    statement: u.statement,
    sourceMessageId: stored.id,
    threadMessageId: mail.messageId,
    receivedAt: stored.receivedAt,
    dueAt: dueDate(stored.receivedAt, s.slaDays),
    language: u.language ?? 'en',
    senderAuth: senderAuthOf(mail.headers, s.trustedAuthservId),
    evidence,
  };
}
