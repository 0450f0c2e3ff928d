import type { RequestState } from './state-rules.js';

/** A request as the store reads it: every column the features use, by its TypeScript name. */
export interface RequestRow {
  id: string;
  reference: string;
  state: RequestState;
  instagramUsername: string | null;
  senderEmail: string | null;
  confirmationEmail: string | null;
  confirmationSource: string | null;
  statement: string | null;
  threadMessageId: string | null;
  receivedAt: Date;
  dueAt: Date;
  inventory: unknown;
  deletedCounts: unknown;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  completedAt: Date | null;
  /** ISO 639-1 code of the language replies to the requester use. */
  language: string;
  /** The requester's mail as authenticated by the receiving server (Authentication-Results). */
  senderAuth: Record<string, unknown> | null;
  extendedAt: Date | null;
  extendedBy: string | null;
  extensionReason: string | null;
  lastReminderAt: Date | null;
  escalatedAt: Date | null;
  purgedAt: Date | null;
  usernameHash: string | null;
  /** `email` (a mail to the mailbox) or `meta` (Meta's data-deletion callback). */
  source: RequestSource;
  /** The app-scoped Instagram user id a Meta callback named; null for mail. */
  metaUserId: string | null;
  /** Public code of the status page (Meta's requesters); null for mail. */
  statusCode: string | null;
  /** The handle the reader found in a possible request (state `triage`), for staff to confirm; null otherwise. */
  suggestedUsername?: string | null;
}

export type RequestSource = 'email' | 'meta';

/** The columns of {@link RequestRow}, for a SELECT or a RETURNING (unqualified: one table in scope). */
export const REQUEST_COLUMNS = `id, reference, state, instagram_username, sender_email, confirmation_email,
  confirmation_source, statement, thread_message_id, received_at, due_at, inventory, deleted_counts,
  decided_by, decided_at, decision_reason, completed_at, language, sender_auth, extended_at, extended_by,
  extension_reason, last_reminder_at, escalated_at, purged_at, username_hash, source, meta_user_id, status_code,
  suggested_username`;

/** {@link REQUEST_COLUMNS} of the table named `r`. */
export function requestColumnsOf(r: string): string {
  return REQUEST_COLUMNS.split(',').map((c) => `${r}.${c.trim()}`).join(', ');
}

export function toRequestRow(r: Record<string, unknown>): RequestRow {
  return {
    id: r.id as string,
    reference: r.reference as string,
    state: r.state as RequestState,
    instagramUsername: r.instagram_username as string | null,
    senderEmail: r.sender_email as string | null,
    confirmationEmail: r.confirmation_email as string | null,
    confirmationSource: r.confirmation_source as string | null,
    statement: r.statement as string | null,
    threadMessageId: r.thread_message_id as string | null,
    receivedAt: r.received_at as Date,
    dueAt: r.due_at as Date,
    inventory: r.inventory,
    deletedCounts: r.deleted_counts,
    decidedBy: r.decided_by as string | null,
    decidedAt: r.decided_at as Date | null,
    decisionReason: r.decision_reason as string | null,
    completedAt: r.completed_at as Date | null,
    language: r.language as string,
    senderAuth: r.sender_auth as Record<string, unknown> | null,
    extendedAt: r.extended_at as Date | null,
    extendedBy: r.extended_by as string | null,
    extensionReason: r.extension_reason as string | null,
    lastReminderAt: r.last_reminder_at as Date | null,
    escalatedAt: r.escalated_at as Date | null,
    purgedAt: r.purged_at as Date | null,
    usernameHash: r.username_hash as string | null,
    source: r.source as RequestSource,
    metaUserId: r.meta_user_id as string | null,
    statusCode: r.status_code as string | null,
    suggestedUsername: r.suggested_username as string | null,
  };
}
