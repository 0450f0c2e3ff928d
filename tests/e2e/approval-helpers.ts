import type pg from 'pg';
import type { BotStack } from '../support/bot-stack.js';
import { listMail, sendMail, waitForMail, type OutgoingMail, type ReceivedMail } from '../../harness/mail-user.js';
import { waitUntil } from '../../harness/system.js';
import { bare, CONTACT, isAck, isNotification, refOf, STAFF } from './mail-facts.js';

/** What staff and the audit trail show of decision attempts, read the way a person would. */

/** Resolves once the bot has handled every one of these mails (by Message-ID). */
export async function processed(pool: pg.Pool, messageIds: string[]): Promise<void> {
  const ids = messageIds.map(bare);
  await waitUntil(async () => {
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n FROM inbound_messages WHERE message_id = ANY($1) AND processed_at IS NOT NULL`, [ids]);
    return rows[0].n === ids.length;
  }, `messages ${ids.join(', ')} were not all processed`, 30_000, 100);
}

/** The decision codes printed in a staff notification. */
export function codesOf(note: ReceivedMail): { approve: string; reject: string; extend: string } {
  const find = (action: string) => {
    const m = new RegExp(`^ {2}${action.toUpperCase()} (DR-\\d{4}-\\d{5,}-${action}-[0-9a-f]{24})`, 'm').exec(note.text);
    if (!m?.[1]) throw new Error(`the notification shows no ${action} code:\n${note.text}`);
    return m[1];
  };
  return { approve: find('approve'), reject: find('reject'), extend: find('extend') };
}

/** Refused attempts on a request (`approval_refused` by mail, `decision_refused` from the CLI): reason code and sentence. */
export async function refusals(pool: pg.Pool, ref: string): Promise<{ reason: string; why: string }[]> {
  const { rows } = await pool.query(
    `SELECT e.detail->>'reason' AS reason, e.detail->>'why' AS why
       FROM request_events e JOIN requests r ON r.id = e.request_id
      WHERE r.reference = $1 AND e.type IN ('approval_refused', 'decision_refused') ORDER BY e.id`, [ref]);
  return rows as { reason: string; why: string }[];
}

export async function stateOf(pool: pg.Pool, ref: string): Promise<string> {
  const { rows } = await pool.query(`SELECT state FROM requests WHERE reference = $1`, [ref]);
  return rows[0].state as string;
}

/** Waits until staff hold exactly `n` refusal alerts about `ref`, and returns them. */
export async function refusalAlerts(t: BotStack, ref: string, n: number): Promise<ReceivedMail[]> {
  const mine = async () => (await listMail(t.stack.dovecot, STAFF)).filter((m) => m.subject.includes(ref) && /Alert: a decision attempt was refused/.test(m.subject));
  await waitUntil(async () => (await mine()).length >= n, `staff did not receive ${n} refusal alerts about ${ref}`, 30_000, 250);
  return mine();
}

/** A person writes to contact@ (any headers); resolves with the reference, the acknowledgment and the staff notification. */
export async function fileWithHeaders(t: BotStack, mail: Omit<OutgoingMail, 'to'>): Promise<{ messageId: string; ref: string; ack: ReceivedMail; note: ReceivedMail }> {
  const sent = await sendMail(t.stack.relay, { ...mail, to: CONTACT });
  const ack = await waitForMail(t.stack.dovecot, mail.from, (m) => isAck(m) && bare(m.inReplyTo) === bare(sent.messageId));
  const ref = refOf(ack.subject);
  if (!ref) throw new Error(`the acknowledgment has no reference: ${ack.subject}`);
  const note = await waitForMail(t.stack.dovecot, STAFF, isNotification(ref));
  return { messageId: sent.messageId, ref, ack, note };
}

/** A staff member's reply in the notification's thread, with optional extra headers. */
export function replyTo(note: ReceivedMail, from: string, text: string, headers?: Record<string, string | string[]>): OutgoingMail {
  return {
    from, to: CONTACT, subject: `Re: ${note.subject}`, text, inReplyTo: note.messageId!, references: [note.messageId!],
    ...(headers ? { headers: headers as Record<string, string> } : {}),
  };
}
