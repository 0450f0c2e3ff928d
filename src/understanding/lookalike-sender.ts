/**
 * A sender whose domain imitates ours: "pickrtеch.com" with a Cyrillic е, "p1ckrtech.com" with
 * a digit for a letter. Mail from such an address is a phishing attempt (often one that threatens
 * to delete an account unless it is "verified"), never a person's request. A domain is compared by
 * its skeleton, each letter that looks like a Latin one (Cyrillic, Greek, digits, dotless i) read as
 * that letter: the same skeleton as one of our domains, but not the same domain, imitates it.
 */

/** Characters that look like a Latin letter, and the letter. */
const LOOKS_LIKE: Record<string, string> = {
  а: 'a', е: 'e', ё: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ѕ: 's', һ: 'h', ԛ: 'q', ԝ: 'w', к: 'k', м: 'm', т: 't', в: 'b', н: 'h',
  α: 'a', ο: 'o', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ρ: 'p', τ: 't', υ: 'u', χ: 'x', β: 'b', μ: 'u', η: 'n',
  ı: 'i', '0': 'o', '1': 'l', '3': 'e', '5': 's',
};

export function skeleton(domain: string): string {
  let out = '';
  for (const c of domain.normalize('NFKC').toLowerCase()) out += LOOKS_LIKE[c] ?? c;
  // "l" and "i" are told apart by nobody at a glance: "p1ckrtech" and "pickrtech" look alike.
  return out.replace(/l/g, 'i');
}

/** Whether `address`'s domain imitates one of `own` domains without being it. */
export function imitatesOwnDomain(address: string, own: readonly string[]): boolean {
  const at = address.lastIndexOf('@');
  if (at < 0) return false;
  const domain = address.slice(at + 1).toLowerCase();
  if (domain === '' || own.some((d) => d.toLowerCase() === domain)) return false;
  const shape = skeleton(domain);
  return own.some((d) => d !== '' && skeleton(d) === shape);
}

/** Names shorter than this are too common for one letter off to mean anything. */
const MIN_BRAND = 6;
/** Longest part of a name or domain compared: anything longer is no brand name. */
const MAX_PART = 63;

/**
 * Whether a sender impersonates one of our `brands` (our Instagram handles: "pickrtech"): a
 * part of the domain one letter away from it ("pickrtecn.com", "pickrtechh.com", "pikrtech.com"),
 * or a word of the sender's name that spells it with look-alike letters ("PickrТech" with a
 * Cyrillic Т). Our name as written, in a domain or a name, is no imitation ("pickrtech.com.example.org").
 */
export function impersonatesBrand(address: string, name: string, brands: readonly string[]): boolean {
  const names = brands.map((b) => b.replace(/^@/, '').toLowerCase()).filter((b) => b.length >= MIN_BRAND);
  if (names.length === 0) return false;
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  for (const part of domain.split(/[.-]/)) {
    if (part.length <= MAX_PART && names.some((b) => oneEditApart(part, b))) return true;
  }
  for (const word of name.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word.length > MAX_PART || names.includes(word)) continue;
    if (names.some((b) => skeleton(word) === skeleton(b))) return true;
  }
  return false;
}

/** Exactly one letter changed, added or left out (both at most {@link MAX_PART} long): one walk. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  // The rest must match after skipping one letter of the longer (or one of each, at equal length).
  const rest = short.length === long.length ? short.slice(i + 1) === long.slice(i + 1) : short.slice(i) === long.slice(i + 1);
  return rest;
}

/** The domains of the bot's and staff's addresses. */
export function ownDomains(addresses: ReadonlyArray<string | null>): string[] {
  const out = new Set<string>();
  for (const a of addresses) {
    if (!a) continue;
    const at = a.lastIndexOf('@');
    if (at >= 0 && at < a.length - 1) out.add(a.slice(at + 1).toLowerCase());
  }
  return [...out];
}
