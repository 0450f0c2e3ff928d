import type { BotContext } from '../app/context.js';
import type { PoolClient } from '../db/pool.js';
import { addToOutbox, inThread } from '../mail-out/outbox-store.js';
import { renderDecisionEcho } from '../mail-out/templates/staff-decision-echo.js';
import { renderStaffAlert } from '../mail-out/templates/staff-alert.js';
import type { FollowUps } from '../queue/queues.js';
import { addEvent, getRequest, type RequestRow } from '../requests/request-store.js';
import type { InboundMail } from '../understanding/types.js';
import { parseStaffCommand } from '../understanding/staff-command.js';
import { visibleText } from '../understanding/visible-text.js';
import type { TokenCheck } from './approval-token.js';
import { decideRequest } from './decide-request.js';

/**
 * A reply to a staff notification. It counts only when the token in its
 * In-Reply-To/References verifies and the sender is on the staff list; any
 * other attempt changes nothing, is recorded on the request, and staff are
 * alerted.
 */
export async function handleStaffReply(
  tx: PoolClient,
  ctx: BotContext,
  mail: InboundMail,
  token: Exclude<TokenCheck, { status: 'absent' }>,
): Promise<{ kind: string; requestId: string | null; followUps: FollowUps }> {
  const req = await getRequest(tx, token.requestId, true);
  if (!req) {
    ctx.log.warn({ component: 'approval' }, 'reply to a notification of an unknown request ignored');
    return { kind: 'approval_refused', requestId: null, followUps: {} };
  }
  const sender = mail.from?.address ?? '';
  const refuse = (why: string) => refuseAttempt(tx, ctx, req, sender, why);

  if (token.status === 'forged') return refuse('the approval token in the reply does not verify');
  if (!ctx.settings.staffEmails.includes(sender)) return refuse('the sender is not on the staff list');

  const cmd = parseStaffCommand(visibleText(mail.text, mail.subject));
  if (cmd.action === 'unknown') {
    await addEvent(tx, req.id, { type: 'staff_reply_not_understood', actor: sender });
    const echo = await addToOutbox(tx, {
      requestId: req.id, purpose: 'decision_echo', to: [sender], domain: ctx.settings.botDomain,
      mail: renderDecisionEcho(req.reference, 'no command (expected APPROVE or REJECT <reason> on the first line)', false),
      ...inThread(mail.messageId),
    });
    return { kind: 'staff_reply', requestId: req.id, followUps: { mail: [echo] } };
  }

  const decision = cmd.action === 'approve'
    ? { action: 'approve' as const, actor: sender, via: 'email' as const }
    : { action: 'reject' as const, reason: cmd.reason, actor: sender, via: 'email' as const };
  const result = await decideRequest(tx, ctx, req, decision);
  if (!result.ok) return refuse(result.why);
  ctx.log.info({ component: 'approval', ref: req.reference, state: result.state }, 'staff decision applied');
  return { kind: 'staff_reply', requestId: req.id, followUps: result.followUps };
}

async function refuseAttempt(tx: PoolClient, ctx: BotContext, req: RequestRow, sender: string, why: string) {
  await addEvent(tx, req.id, { type: 'approval_refused', actor: sender || null, detail: { why } });
  ctx.log.warn({ component: 'approval', ref: req.reference, why }, 'decision attempt refused');
  const alert = await addToOutbox(tx, {
    requestId: req.id, purpose: 'staff_alert', to: ctx.settings.staffEmails, domain: ctx.settings.botDomain,
    mail: renderStaffAlert(req.reference, 'a decision attempt was refused', [
      `Request: ${req.reference} (state: ${req.state})`,
      `Sender of the attempt: ${sender || 'unknown'}`,
      `Why it was refused: ${why}`,
    ]),
  });
  return { kind: 'approval_refused', requestId: req.id, followUps: { mail: [alert] } };
}
