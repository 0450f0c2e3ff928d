import { actionCode } from '../approval/action-code.js';
import { triageMessageId } from '../approval/approval-token.js';
import type { PoolClient } from '../db/pool.js';
import type { StoredMessage } from '../mail-in/stored-message.js';
import { asSenderAuth } from '../mail-in/authentication-results.js';
import { addToOutbox } from '../mail-out/outbox-store.js';
import { renderStaffTriage } from '../mail-out/templates/staff-triage.js';
import { fairPriority } from '../queue/fair-share.js';
import type { HandledMail } from '../queue/queues.js';
import { findOpenRequest } from '../requests/open-request-for-username.js';
import { insertRequest } from '../requests/request-store.js';
import { requestFromMail, type RequestFromMailSettings } from '../requests/request-from-mail.js';
import { requestsOpenedToday } from '../requests/requests-opened-today.js';
import type { Evidence } from '../understanding/evidence.js';
import type { InboundMail, Understanding } from '../understanding/types.js';
import { doubtReasons } from './doubt.js';
import { shouldSendTriageNotice, type TriageNoticeCapDeps } from './triage-alert-cap.js';

/** What keeping a possible request takes: the request's settings, the notice's (staff, the secret of its codes, its domain) and the hourly cap. */
export type OpenTriageDeps = TriageNoticeCapDeps & {
  settings: RequestFromMailSettings & { staffEmails: string[]; botDomain: string; approvalSecret: string };
};

/**
 * A mail with signs of a request but no confident reading (kind `possible_request`) is
 * kept as a request in state `triage` and shown to staff, who answer REQUEST @handle,
 * REQUEST or IGNORE (decide-triage.ts). Nothing goes to the requester meanwhile. The
 * request has its reference and due date from the mail's arrival, as any request; the
 * handle the reader found is only suggested (`suggested_username`): the account is
 * claimed (`instagram_username`) when staff confirm it.
 */
export async function openTriage(
  tx: PoolClient,
  ctx: OpenTriageDeps,
  stored: StoredMessage,
  mail: InboundMail,
  u: Understanding,
  evidence: Evidence,
): Promise<HandledMail> {
  const s = ctx.settings;
  const suggested = u.instagramUsername?.toLowerCase() ?? null;
  const req = await insertRequest(tx, {
    ...requestFromMail(s, stored, mail, u, evidence),
    state: 'triage',
    instagramUsername: null,
    suggestedUsername: suggested,
  });
  // Past the hourly cap it waits for one digest of them all, with its codes (triage-alert-cap.ts).
  if (!(await shouldSendTriageNotice(tx, ctx, req.id))) return { kind: 'possible_request', requestId: req.id, followUps: {} };
  // Not locked: it is only a hint for staff; REQUEST @handle looks again under the lock.
  const open = suggested ? await findOpenRequest(tx, suggested) : null;
  const notification = await addToOutbox(tx, {
    requestId: req.id,
    purpose: 'staff_triage',
    to: s.staffEmails,
    domain: s.botDomain,
    mail: renderStaffTriage({
      reference: req.reference,
      receivedAt: req.receivedAt,
      dueAt: req.dueAt,
      senderEmail: req.senderEmail,
      suggestedUsername: suggested,
      confirmationEmail: req.confirmationEmail,
      confirmationSource: req.confirmationSource,
      language: u.language,
      doubt: doubtReasons(evidence),
      words: mail.text,
      openRequestForHandle: open?.reference ?? null,
    }, {
      senderAuth: asSenderAuth(req.senderAuth),
      trustedAuthservId: s.trustedAuthservId,
      codes: {
        request: actionCode(s.approvalSecret, req.id, req.reference, 'request'),
        ignore: actionCode(s.approvalSecret, req.id, req.reference, 'ignore'),
      },
    }),
    messageId: triageMessageId(s.approvalSecret, req.id, s.botDomain),
  });
  const openedToday = await requestsOpenedToday(tx, req.senderEmail);
  ctx.log.info({ component: 'triage', ref: req.reference }, 'possible request sent to staff for triage');
  return {
    kind: 'possible_request',
    requestId: req.id,
    followUps: { mail: [notification], priorities: { [notification]: fairPriority(openedToday, { staffMail: true }) } },
  };
}
