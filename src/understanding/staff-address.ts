/**
 * Whether a mail comes from a staff address. Addresses compare after a case
 * fold that never turns a non-ASCII look-alike into ASCII: JavaScript's
 * toLowerCase maps the Kelvin sign (U+212A) to "k" and the dotted capital I
 * (U+0130) to "i" plus a combining dot, so "\u212Aate@pickrtech.com" would pass
 * for kate@pickrtech.com. The parsed From address is already lower-cased, so
 * the address as written in the From header is checked as well.
 */

/** Lower case, except that a non-ASCII character whose lower case holds ASCII stays as it is. */
export function foldAddress(address: string): string {
  let out = '';
  for (const ch of address) {
    if (ch.charCodeAt(0) < 0x80) {
      out += ch.toLowerCase();
      continue;
    }
    const lower = ch.toLowerCase();
    out += hasAscii(lower) ? ch : lower;
  }
  return out;
}

function hasAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x80) return true;
  return false;
}

/** True when the address part of a From header holds a character that lower-cases into ASCII. */
function writtenWithLookAlike(fromHeader: string): boolean {
  const open = fromHeader.lastIndexOf('<');
  const close = fromHeader.indexOf('>', open + 1);
  const address = open >= 0 && close > open ? fromHeader.slice(open + 1, close) : fromHeader;
  for (const ch of address) {
    if (ch.charCodeAt(0) >= 0x80 && hasAscii(ch.toLowerCase())) return true;
  }
  return false;
}

export function isStaffAddress(address: string, staffEmails: readonly string[]): boolean {
  if (address === '') return false;
  const folded = foldAddress(address);
  return staffEmails.some((s) => foldAddress(s) === folded);
}

/** The mail's From is a staff address, as written and as parsed. */
export function isStaffSender(
  mail: { from: { address: string } | null; headers?: Readonly<Record<string, readonly string[]>> },
  staffEmails: readonly string[],
): boolean {
  const address = mail.from?.address ?? '';
  if (!isStaffAddress(address, staffEmails)) return false;
  return !(mail.headers?.['from'] ?? []).some((h) => writtenWithLookAlike(h.slice(0, 2000)));
}
