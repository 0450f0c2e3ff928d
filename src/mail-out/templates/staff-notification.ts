import type { StaffAction } from '../../understanding/staff-actions.js';
import type { Inventory } from '../inventory-types.js';
import { totalRows } from '../inventory-types.js';
import type { SenderAuth } from '../../mail-in/authentication-results.js';
import { describeField, type Evidence } from '../../understanding/evidence.js';
import { isoDate, subjectFor, type RenderedMail, type RequestFacts } from './rendered-mail.js';

/** What the notification shows beyond the request itself. */
export interface NotificationExtras {
  /** The requester's mail as the trusted receiving server authenticated it; null when not available. */
  senderAuth: SenderAuth | null;
  /** TRUSTED_AUTHSERV_ID, to say why the results are missing. */
  trustedAuthservId: string | null;
  /** One code per command, for a decision that cannot be a reply in this thread. */
  codes: Record<StaffAction, string> | null;
  /** Which rule found each field of the request, and how sure the bot is; null when not recorded. */
  evidence?: Evidence | null;
}

const NO_EXTRAS: NotificationExtras = { senderAuth: null, trustedAuthservId: null, codes: null };

/**
 * Tells staff a request waits for their decision: who asked and how their mail
 * was authenticated, what we hold, and how to decide. A reply in this thread
 * counts because this mail's Message-ID carries the approval token; the codes
 * serve staff who must write a new mail instead.
 */
export function renderStaffNotification(r: RequestFacts, inv: Inventory, x: NotificationExtras = NO_EXTRAS): RenderedMail {
  const showKept = inv.lines.some((l) => l.kept > 0);
  const header = `  ${'table'.padEnd(22)} ${'action'.padEnd(7)} ${'rows'.padStart(6)}${showKept ? ` ${'kept'.padStart(6)}` : ''}  category`;
  const rows = inv.lines
    .map((l) => `  ${l.table.padEnd(22)} ${l.action.padEnd(7)} ${String(l.rows).padStart(6)}${showKept ? ` ${String(l.kept).padStart(6)}` : ''}  ${l.category}`)
    .join('\n');
  const meta = r.source === 'meta';
  const held = meta
    ? inv.accountFound
      ? `Account matched: yes. Meta's user id belongs to the connected Instagram account @${r.instagramUsername}.`
      : `Account matched: no. No connected Instagram account has Meta's user id; approving completes the request with "no data held".`
    : inv.accountFound
      ? `Username matches data we hold: yes. An Instagram account @${r.instagramUsername} is connected to PickrTech.`
      : `Username matches data we hold: no. No connected Instagram account is named @${r.instagramUsername}; approving completes the request and tells the requester that no data was held.`;
  const who = meta
    ? `Source:               Meta data-deletion callback\n` +
      `Instagram account:    ${inv.accountFound ? `@${r.instagramUsername}` : 'none matched'}\n` +
      `Requester's channel:  the status page Meta links to (Meta gives no mail address; no mail goes to the requester)\n`
    : `Instagram username:   @${r.instagramUsername}\n` +
      `Sender:               ${r.senderEmail}\n` +
      `Confirmation address: ${r.confirmationEmail}\n`;
  const text =
    `Deletion request ${r.reference} is waiting for your decision.\n\n` +
    who +
    `Received:             ${isoDate(r.receivedAt)}\n` +
    `Due:                  ${isoDate(r.dueAt)}\n\n` +
    (meta
      ? `Meta signed the callback with PickrTech's app secret: the user removed the app and asked for their data to be deleted.\n\n`
      : `${senderAuthLines(x)}\n\n` +
        `The requester wrote:\n  "${(r.statement ?? '').replace(/\s+/g, ' ').slice(0, 500)}"\n\n` +
        `${readingLines(x.evidence ?? null)}\n\n`) +
    `${held}\n` +
    (inv.legalHold ? `The account is under a LEGAL HOLD: its rows will be kept.\n` : '') +
    `\nData the deletion plan would erase (${totalRows(inv)} rows):\n${header}\n${rows}\n\n` +
    mentionLines(r, inv) +
    `To decide, reply to this email with one of these on the first line (any case):\n` +
    `  APPROVE\n` +
    `  REJECT <reason the requester will read>\n` +
    `  EXTEND <reason the requester will read>\n` +
    `EXTEND moves the due date by two months, once (GDPR Art. 12(3)); the requester is told the reason and the new date.\n` +
    `APPROVE decides only alone on its line. A question mark, "no", "if", "but" or a second command next to a command means it is not read as one: nothing is done\n` +
    `and you are told. To discuss the request, write without a command on the first line.\n\n` +
    `Only replies from staff addresses count; text you quote below your reply is ignored.\n` +
    codeLines(x);
  return { subject: subjectFor(r.reference, 'Deletion request waiting for approval'), text, html: null };
}

/**
 * How many rows of other accounts' logs mention @handle unmistakably, with two excerpts: what
 * the redaction would rewrite. With no account matched nothing is rewritten unless staff ask.
 */
function mentionLines(r: RequestFacts, inv: Inventory): string {
  const m = inv.mentions;
  if (!m || m.rows === 0 || !r.instagramUsername) return '';
  const handle = `@${r.instagramUsername}`;
  const count = m.rows === 1 ? `1 row in other accounts' logs mentions ${handle}` : `${m.rows} rows in other accounts' logs mention ${handle}`;
  const what = inv.accountFound
    ? `${count} and would be rewritten (the mention replaced), included above.\n`
    : `${count}. No account matched, so approving leaves them as they are and the requester is told no data was held.\n` +
      `To have these mentions rewritten as well, reply APPROVE REDACT instead of APPROVE ` +
      `(on the server: deletion-bot approve ${r.reference} --redact-mentions).\n`;
  const examples = m.examples.map((e) => `  "${e}"\n`).join('');
  return `${what}${examples ? `For example:\n${examples}` : ''}\n`;
}

function senderAuthLines(x: NotificationExtras): string {
  const a = x.senderAuth;
  if (a) {
    const show = (v: string | null) => v ?? 'not checked';
    return `Sender authentication (Authentication-Results of ${a.authservId}):\n` +
      `  DKIM ${show(a.dkim)}, SPF ${show(a.spf)}, DMARC ${show(a.dmarc)}`;
  }
  const why = x.trustedAuthservId
    ? `the mail carries no Authentication-Results from ${x.trustedAuthservId}`
    : 'TRUSTED_AUTHSERV_ID is not set, so no Authentication-Results header can be trusted';
  return `Sender authentication: not available (${why})`;
}

function codeLines(x: NotificationExtras): string {
  if (!x.codes) return '';
  return `If you cannot reply to this email (a new mail, a forward), write the command with its code on the first line:\n` +
    `  APPROVE ${x.codes.approve}\n` +
    `  REJECT ${x.codes.reject} <reason>\n` +
    `  EXTEND ${x.codes.extend} <reason>\n` +
    `Each code serves only this request and only its own command.\n`;
}

/** How the bot read the mail: its confidence, and the rule behind each field, so staff know what to check. */
function readingLines(e: Evidence | null): string {
  if (!e) return 'How the bot read the mail: not recorded; check the username against the mail before approving.';
  const lines = [
    `How the bot read the mail (confidence: ${e.confidence}):`,
    `  Deletion wish:        ${describeField(e.kind)}`,
    `  Instagram username:   ${describeField(e.username)}`,
    `  Confirmation address: ${describeField(e.confirmation)}`,
    `  Language:             ${e.language ? describeField(e.language) : 'not told; replies are in English'}`,
  ];
  if (e.confidence !== 'high') lines.push('  The bot is not sure of this reading: check the username and the address against the mail before approving.');
  return lines.join('\n');
}
