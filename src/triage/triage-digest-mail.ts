import type { RenderedMail } from '../mail-out/templates/rendered-mail.js';

/** One possible request in a digest: enough to find the mail in the mailbox and to decide it. */
export interface DigestItem {
  reference: string;
  receivedAt: Date;
  senderEmail: string | null;
  suggestedUsername: string | null;
  language: string;
  codes: { request: string; ignore: string };
}

export interface TriageDigest {
  items: readonly DigestItem[];
  /** Possible requests past the cap left for the next digest (this one lists at most its limit). */
  more: number;
  perHour: number;
}

const minute = (d: Date): string => `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;

function itemLines(i: DigestItem): string[] {
  const read = [
    i.senderEmail ? `from ${i.senderEmail}` : 'no usable sender',
    i.suggestedUsername ? `read @${i.suggestedUsername}` : 'no username read',
    `language ${i.language}`,
  ].join(', ');
  return [`${i.reference}  received ${minute(i.receivedAt)}; ${read}`, `  REQUEST ${i.codes.request}`, `  IGNORE ${i.codes.ignore}`];
}

/**
 * The one mail staff get instead of a triage notification each, past the hourly cap. It
 * lists each possible request with what finds it in the mailbox (arrival, sender) and the
 * codes of its two commands; it quotes nothing the senders wrote. Pure.
 */
export function renderTriageDigest(d: TriageDigest): RenderedMail {
  const n = d.items.length;
  const first = d.items[0]!.receivedAt;
  const last = d.items[n - 1]!.receivedAt;
  const text =
    `${n} mail${n === 1 ? '' : 's'} that may be deletion requests arrived (received ${minute(first)}${n === 1 ? '' : ` to ${minute(last)}`})\n` +
    `past the ${d.perHour} triage notifications a single hour gets one by one, so they are listed here instead.\n` +
    `Each is kept for triage; nothing has been sent to their senders, and each one's 30 days run from its arrival.\n` +
    `Every mail is still in the contact mailbox as it arrived.\n\n` +
    `Decide each one on the server:\n` +
    `  deletion-bot requests show REF                        what the bot read\n` +
    `  deletion-bot triage request REF [--username HANDLE]   it is a request (the sender is acknowledged, or asked for the username)\n` +
    `  deletion-bot triage ignore REF                        it is not (recorded, nothing is sent)\n` +
    `or by a new mail to the bot with one line below alone on the first line (add @handle after a REQUEST code to name\n` +
    `the account). Each code serves only its own request and command.\n\n` +
    d.items.flatMap(itemLines).join('\n') + '\n' +
    (d.more > 0 ? `\n${d.more} more wait for the next digest; deletion-bot triage list lists them all.\n` : '') +
    `\nYou will be reminded of any still waiting, as of every possible request.\n`;
  const one = n === 1 && d.more === 0;
  return { subject: `[deletion-bot] ${n}${d.more > 0 ? '+' : ''} possible deletion request${one ? ' waits' : 's wait'} for triage`, text, html: null };
}
