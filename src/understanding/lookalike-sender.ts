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

function skeleton(domain: string): string {
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
