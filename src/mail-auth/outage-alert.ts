import type { Queryable } from '../db/pool.js';
import { addStaffAlert } from '../mail-out/staff-alert.js';
import type { MailAuthError } from './mail-auth-error.js';

export interface OutageAlertSettings {
  mailbox: string;
  staffEmails: string[];
  botDomain: string;
}

/**
 * The staff mail of a mailbox login that stopped working (the stored refresh token refused):
 * what failed and what to do. Written to the outbox in the transaction that records the
 * refusal on the token row, so it goes out once per outage however many processes and
 * retries meet the refusal, and only where the outbox can still send.
 */
export async function addOutageAlert(db: Queryable, s: OutageAlertSettings, error: MailAuthError, at: Date): Promise<string> {
  return addStaffAlert(db, s, {
    requestId: null,
    reference: null,
    headline: `the bot cannot log in to the mailbox ${s.mailbox}`,
    details: [
      `Since: ${at.toISOString()}`,
      `What failed: ${error.message}${error.code ? ` (${error.code})` : ''}`,
      'Until a new login, the bot reads no new mail; what it already read is worked on as usual.',
      'What to do: run `deletion-bot oauth login --provider <google|microsoft>` with the bot\'s settings, as the mailbox user or an admin; the running bot resumes by itself, no restart needed.',
      'docs/PROVIDERS.md says what each failed step means.',
    ],
  });
}
