import type { PoolClient } from '../db/pool.js';
import type { MailTemplates } from '../mail-out/mail-templates.js';
import { inThread } from '../mail-out/outbox-store.js';
import { addRequesterMail, type RequesterMailDeps } from './requester-mail.js';
import { renderDuplicateNotice } from '../mail-out/templates/duplicate-notice.js';
import type { InboundMail } from '../understanding/types.js';
import type { OpenRequest } from './open-request-for-username.js';
import { addEvent } from './request-store.js';

/** What a join takes: the requester mail (its log, cap and addresses) and the templates of the duplicate notice. */
export type JoinOpenRequestDeps = RequesterMailDeps & { templates: MailTemplates };

/**
 * A mail that asks for an account which already has an open request joins
 * that request instead of opening a second one: the join is recorded on the
 * open request, staff are not notified again (they already have it), and the
 * sender is told the existing reference in a reply to their mail. That reply
 * is an automatic answer: machine rules and the daily cap apply. It is written
 * in the joining sender's language (`joining.language`), not the open
 * request's: the two senders may be different people.
 * Returns the outbox ids to send after commit.
 */
export async function joinOpenRequest(
  tx: PoolClient,
  deps: JoinOpenRequestDeps,
  open: OpenRequest,
  joining: { inboundId: string; mail: InboundMail; instagramUsername: string; via: 'new_mail' | 'needs_info_answer'; language: string | null },
): Promise<string[]> {
  const sender = joining.mail.from?.address ?? null;
  // The event holds ids and facts only: it outlives the purge of personal data.
  await addEvent(tx, open.id, {
    type: 'duplicate_joined',
    actor: 'intake',
    detail: { inboundMessage: joining.inboundId, via: joining.via, sameSender: sameAddress(sender, open.senderEmail) },
  });
  deps.log.info({ component: 'requests', ref: open.reference, inbound: joining.inboundId, via: joining.via }, 'mail joined an open request');
  return addRequesterMail(tx, deps, {
    requestId: open.id,
    purpose: 'duplicate_notice',
    to: [sender],
    mail: renderDuplicateNotice(deps.templates, { reference: open.reference, instagramUsername: joining.instagramUsername }, joining.language),
    ...inThread(joining.mail.messageId),
  });
}

/** Two addresses are the same whatever their letter case, as the store compares them. */
function sameAddress(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.toLowerCase() === b.toLowerCase();
}
