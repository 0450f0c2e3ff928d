import type { FastifyReply, FastifyRequest } from 'fastify';

/** Wrong logins are counted per client address over this window. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Addresses remembered at most: a spray from many addresses cannot grow memory without end. */
const MAX_TRACKED = 10_000;

/**
 * Wrong admin logins per client address: past `limit` within the window, every request
 * from that address is answered 429 until the window ends, right credentials included,
 * so a password cannot be guessed at the speed of the network.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(private readonly limit: number, private readonly now: () => number = Date.now) {}

  /** Milliseconds until `address` may try again; 0 when it may now. */
  blockedFor(address: string): number {
    const f = this.failures.get(address);
    if (!f) return 0;
    const left = f.since + LOGIN_WINDOW_MS - this.now();
    if (left <= 0) {
      this.failures.delete(address);
      return 0;
    }
    return f.count >= this.limit ? left : 0;
  }

  failed(address: string): void {
    const t = this.now();
    const f = this.failures.get(address);
    if (f && f.since + LOGIN_WINDOW_MS > t) {
      f.count += 1;
      return;
    }
    if (this.failures.size >= MAX_TRACKED) this.prune(t);
    this.failures.set(address, { count: 1, since: t });
  }

  private prune(t: number): void {
    for (const [a, f] of this.failures) if (f.since + LOGIN_WINDOW_MS <= t) this.failures.delete(a);
    // Still full: the oldest entries (insertion order) make room.
    for (const a of this.failures.keys()) {
      if (this.failures.size < MAX_TRACKED) break;
      this.failures.delete(a);
    }
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Why a write to the board is refused, or null. The browser sends the cached basic-auth
 * credentials with any request to the board, a cross-site form's too; so a write must come
 * from the board's own page (Sec-Fetch-Site, Origin) and carry JSON, which a form cannot send.
 */
export function crossSiteRefusal(req: Pick<FastifyRequest, 'method' | 'headers'>): { status: number; error: string } | null {
  if (SAFE_METHODS.has(req.method)) return null;
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { status: 403, error: 'cross-site write to the admin board refused: use the board itself' };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && hostOf(origin) !== req.headers.host?.toLowerCase()) {
    return { status: 403, error: 'write to the admin board from another origin refused: use the board itself' };
  }
  const type = req.headers['content-type'];
  if (type !== undefined && !/^application\/json\s*(;|$)/i.test(type)) {
    return { status: 415, error: "the admin board's API takes application/json only" };
  }
  return null;
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}

/** Sends the refusal for a blocked address; true when it did. */
export function refuseBlocked(limiter: LoginLimiter, req: FastifyRequest, reply: FastifyReply): boolean {
  const ms = limiter.blockedFor(req.ip);
  if (ms === 0) return false;
  const minutes = Math.ceil(ms / 60_000);
  void reply.code(429).header('retry-after', String(Math.ceil(ms / 1000)))
    .send({ error: `too many wrong admin logins from this address: try again in ${minutes} minute${minutes === 1 ? '' : 's'}` });
  return true;
}
