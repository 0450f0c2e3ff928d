import { asSenderAuth } from '../mail-in/authentication-results.js';
import type { NotificationExtras } from '../mail-out/templates/staff-notification.js';
import type { RequestRow } from '../requests/request-store.js';
import { actionCode } from './action-code.js';

/** The sender's authentication results and the decision codes shown in a request's staff notification. */
export function notificationExtras(s: { approvalSecret: string; trustedAuthservId: string | null }, req: Pick<RequestRow, 'id' | 'reference' | 'senderAuth'>): NotificationExtras {
  return {
    senderAuth: asSenderAuth(req.senderAuth),
    trustedAuthservId: s.trustedAuthservId,
    codes: {
      approve: actionCode(s.approvalSecret, req.id, req.reference, 'approve'),
      reject: actionCode(s.approvalSecret, req.id, req.reference, 'reject'),
      extend: actionCode(s.approvalSecret, req.id, req.reference, 'extend'),
    },
  };
}
