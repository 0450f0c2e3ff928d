import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/pool.js';
import type { RenderedMail } from './templates/rendered-mail.js';
import { outboxMessageId } from '../understanding/message-ids.js';

/**
 * The transactional outbox. A mail is a row written in the same transaction as
 * the state change that causes it; the mailer worker sends it later with the
 * row's stable Message-ID, so a crash never loses a mail nor invents one.
 */

export type MailPurpose =
  | 'acknowledgment'
  | 'needs_info'
  | 'staff_notification'
  | 'staff_triage'
  | 'completion'
  | 'rejection'
  | 'staff_alert'
  | 'decision_echo'
  | 'duplicate_notice'
  | 'extension'
  | 'staff_reminder'
  | 'staff_escalation';

export interface NewMail {
  requestId: string | null;
  purpose: MailPurpose;
  to: string[];
  mail: RenderedMail;
  domain: string;
  /** Fixed Message-ID (the staff notification's carries the approval token). */
  messageId?: string;
  inReplyTo?: string | null;
  references?: string[];
}

export interface OutboxRow {
  id: string;
  requestId: string | null;
  purpose: MailPurpose;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  state: 'pending' | 'sent' | 'failed';
}

/** Threading headers for a mail that answers `messageId` (none when it is unknown). */
export function inThread(messageId: string | null): Pick<NewMail, 'inReplyTo' | 'references'> {
  return messageId ? { inReplyTo: messageId, references: [messageId] } : {};
}

/** Writes one mail into the outbox; returns its id, to enqueue after commit. */
export async function addToOutbox(db: Queryable, m: NewMail): Promise<string> {
  const id = randomUUID();
  const messageId = m.messageId ?? outboxMessageId(m.purpose.replace(/_/g, '-'), id, m.domain);
  await db.query(
    `INSERT INTO outbox (id, request_id, purpose, to_addresses, subject, text_body, html_body,
                         message_id, in_reply_to, references_ids)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [id, m.requestId, m.purpose, m.to, m.mail.subject, m.mail.text, m.mail.html, messageId,
     m.inReplyTo ?? null, m.references ?? []],
  );
  return id;
}

export async function loadOutboxRow(db: Queryable, id: string): Promise<OutboxRow | null> {
  const { rows } = await db.query(
    `SELECT id, request_id, purpose, to_addresses, subject, text_body, html_body, message_id,
            in_reply_to, references_ids, state
       FROM outbox WHERE id = $1`,
    [id],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id, requestId: r.request_id, purpose: r.purpose, to: r.to_addresses, subject: r.subject,
    text: r.text_body, html: r.html_body, messageId: r.message_id, inReplyTo: r.in_reply_to,
    references: r.references_ids, state: r.state,
  };
}

/**
 * Marks a mail sent (false when it was not pending: another attempt already sent it)
 * and, when the row moved and belongs to a request, writes that request's `mail_sent`
 * event, in one statement (so one commit).
 */
export async function markSentWithEvent(db: Queryable, id: string, purpose: MailPurpose): Promise<boolean> {
  const { rows } = await db.query(
    `WITH sent AS (
       UPDATE outbox SET state = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL
        WHERE id = $1 AND state = 'pending' RETURNING request_id
     ), event AS (
       INSERT INTO request_events (request_id, type, actor, detail)
       SELECT request_id, 'mail_sent', 'mailer', $2::jsonb FROM sent WHERE request_id IS NOT NULL
     )
     SELECT count(*)::int AS n FROM sent`,
    [id, JSON.stringify({ purpose })],
  );
  return rows[0].n > 0;
}

export async function recordAttemptFailure(db: Queryable, id: string, error: string, permanent: boolean): Promise<void> {
  await db.query(
    `UPDATE outbox SET attempts = attempts + 1, last_error = $2,
            state = CASE WHEN $3 THEN 'failed' ELSE state END
      WHERE id = $1 AND state = 'pending'`,
    [id, error.slice(0, 1000), permanent],
  );
}

export async function pendingOutboxIds(db: Queryable, limit = 1000): Promise<string[]> {
  const { rows } = await db.query(
    `SELECT id FROM outbox WHERE state = 'pending' ORDER BY created_at LIMIT $1`,
    [limit],
  );
  return rows.map((r) => r.id as string);
}
