/**
 * Whether a staff reply really comes from the staff domain, as the receiving
 * server saw it (STAFF_REQUIRE_DMARC). Only the topmost Authentication-Results
 * field written by TRUSTED_AUTHSERV_ID counts: a sender can write any header
 * they like, but not the one our server prepends.
 *
 * The reply passes when that field shows
 *  - dmarc=pass for the From domain (header.from, when given, must be it), or
 *  - no dmarc=fail, and dkim=pass with header.d (or the domain of header.i)
 *    aligned to the From domain: the same domain, or one a subdomain of the
 *    other (relaxed alignment; a bare top-level domain never aligns).
 * An explicit dmarc=fail is final: the domain's own policy rejected the mail.
 */
import { trustedAuthenticationResults, type AuthResult } from '../mail-in/authentication-results.js';
import { domainOf } from '../understanding/message-ids.js';

export type StaffAuthVerdict = { ok: true; via: 'dmarc' | 'dkim' } | { ok: false; why: string };

export function staffMailAuthenticated(
  headers: Readonly<Record<string, readonly string[]>>,
  trustedAuthservId: string,
  fromAddress: string,
): StaffAuthVerdict {
  const field = trustedAuthenticationResults(headers['authentication-results'], trustedAuthservId);
  if (!field) return { ok: false, why: `the mail carries no Authentication-Results from ${trustedAuthservId.toLowerCase()}` };
  const fromDomain = domainOf(fromAddress);
  if (fromDomain === '' || !fromAddress.includes('@')) return { ok: false, why: 'the mail has no From address to authenticate' };

  const dmarc = field.results.filter((r) => r.method === 'dmarc');
  const forFrom = (r: AuthResult) => r.props['header.from'] === undefined || r.props['header.from'].toLowerCase() === fromDomain;
  if (dmarc.some((r) => r.result === 'pass' && forFrom(r))) return { ok: true, via: 'dmarc' };
  const dmarcSaid = dmarc[0]?.result ?? 'no result';
  if (dmarc.some((r) => r.result === 'fail')) {
    return { ok: false, why: `${field.authservId} reports dmarc=fail for ${fromDomain}` };
  }
  const dkim = field.results.filter((r) => r.method === 'dkim' && r.result === 'pass');
  if (dkim.some((r) => aligned(signingDomain(r), fromDomain))) return { ok: true, via: 'dkim' };
  return {
    ok: false,
    why: `${field.authservId} reports dmarc=${dmarcSaid} and no dkim=pass aligned to ${fromDomain}`,
  };
}

function signingDomain(r: AuthResult): string {
  const d = r.props['header.d'];
  if (d) return d.toLowerCase();
  const i = r.props['header.i'] ?? '';
  return i.slice(i.lastIndexOf('@') + 1).toLowerCase();
}

/** Relaxed alignment without a public-suffix list: equal, or a subdomain of a domain with at least two labels. */
export function aligned(signing: string, from: string): boolean {
  const a = signing.replace(/\.$/, '');
  const b = from.replace(/\.$/, '');
  if (a === '' || b === '') return false;
  if (a === b) return true;
  const within = (sub: string, parent: string) => parent.includes('.') && sub.endsWith(`.${parent}`);
  return within(a, b) || within(b, a);
}
