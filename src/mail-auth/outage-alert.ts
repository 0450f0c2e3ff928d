import type { MailAuthError } from './mail-auth-error.js';

/**
 * What staff are told when a mailbox login stopped working (the stored refresh token refused):
 * what failed and what to do. The token source's `onOutage` writes it as a staff alert in the
 * transaction that records the refusal on the token row, so it goes out once per outage however
 * many processes and retries meet the refusal, and only where the outbox can still send.
 */
export function outageAlert(mailbox: string, error: MailAuthError, at: Date): { reference: null; headline: string; details: string[] } {
  return {
    reference: null,
    headline: `the bot cannot log in to the mailbox ${mailbox}`,
    details: [
      `Since: ${at.toISOString()}`,
      `What failed: ${error.message}${error.code ? ` (${error.code})` : ''}`,
      'Until a new login, the bot reads no new mail; what it already read is worked on as usual.',
      'What to do: run `deletion-bot oauth login --provider <google|microsoft>` with the bot\'s settings, as the mailbox user or an admin; the running bot resumes by itself, no restart needed.',
      'docs/PROVIDERS.md says what each failed step means.',
    ],
  };
}
