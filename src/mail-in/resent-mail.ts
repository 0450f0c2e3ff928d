import type { Queryable } from '../db/pool.js';

/**
 * SQL that is true when an earlier mail with the Message-ID of the inbound_messages row
 * `me`, from the address `sender` (an SQL expression), was acted on for a request: the
 * one rule of "resent", for one mail ({@link isResentRequestMail}) and for a group's.
 */
export function resentCondition(me: string, sender: string): string {
  return `${me}.message_id IS NOT NULL AND EXISTS (
    SELECT 1 FROM inbound_messages earlier JOIN requests r ON r.id = earlier.request_id
     WHERE coalesce(earlier.message_id, '') = ${me}.message_id AND earlier.id <> ${me}.id
       AND earlier.processed_at IS NOT NULL AND lower(r.sender_email) = lower(${sender}))`;
}

/**
 * True when an earlier mail with the same Message-ID, from the same sender, was already
 * acted on for a request: the requester's client sent the same message again (a retry
 * after a timeout, a copy into another folder), with new Date or trace headers, so the
 * intake's content identity did not catch it. Answering it again would only repeat what
 * the first copy got (a second needs-info question, a duplicate notice).
 */
export async function isResentRequestMail(db: Queryable, inboundId: string, senderAddress: string): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT ${resentCondition('me', '$2')} AS resent FROM inbound_messages me WHERE me.id = $1`,
    [inboundId, senderAddress],
  );
  return rows[0]?.resent === true;
}
