import type { RequestFacts } from '../mail-out/templates/rendered-mail.js';
import type { RequestRow } from './request-store.js';

/** The facts about a request that templates may show. */
export function requestFacts(r: RequestRow): RequestFacts {
  return {
    reference: r.reference,
    receivedAt: r.receivedAt,
    dueAt: r.dueAt,
    statement: r.statement,
    instagramUsername: r.instagramUsername,
    senderEmail: r.senderEmail,
    confirmationEmail: r.confirmationEmail,
    source: r.source,
  };
}
