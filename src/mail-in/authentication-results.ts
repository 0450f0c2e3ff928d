/**
 * Reads `Authentication-Results` header fields (RFC 8601): what a receiving
 * server found when it checked DKIM, SPF and DMARC of a message.
 *
 * Anyone can write such a header into the mail they send, so a field only
 * means something when the receiving server we trust wrote it. Each server
 * prepends its own field above the ones already there, so the topmost field
 * carrying the trusted authserv-id is the one our server added; fields from
 * any other authserv-id, and lower copies of the trusted one, are ignored.
 *
 * Pure and total: hostile input gives null or fewer results, never a throw.
 */

export interface AuthResult {
  /** Lowercase method without version: `dkim`, `spf`, `dmarc`, `arc`, ... */
  method: string;
  /** Lowercase result: `pass`, `fail`, `none`, `softfail`, `temperror`, ... */
  result: string;
  reason: string | null;
  /** `ptype.property` (lowercase) to its value, e.g. `header.d` → `pickrtech.com`. */
  props: Record<string, string>;
}

export interface AuthResultsField {
  /** Lowercase authserv-id: the server that wrote the field. */
  authservId: string;
  results: AuthResult[];
}

/** What staff are shown about a requester's mail, and what is kept on the request (requests.sender_auth). */
export type SenderAuth = {
  authservId: string;
  /** `pass` when any DKIM signature passed, else the first DKIM result; null when DKIM was not checked. */
  dkim: string | null;
  spf: string | null;
  dmarc: string | null;
};

/** More than this many results in one field is not a real server's work. */
const MAX_RESULTS = 64;
const MAX_FIELD_CHARS = 16 * 1024;
const KEYWORD = /^[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?$/i;

export function parseAuthenticationResults(value: string): AuthResultsField | null {
  if (typeof value !== 'string') return null;
  const text = withoutComments(value.slice(0, MAX_FIELD_CHARS)).replace(/\s+/g, ' ');
  const segments = splitOutsideQuotes(text, ';');
  const head = tokens(segments[0] ?? '');
  const id = head[0] === undefined ? '' : unquote(head[0]).trim().toLowerCase();
  // A field without an authserv-id (it starts straight with "dkim=pass") is malformed.
  if (id === '' || id.includes('=') || /\s/.test(id)) return null;
  const results: AuthResult[] = [];
  for (const segment of segments.slice(1)) {
    if (results.length >= MAX_RESULTS) break;
    const r = resultOf(segment);
    if (r) results.push(r);
  }
  return { authservId: id, results };
}

/** The topmost field written by `authservId` (case-insensitive) among a mail's fields, in header order. */
export function trustedAuthenticationResults(values: readonly string[] | undefined, authservId: string | null): AuthResultsField | null {
  const trusted = (authservId ?? '').trim().toLowerCase();
  if (trusted === '') return null;
  for (const value of values ?? []) {
    const field = parseAuthenticationResults(value);
    if (field?.authservId === trusted) return field;
  }
  return null;
}

/** The requester's authentication results as staff see them; null when the trusted server wrote none. */
export function senderAuthOf(headers: Readonly<Record<string, readonly string[]>>, authservId: string | null): SenderAuth | null {
  const field = trustedAuthenticationResults(headers['authentication-results'], authservId);
  if (!field) return null;
  return {
    authservId: field.authservId,
    dkim: summary(field, 'dkim'),
    spf: summary(field, 'spf'),
    dmarc: summary(field, 'dmarc'),
  };
}

/** A stored `sender_auth` value read back; anything that is not one gives null. */
export function asSenderAuth(value: unknown): SenderAuth | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const text = (x: unknown) => (typeof x === 'string' ? x : null);
  const id = text(v.authservId);
  if (!id) return null;
  return { authservId: id, dkim: text(v.dkim), spf: text(v.spf), dmarc: text(v.dmarc) };
}

function summary(field: AuthResultsField, method: string): string | null {
  const found = field.results.filter((r) => r.method === method);
  if (found.length === 0) return null;
  return found.some((r) => r.result === 'pass') ? 'pass' : (found[0]?.result ?? null);
}

function resultOf(segment: string): AuthResult | null {
  const parts = tokens(segment);
  const first = parts[0];
  if (first === undefined) return null;
  const eq = first.indexOf('=');
  if (eq <= 0) return null; // "none" or junk
  const method = first.slice(0, eq).split('/')[0]?.trim().toLowerCase() ?? '';
  const result = first.slice(eq + 1).trim().toLowerCase();
  if (!KEYWORD.test(method) || !KEYWORD.test(result)) return null;
  let reason: string | null = null;
  const props: Record<string, string> = {};
  for (const part of parts.slice(1)) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    const key = part.slice(0, at).toLowerCase();
    const value = unquote(part.slice(at + 1));
    if (key === 'reason') reason = value;
    else if (/^[a-z0-9_-]+\.[a-z0-9_.-]+$/.test(key) && !(key in props)) props[key] = value;
  }
  return { method, result, reason, props };
}

/** Comments `( ... )` may nest and hold quoted pairs; they carry nothing a check needs. */
function withoutComments(s: string): string {
  let out = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\' && (quoted || depth > 0)) {
      if (depth === 0) out += c + (s[i + 1] ?? '');
      i++;
      continue;
    }
    if (depth === 0 && c === '"') quoted = !quoted;
    if (!quoted) {
      if (c === '(') {
        depth++;
        out += ' ';
        continue;
      }
      if (c === ')' && depth > 0) {
        depth--;
        continue;
      }
    }
    if (depth === 0) out += c;
  }
  return out;
}

function splitOutsideQuotes(s: string, separator: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\' && quoted) {
      current += c + (s[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === separator && !quoted) {
      out.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  out.push(current);
  return out;
}

/**
 * Words of one result, with the optional spaces RFC 8601 allows around "=",
 * "/" and "." removed first, so `dkim = pass header . d = x` reads as
 * `dkim=pass header.d=x`. Quoted strings are kept as they are.
 */
function tokens(segment: string): string[] {
  let normal = '';
  let run = '';
  const flush = () => {
    normal += run
      .replace(/\s*([=/])\s*/g, '$1')
      .replace(/([A-Za-z0-9_-])\s*\.\s*([A-Za-z0-9_-]+=)/g, '$1.$2');
    run = '';
  };
  let quoted = false;
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (quoted) {
      normal += c;
      if (c === '\\') normal += segment[++i] ?? '';
      else if (c === '"') quoted = false;
    } else if (c === '"') {
      flush();
      normal += c;
      quoted = true;
    } else {
      run += c;
    }
  }
  flush();

  const out: string[] = [];
  let current = '';
  quoted = false;
  for (let i = 0; i < normal.length; i++) {
    const c = normal[i]!;
    if (quoted && c === '\\') {
      current += c + (normal[++i] ?? '');
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === ' ' && !quoted) {
      if (current !== '') out.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  if (current !== '') out.push(current);
  return out;
}

function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1).replace(/\\(.)/g, '$1');
  return t;
}
