import type { Queryable } from '../db/pool.js';

/**
 * True when an earlier mail with the same Message-ID, from the same sender, was already
 * acted on for a request: the requester's client sent the same message again (a retry
 * after a timeout, a copy into another folder), with new Date or trace headers, so the
 * intake's content identity did not catch it. Answering it again would only repeat what
 * the first copy got (a second needs-info question, a duplicate notice).
 */
export async function isResentRequestMail(db: Queryable, inboundId: string, senderAddress: string): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM inbound_messages me
       JOIN inbound_messages earlier
         ON coalesce(earlier.message_id, '') = me.message_id AND earlier.id <> me.id AND earlier.processed_at IS NOT NULL
       JOIN requests r ON r.id = earlier.request_id
      WHERE me.id = $1 AND me.message_id IS NOT NULL AND lower(r.sender_email) = lower($2)
      LIMIT 1`,
    [inboundId, senderAddress],
  );
  return rows.length > 0;
}
