// Which routed mail opens a new request: a question of the route alone, asked on the bot's main
// thread, which must not load the reader (new-request-candidate.ts) that its parse threads run.
import type { Evidence } from '../understanding/evidence.js';
import type { Understanding } from '../understanding/types.js';
import type { MailRoute } from './route-mail.js';

/** The understanding of a mail that, unless Postgres says otherwise, opens a new request; null for every other mail. */
export function newRequestCandidate(route: MailRoute): { understanding: Understanding; evidence: Evidence } | null {
  // A forwarded request is opened on its own path, in the original sender's name.
  return route.to === 'person' && route.opens === 'request' && !route.forwarded ? route.understood : null;
}
