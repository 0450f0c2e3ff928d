/**
 * What the pure "understanding" functions read and return. A mail is first
 * turned into an {@link InboundMail} by the mailparser adapter
 * (`src/mail-in/read-mail.ts`); everything under `src/understanding/` is then
 * pure: same input, same answer, no I/O.
 */

import type { LanguageCode } from './language.js';

export interface MailAddress {
  /** Lowercased address, e.g. `alice@example.com`. */
  address: string;
  /** Display name as written, possibly empty. */
  name: string;
}

export interface InboundMail {
  /** Message-ID without angle brackets, or null when the mail has none. */
  messageId: string | null;
  /** In-Reply-To ids, without angle brackets. */
  inReplyTo: string[];
  /** References ids, without angle brackets, oldest first. */
  references: string[];
  subject: string;
  from: MailAddress | null;
  replyTo: MailAddress[];
  to: MailAddress[];
  date: Date | null;
  /** Header name (lowercase) to every value it has, as decoded text. */
  headers: Record<string, string[]>;
  /** Plain-text body: the text part, or the HTML part turned into text. */
  text: string;
  /** HTML body when the mail has one. */
  html: string | null;
}

export type MessageKind =
  | 'deletion_request'
  | 'incomplete_request'
  /** Signs of a request without a confident reading: staff decide (src/triage/). */
  | 'possible_request'
  | 'auto_reply'
  | 'staff_reply'
  | 'other';

export type ConfirmationSource = 'explicit' | 'reply_to' | 'sender';

/** The JSON object printed by `deletion-bot parse` (plus `file`). */
export interface Understanding {
  kind: MessageKind;
  /** Lowercase handle without `@`; null unless `deletion_request`. */
  instagramUsername: string | null;
  /** Lowercase address; null unless the kind is a request. */
  confirmationEmail: string | null;
  confirmationSource: ConfirmationSource | null;
  /** The words that express the wish, for staff to read. */
  statement: string | null;
  /** Required fields that are absent, e.g. `["instagramUsername"]`. */
  missing: string[];
  /** The language the person wrote in (ISO 639-1), when it could be told; replies use it. */
  language: LanguageCode | null;
}

/** PickrTech's own Instagram handle: the default of OWN_INSTAGRAM_HANDLES. */
export const PICKRTECH_HANDLES: readonly string[] = ['pickrtech'];

export interface UnderstandOptions {
  /** Lowercased staff addresses (STAFF_EMAILS); mail from them is `staff_reply`. */
  staffEmails: readonly string[];
  /** The bot's own address (BOT_ADDRESS), lowercased; never a confirmation address. */
  botAddress: string | null;
  /** PickrTech's own Instagram handles, never taken as the requester's. */
  ownHandles: readonly string[];
}

export type StaffCommand =
  /** `redactMentions`: "APPROVE REDACT", staff ask to redact mentions even when no account matched. */
  | { action: 'approve'; redactMentions?: true }
  | { action: 'reject'; reason: string }
  | { action: 'extend'; reason: string }
  /** Triage: "REQUEST @handle" opens the possible request for that account; "REQUEST" alone asks the requester for it. */
  | { action: 'request'; username: string | null }
  /** Triage: "IGNORE": not a request; recorded, nothing sent. */
  | { action: 'ignore' }
  | { action: 'unknown'; firstLine: string; problem: StaffCommandProblem };

/**
 * Why a staff reply was not read as a command: no command word, a question, two commands, no reason,
 * a command with words that may take it back (APPROVE not alone on its line, a reason that starts "no", "if" ...),
 * or REQUEST with a handle Instagram does not allow.
 */
export type StaffCommandProblem = 'no_command' | 'question' | 'ambiguous' | 'reason_missing' | 'not_alone' | 'bad_username';
