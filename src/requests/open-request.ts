import type { PoolClient } from '../db/pool.js';
import type { StoredMessage } from '../mail-in/stored-message.js';
import { fairPriority } from '../queue/fair-share.js';
import type { HandledMail } from '../queue/queues.js';
import type { Evidence } from '../understanding/evidence.js';
import type { InboundMail, Understanding } from '../understanding/types.js';
import { joinOpenRequest, type JoinOpenRequestDeps } from './join-open-request.js';
import { lockUsername } from './lock-usernames.js';
import { findOpenRequest } from './open-request-for-username.js';
import { requestFromMail, type RequestFromMailSettings } from './request-from-mail.js';
import { insertRequest } from './request-store.js';
import { requestsOpenedToday } from './requests-opened-today.js';

/** What opening a request from one mail takes: a join's needs, and the settings a request from a mail is built with. */
export type OpenRequestDeps = JoinOpenRequestDeps & { settings: RequestFromMailSettings };

/**
 * Records a new request from an understood mail handled alone; validation runs as the next
 * job. A request for an account that already has an open request joins it instead (kind
 * `duplicate_request`, linked to the open request). The statements are those a run of new
 * requests uses (open-new-requests.ts).
 */
export async function openRequest(
  tx: PoolClient,
  deps: OpenRequestDeps,
  stored: StoredMessage,
  mail: InboundMail,
  u: Understanding,
  evidence: Evidence | null = null,
): Promise<HandledMail & { requestId: string }> {
  const username = u.instagramUsername;
  const sender = mail.from?.address ?? null;
  // The work of an address that keeps writing waits behind everyone else's (fair-share.ts).
  const priority = fairPriority((await requestsOpenedToday(tx, sender)) + 1);
  if (username) {
    await lockUsername(tx, username);
    const open = await findOpenRequest(tx, username);
    if (open) {
      const sent = await joinOpenRequest(tx, deps, open, { inboundId: stored.id, mail, instagramUsername: username, via: 'new_mail', language: u.language });
      return { kind: 'duplicate_request', requestId: open.id, followUps: { mail: sent, priorities: Object.fromEntries(sent.map((id) => [id, priority])) } };
    }
  }

  const req = await insertRequest(tx, { ...requestFromMail(deps.settings, stored, mail, u, evidence), instagramUsername: username });
  deps.log.info({ component: 'requests', ref: req.reference, kind: u.kind }, 'request opened');
  return { kind: u.kind, requestId: req.id, followUps: { requests: [{ id: req.id, state: 'received' }], priorities: { [req.id]: priority } } };
}
