import type { BotStack } from '../support/bot-stack.js';
import { sendMail, waitForMail, type ReceivedMail } from '../../harness/mail-user.js';
import { CONTACT, isAck, isNotification, refOf, STAFF } from './mail-facts.js';

export interface FiledRequest {
  /** Message-ID of the requester's mail. */
  messageId: string;
  ack: ReceivedMail;
  ref: string;
  /** The staff notification for this request. */
  note: ReceivedMail;
}

/** A person writes to contact@; resolves once they got the acknowledgment and staff the notification. */
export async function fileRequest(t: BotStack, mail: { from: string; subject: string; text: string }): Promise<FiledRequest> {
  const sent = await sendMail(t.stack.relay, { ...mail, to: CONTACT });
  const ack = await waitForMail(t.stack.dovecot, mail.from, isAck);
  const ref = refOf(ack.subject);
  if (!ref) throw new Error(`the acknowledgment has no reference in its subject: ${ack.subject}`);
  const note = await waitForMail(t.stack.dovecot, STAFF, isNotification(ref));
  return { messageId: sent.messageId, ack, ref, note };
}

/** A reply to a mail, the way a mail client threads it. */
export async function reply(t: BotStack, from: string, to: ReceivedMail, text: string): Promise<{ messageId: string }> {
  return sendMail(t.stack.relay, {
    from, to: CONTACT, subject: `Re: ${to.subject}`, text, inReplyTo: to.messageId!, references: [to.messageId!],
  });
}
