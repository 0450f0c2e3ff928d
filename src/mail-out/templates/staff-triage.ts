import type { TriageAction } from '../../understanding/staff-actions.js';
import type { SenderAuth } from '../../mail-in/authentication-results.js';
import { isoDate, subjectFor, type RenderedMail } from './rendered-mail.js';

/** What the bot read in a possible request: shown so staff confirm it rather than retype it. */
export interface TriageReading {
  reference: string;
  receivedAt: Date;
  dueAt: Date;
  senderEmail: string | null;
  /** The handle the reader found, lowercase without `@`; null when none. */
  suggestedUsername: string | null;
  confirmationEmail: string | null;
  /** `explicit`, `reply_to` or `sender`: where the confirmation address came from. */
  confirmationSource: string | null;
  /** ISO 639-1 code the requester's mails would use; null when not told. */
  language: string | null;
  /** Why the bot is unsure, one reason a line, in words for staff. */
  doubt: readonly string[];
  /** The mail's own words as received (bounded by the caller's rule, see {@link boundedWords}). */
  words: string;
  /** An open request already holding the suggested handle: REQUEST @handle joins it. */
  openRequestForHandle: string | null;
}

export interface TriageExtras {
  senderAuth: SenderAuth | null;
  trustedAuthservId: string | null;
  /** One code per triage command, for staff who cannot reply in this thread. */
  codes: Record<TriageAction, string> | null;
}

/** At most this many characters of the mail's words reach staff; the rest is counted, not shown. */
export const TRIAGE_WORDS_LIMIT = 2_000;

/**
 * The mail's words for the notification: the first {@link TRIAGE_WORDS_LIMIT} characters, each
 * line marked "| " so nothing the stranger wrote can pass for the bot's own instructions.
 */
export function boundedWords(text: string, limit = TRIAGE_WORDS_LIMIT): string {
  const all = text.trim();
  // Only the head is split into characters: a 20 MB mail costs no more than a short one.
  const shown = [...all.slice(0, limit * 2)].slice(0, limit).join('');
  if (shown === '') return '  (the mail has no text)';
  const lines = shown.replace(/\r\n?/g, '\n').split('\n').map((l) => `  | ${l}`.trimEnd());
  if (all.length > shown.length) lines.push(`  [${all.length - shown.length} more characters not shown; the whole mail is in the mailbox]`);
  return lines.join('\n');
}

const SOURCE_WORDS: Record<string, string> = {
  explicit: 'written in the mail',
  reply_to: 'from the Reply-To header',
  sender: 'the sender\'s address (no other was given)',
};

/**
 * Asks staff whether a mail the bot could not read with confidence is a deletion request.
 * Nothing is sent to the requester until staff answer. A reply in this thread counts
 * because this mail's Message-ID carries the triage token; the codes serve staff who
 * must write a new mail instead.
 */
export function renderStaffTriage(r: TriageReading, x: TriageExtras): RenderedMail {
  const handle = r.suggestedUsername ? `@${r.suggestedUsername}` : 'none found';
  const address = r.confirmationEmail
    ? `${r.confirmationEmail} (${SOURCE_WORDS[r.confirmationSource ?? ''] ?? 'source not recorded'})`
    : 'none found';
  const doubt = r.doubt.length > 0 ? r.doubt.map((d) => `  - ${d}`).join('\n') : '  - the reading is not confident enough to act on alone';
  const example = r.suggestedUsername ? `@${r.suggestedUsername}` : '@handle';
  const text =
    `A mail may be a data-deletion request, and the bot is not sure. It is kept as ${r.reference};\n` +
    `nothing has been sent to the sender. Please decide.\n\n` +
    `What the bot read:\n` +
    `  Instagram username:   ${handle}\n` +
    `  Sender:               ${r.senderEmail ?? 'none usable'}\n` +
    `  Confirmation address: ${address}\n` +
    `  Language:             ${r.language ?? 'not told; replies would be in English'}\n` +
    `  Received:             ${isoDate(r.receivedAt)}\n` +
    `  Due:                  ${isoDate(r.dueAt)} (if it is a request, the 30 days run from its arrival)\n` +
    `${senderAuthLine(x)}\n\n` +
    `Why the bot is unsure:\n${doubt}\n\n` +
    (r.openRequestForHandle
      ? `An open request for @${r.suggestedUsername} already exists (${r.openRequestForHandle}): REQUEST @${r.suggestedUsername} adds this mail to it.\n\n`
      : '') +
    `The mail's own words (its sender's text, not the bot's):\n${boundedWords(r.words)}\n\n` +
    `To decide, reply to this email with one of these alone on the first line (any case):\n` +
    `  REQUEST ${example}    it is a request for that Instagram account: the sender is acknowledged, then you approve as usual\n` +
    `  REQUEST               it is a request but the username is missing or wrong: the sender is asked for it\n` +
    `  IGNORE                it is not a request: recorded, nothing is sent\n` +
    `A question mark, a second command or other words on the line mean it is not read as a command: nothing is done and you are told.\n` +
    `Only replies from staff addresses count; text you quote below your reply is ignored.\n` +
    codeLines(x, example);
  return { subject: subjectFor(r.reference, 'Possible deletion request: is it one?'), text, html: null };
}

function senderAuthLine(x: TriageExtras): string {
  const a = x.senderAuth;
  if (a) {
    const show = (v: string | null) => v ?? 'not checked';
    return `  Sender authentication: DKIM ${show(a.dkim)}, SPF ${show(a.spf)}, DMARC ${show(a.dmarc)} (${a.authservId})`;
  }
  return `  Sender authentication: not available (${x.trustedAuthservId ? `no Authentication-Results from ${x.trustedAuthservId}` : 'TRUSTED_AUTHSERV_ID is not set'})`;
}

function codeLines(x: TriageExtras, example: string): string {
  if (!x.codes) return '';
  return `If you cannot reply to this email (a new mail, a forward), write the command with its code on the first line:\n` +
    `  REQUEST ${x.codes.request} ${example}\n` +
    `  REQUEST ${x.codes.request}\n` +
    `  IGNORE ${x.codes.ignore}\n` +
    `Each code serves only this mail and only its own command.\n`;
}
