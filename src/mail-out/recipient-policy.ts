/**
 * Who the bot may write to on its own. Machines never get an answer (RFC 3834):
 * mailer daemons, postmasters, list robots and no-reply senders would only
 * bounce or loop, and the bot's own address (or a +tag of it, which lands in
 * the same mailbox) would answer itself. Pure: the caller adds the rate limit.
 */

export type WithheldReason = 'invalid_address' | 'bot_address' | 'machine_address' | 'rate_limit';

/** Whole local parts (separators removed) that only machines use: RFC 3834 section 2, RFC 2142. */
const MACHINE_NAMES = new Set([
  'mailerdaemon',
  'maildaemon',
  'daemon',
  'postmaster',
  'listserv',
  'majordomo',
  'autoresponder',
  'autoreply',
  'autoresponse',
]);

/** Found anywhere in a local part with its separators removed: "notifications-no-reply", "do_not_reply". */
const NO_REPLY_MARKERS = ['noreply', 'donotreply', 'dontreply', 'noresponse', 'norespond'];

/** Words (between separators) that mark a bounce-handling address, VERP included: "bounces+123=x". */
const BOUNCE_WORDS = new Set(['bounce', 'bounces']);

const SEPARATORS = /[-._=\s"]+/;

/** Dot-atom local part (RFC 5322), in any script; or a quoted string without line breaks or NUL. */
const LOCAL_PART = /^(?:[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*|"[^"\\\r\n\0]*")$/u;
/** A host name with at least one dot (internet mail), or an address literal. */
const DOMAIN = /^(?:(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?|\[[0-9a-f:.]+\])$/iu;

interface Parts {
  local: string;
  domain: string;
}

function split(address: string): Parts | null {
  const a = address.trim().toLowerCase();
  const at = a.lastIndexOf('@');
  if (at <= 0 || at === a.length - 1 || a.length > 254) return null;
  const local = a.slice(0, at);
  const domain = a.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local) || !DOMAIN.test(domain)) return null;
  return { local, domain };
}

/** The local part without its sub-address: "alice+tag" -> "alice". */
function baseOf(local: string): string {
  const unquoted = local.replace(/^"|"$/g, '');
  const plus = unquoted.indexOf('+');
  return plus > 0 ? unquoted.slice(0, plus) : unquoted;
}

/** True for an address we could actually deliver an answer to (one @, sane local part and domain). */
export function isDeliverableAddress(address: string): boolean {
  return split(address) !== null;
}

/** True for a sender that is a machine by its name alone. */
export function isMachineAddress(address: string): boolean {
  const parts = split(address);
  if (!parts) return true; // nothing a person could read
  const base = baseOf(parts.local);
  const words = base.split(SEPARATORS).filter(Boolean);
  const compact = words.join('');
  if (MACHINE_NAMES.has(compact)) return true;
  if (NO_REPLY_MARKERS.some((m) => compact.includes(m))) return true;
  if (words.some((w) => BOUNCE_WORDS.has(w))) return true;
  // Mailing-list administrative addresses (RFC 3834 section 2).
  return base.startsWith('owner-') || base.endsWith('-owner') || base.endsWith('-request');
}

/** The bot's own address, also with a +tag: every such mail lands in the bot's own mailbox. */
export function isBotAddress(address: string, botAddress: string): boolean {
  const a = split(address);
  const bot = split(botAddress);
  if (!a || !bot) return address.trim().toLowerCase() === botAddress.trim().toLowerCase();
  return a.domain === bot.domain && baseOf(a.local) === baseOf(bot.local);
}

/** The reason an address gets no mail from the bot, or null when it may (before the rate limit). */
export function withheldReason(address: string, botAddress: string): Exclude<WithheldReason, 'rate_limit'> | null {
  if (!isDeliverableAddress(address)) return 'invalid_address';
  if (isBotAddress(address, botAddress)) return 'bot_address';
  if (isMachineAddress(address)) return 'machine_address';
  return null;
}
