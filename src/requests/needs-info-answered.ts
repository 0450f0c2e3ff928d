import type { Queryable } from '../db/pool.js';
import type { InboundMail } from '../understanding/types.js';
import { findReference } from './reference.js';
import { requestColumnsOf, toRequestRow, type RequestRow } from './request-row.js';

/**
 * Which request waiting for its username (state `needs_info`) a mail answers: one its sender
 * opened, that the mail answers by its thread (it replies to the request's first mail or to a
 * mail the bot wrote about it) or by the reference in its subject; or, for a complete request
 * (people often write anew rather than reply), the sender's latest. The same sender only:
 * nobody answers someone else's request. Addresses are compared without regard to case.
 */

/** How a mail could answer by its thread: the Message-IDs it answers and the reference in its subject; null when it names neither. */
export function answerThread(mail: InboundMail): { ids: string[]; reference: string | null } | null {
  const ids = [...mail.inReplyTo, ...mail.references];
  const reference = findReference(mail.subject);
  return ids.length > 0 || reference ? { ids, reference } : null;
}

/** SQL expressions (columns or parameters) of one mail: the ids it answers (text[]), its reference, its sender, whether it is complete. */
export interface AnswerSql {
  thread: string;
  reference: string;
  sender: string;
  complete: string;
}

/** SQL that is true when the request `r` is in the mail's thread (see {@link answerThread}). */
function inThread(r: string, m: AnswerSql): string {
  return `(EXISTS (SELECT 1 FROM outbox o WHERE o.request_id = ${r}.id AND o.message_id = ANY(${m.thread}))
           OR ${r}.thread_message_id = ANY(${m.thread}) OR (${m.reference} IS NOT NULL AND ${r}.reference = ${m.reference}))`;
}

/**
 * SQL that is true when the mail answers the request `r`: the one rule, for
 * {@link findAnsweredRequest} and for a group's look (new-request-facts.ts).
 */
export function answers(r: string, m: AnswerSql): string {
  return `${r}.state = 'needs_info' AND lower(${r}.sender_email) = lower(${m.sender}) AND (${m.complete} OR ${inThread(r, m)})`;
}

const PARAMS: AnswerSql = { thread: '$1::text[]', reference: '$2::text', sender: '$3::text', complete: '$4::boolean' };

/** The request the mail answers, locked: one in its thread first, else the latest. */
export async function findAnsweredRequest(
  db: Queryable,
  mail: { thread: string[]; reference: string | null; sender: string; complete: boolean },
): Promise<RequestRow | null> {
  const { rows } = await db.query(
    `SELECT ${requestColumnsOf('r')} FROM requests r
      WHERE ${answers('r', PARAMS)}
      ORDER BY ${inThread('r', PARAMS)} DESC, r.received_at DESC LIMIT 1
        FOR UPDATE OF r`,
    [mail.thread, mail.reference, mail.sender, mail.complete],
  );
  return rows[0] ? toRequestRow(rows[0]) : null;
}
