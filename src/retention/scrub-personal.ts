/**
 * Removes a request's personal values from the text the minimal record keeps
 * (event details, the decision reason, the inventory): known addresses and the
 * username are replaced, and any other address that is not a staff address is
 * too. Pure, so the purge's promise is tested here and not re-implemented.
 */

export interface PersonalValues {
  username: string | null;
  /** The requester's addresses (sender, confirmation) and any other non-staff address seen. */
  addresses: string[];
  /** Addresses that may stay: staff and the bot itself. */
  keep: string[];
}

export const PURGED_ADDRESS = '[purged address]';
export const PURGED_USERNAME = '[purged username]';

const ADDRESS = /[^\s<>()"',;:[\]]+@[^\s<>()"',;:[\]]+\.[A-Za-z]{2,}/g;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function scrubText(text: string, p: PersonalValues): string {
  const keep = new Set(p.keep.map((a) => a.toLowerCase()));
  let out = text;
  for (const a of [...p.addresses].sort((x, y) => y.length - x.length)) {
    if (a) out = out.replace(new RegExp(escapeRegExp(a), 'gi'), PURGED_ADDRESS);
  }
  out = out.replace(ADDRESS, (a) => (keep.has(a.toLowerCase()) ? a : PURGED_ADDRESS));
  if (p.username) {
    const u = escapeRegExp(p.username.toLowerCase());
    // A mention (@handle or the bare handle as a word), and for handles long
    // enough not to hit ordinary words, the handle anywhere.
    out = out.replace(new RegExp(`@?(?<![A-Za-z0-9._])${u}(?![A-Za-z0-9_])`, 'gi'), PURGED_USERNAME);
    if (p.username.length >= 4) out = out.replace(new RegExp(u, 'gi'), PURGED_USERNAME);
  }
  return out;
}

/** Scrubs every string inside a JSON value; keys and numbers stay. */
export function scrubJson<T>(value: T, p: PersonalValues): T {
  if (typeof value === 'string') return scrubText(value, p) as T;
  if (Array.isArray(value)) return value.map((v) => scrubJson(v, p)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubJson(v, p)])) as T;
  }
  return value;
}

/**
 * Who an event's actor becomes in the minimal record: staff, the bot's parts
 * and CLI names stay; the requester and other outsiders lose their address.
 */
export function scrubActor(actor: string | null, p: PersonalValues, requesterAddresses: string[]): string | null {
  if (actor === null || !actor.includes('@')) return actor === null ? null : scrubText(actor, p);
  const a = actor.toLowerCase();
  if (p.keep.map((k) => k.toLowerCase()).includes(a)) return actor;
  return requesterAddresses.map((r) => r.toLowerCase()).includes(a) ? 'requester' : 'non-staff sender';
}
