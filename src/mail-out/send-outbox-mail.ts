import type { Transporter } from 'nodemailer';
import type { Pool } from '../db/pool.js';
import { scrubAddresses } from '../log/scrub.js';
import { classifyDeliveryError } from './delivery-error.js';
import { loadOutboxRow, markSentWithEvent, recordAttemptFailure } from './outbox-store.js';

export type SendOutcome = 'sent' | 'already_sent' | 'missing' | 'failed_permanently';

export class TransientDeliveryError extends Error {
  override name = 'TransientDeliveryError';
}

/**
 * Sends one outbox row. Idempotent: a row already sent is skipped. Every bot
 * mail says it is automatic (RFC 3834) so other robots do not answer it.
 * Throws TransientDeliveryError for a retry; returns failed_permanently on
 * 5xx (or when the row was given up already). The row stays pending: giving it
 * up and telling staff are one step (alert-failed-delivery.ts).
 */
export async function sendOutboxMail(db: Pool, transport: Transporter, from: string, id: string): Promise<SendOutcome> {
  const row = await loadOutboxRow(db, id);
  if (!row) return 'missing';
  if (row.state !== 'pending') return row.state === 'sent' ? 'already_sent' : 'failed_permanently';
  try {
    await transport.sendMail({
      from: { name: 'PickrTech', address: from },
      to: row.to,
      subject: row.subject,
      text: row.text,
      ...(row.html ? { html: row.html } : {}),
      messageId: `<${row.messageId}>`,
      ...(row.inReplyTo ? { inReplyTo: `<${row.inReplyTo}>` } : {}),
      ...(row.references.length ? { references: row.references.map((r) => `<${r}>`) } : {}),
      headers: {
        'Auto-Submitted': 'auto-replied',
        'X-Auto-Response-Suppress': 'All',
        'X-Deletion-Bot': row.purpose,
      },
    });
  } catch (err) {
    const kind = classifyDeliveryError(err);
    const message = (err as Error).message ?? String(err);
    await recordAttemptFailure(db, id, message, false);
    if (kind === 'permanent') return 'failed_permanently';
    // The job's failure reason is kept in Redis, which holds no personal data; last_error keeps the full reply.
    throw new TransientDeliveryError(scrubAddresses(message));
  }
  // The row's change and the request's event commit together (one statement).
  await markSentWithEvent(db, id, row.purpose);
  return 'sent';
}
