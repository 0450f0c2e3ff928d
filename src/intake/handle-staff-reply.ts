import type { PoolClient } from '../db/pool.js';
import type { Logger } from '../log/logger.js';
import { addToOutbox } from '../mail-out/outbox-store.js';
import { renderDecisionEcho } from '../mail-out/templates/staff-decision-echo.js';
import { renderStaffTriageEcho } from '../mail-out/templates/staff-triage-echo.js';
import type { HandledMail } from '../queue/queues.js';
import { addEvent, getRequest, getRequestByReference, type RequestRow } from '../requests/request-store.js';
import type { InboundMail, StaffCommand } from '../understanding/types.js';
import { decideRequest, type DecideRequestDeps, type Decision } from '../approval/decide-request.js';
import type { DecisionAttempt } from '../approval/decision-attempt.js';
import { extendRequest, type ExtendRequestDeps } from '../approval/extend-request.js';
import { claimedRequest, proveAttempt } from '../approval/prove-attempt.js';
import { alertRefusal, recordRefusal, type AttemptFacts, type Refusal, type RefusalAlertDeps } from '../approval/refusal.js';
import { foldAddress, isStaffSender } from '../understanding/staff-address.js';
import { staffMailAuthenticated } from '../approval/staff-authentication.js';
import { inStaffThread } from '../understanding/staff-thread-id.js';
import { commandLabel as triageCommandLabel, decideTriage, type DecideTriageDeps } from '../triage/decide-triage.js';
import { isTriage } from '../requests/state-rules.js';

/** What a staff reply needs: who is staff, how their mail is proven, and what each command it may carry needs. */
export type StaffReplyDeps = RefusalAlertDeps & DecideRequestDeps & ExtendRequestDeps & DecideTriageDeps & {
  log: Logger;
  settings: {
    staffEmails: string[];
    botDomain: string;
    approvalSecret: string;
    staffRequireDmarc: boolean;
    trustedAuthservId: string | null;
  };
};

/**
 * A mail that tries to decide a request (see decision-attempt.ts). It counts
 * only when, in this order:
 *  1. the sender is on STAFF_EMAILS (and is not the requester);
 *  2. it proves the request and the command: a reply in the notification's
 *     thread, or the command's code in its own text (prove-attempt.ts);
 *  3. with STAFF_REQUIRE_DMARC=true, TRUSTED_AUTHSERV_ID's
 *     Authentication-Results show DMARC or aligned DKIM pass;
 *  4. the request can still take the command (not decided, not extended twice).
 * The first check that fails refuses the attempt: nothing changes, an
 * `approval_refused` event is recorded and staff get one alert naming why.
 * A proven reply whose first line is not a clear command gets an answer saying
 * what was read and that nothing was done.
 */
export async function handleStaffReply(tx: PoolClient, deps: StaffReplyDeps, mail: InboundMail, attempt: DecisionAttempt): Promise<HandledMail> {
  const s = deps.settings;
  const sender = mail.from?.address ?? '';
  const cmd = attempt.command;
  const facts: AttemptFacts = { actor: sender, via: 'email', command: commandLabel(cmd) };

  const req = await loadClaimed(tx, attempt);
  if (!req) {
    const alert = await alertRefusal(tx, deps, null, facts, {
      reason: attempt.threadRequestId || attempt.forgedThreadRequestId || attempt.codes.length > 0 ? 'wrong_token' : 'no_token',
      why: 'the mail names no request the bot knows',
    });
    return { kind: 'approval_refused', requestId: null, followUps: { mail: alert ? [alert] : [] } };
  }

  const refuse = async (r: Refusal, recorded = false): Promise<HandledMail> => {
    if (!recorded) await recordRefusal(tx, req.id, facts, r);
    const alert = await alertRefusal(tx, deps, req, facts, r);
    return { kind: 'approval_refused', requestId: req.id, followUps: { mail: alert ? [alert] : [] } };
  };

  if (!isStaffSender(mail, s.staffEmails)) {
    return refuse({ reason: 'wrong_sender', why: sender ? 'the sender is not on the staff list (STAFF_EMAILS)' : 'the mail has no From address' });
  }
  if (req.senderEmail && foldAddress(req.senderEmail) === foldAddress(sender)) {
    return refuse({ reason: 'wrong_sender', why: 'the sender is the requester, who cannot decide their own request' });
  }
  const proof = proveAttempt(attempt, req, s.approvalSecret);
  if (!proof.ok) return refuse({ reason: proof.reason, why: proof.why });
  if (s.staffRequireDmarc) {
    const verdict = s.trustedAuthservId
      ? staffMailAuthenticated(mail.headers, s.trustedAuthservId, sender)
      : { ok: false as const, why: 'TRUSTED_AUTHSERV_ID is not set' };
    if (!verdict.ok) return refuse({ reason: 'auth_failed', why: verdict.why });
  }

  if (cmd.action === 'unknown') return answerNotUnderstood(tx, deps, req, mail, cmd);

  if (cmd.action === 'request' || cmd.action === 'ignore') {
    const r = await decideTriage(tx, deps, req, cmd, sender, 'email');
    if (!r.ok) return refuse(r.refusal, true);
    deps.log.info({ component: 'approval', ref: req.reference, state: r.state, via: proof.via }, 'staff triage decision applied');
    // IGNORE and a join leave nothing else for staff to see: one line says what was done.
    const echo = r.state === 'ignored' || r.state === 'joined' ? [await echoTriage(tx, deps, req, mail, r.state === 'joined' ? r.joined : null)] : [];
    return { kind: 'staff_reply', requestId: req.id, followUps: { ...r.followUps, mail: [...(r.followUps.mail ?? []), ...echo] } };
  }

  if (cmd.action === 'extend') {
    const r = await extendRequest(tx, deps, req, { reason: cmd.reason, actor: sender, via: 'email' });
    if (!r.ok) return refuse(r.refusal, true);
    return { kind: 'staff_reply', requestId: req.id, followUps: r.followUps };
  }
  const decision: Decision = cmd.action === 'approve'
    ? { action: 'approve', actor: sender, via: 'email', redactMentions: cmd.redactMentions === true }
    : { action: 'reject', reason: cmd.reason, actor: sender, via: 'email' };
  const r = await decideRequest(tx, deps, req, decision);
  if (!r.ok) return r.refusal ? refuse(r.refusal, true) : refuse({ reason: 'already_decided', why: r.why });
  deps.log.info({ component: 'approval', ref: req.reference, state: r.state, via: proof.via }, 'staff decision applied');
  return { kind: 'staff_reply', requestId: req.id, followUps: r.followUps };
}

async function loadClaimed(tx: PoolClient, attempt: DecisionAttempt): Promise<RequestRow | null> {
  const claim = claimedRequest(attempt);
  if (!claim) return null;
  return 'id' in claim ? getRequest(tx, claim.id, true) : getRequestByReference(tx, claim.reference, true);
}

async function answerNotUnderstood(
  tx: PoolClient,
  deps: StaffReplyDeps,
  req: RequestRow,
  mail: InboundMail,
  cmd: Extract<StaffCommand, { action: 'unknown' }>,
): Promise<HandledMail> {
  const s = deps.settings;
  const sender = mail.from?.address ?? '';
  await addEvent(tx, req.id, { type: 'staff_reply_not_understood', actor: sender, detail: { problem: cmd.problem } });
  const echo = await addToOutbox(tx, {
    requestId: req.id, purpose: 'decision_echo', to: [sender], domain: s.botDomain,
    mail: isTriage(req.state) ? renderStaffTriageEcho(req.reference, understood(cmd)) : renderDecisionEcho(req.reference, understood(cmd), false),
    // In the request's token-free staff thread: only the notification carries the approval token.
    ...inStaffThread(req.id, s.botDomain, mail.messageId),
  });
  return { kind: 'staff_reply', requestId: req.id, followUps: { mail: [echo] } };
}

/** Tells the staff member who answered a triage notification what their IGNORE, or a REQUEST that joined another request, did. */
async function echoTriage(tx: PoolClient, deps: StaffReplyDeps, req: RequestRow, mail: InboundMail, joined: string | null): Promise<string> {
  const s = deps.settings;
  return addToOutbox(tx, {
    requestId: req.id, purpose: 'decision_echo', to: [mail.from?.address ?? ''], domain: s.botDomain,
    mail: renderDecisionEcho(req.reference, joined
      ? `REQUEST: the account already had an open request, ${joined}; this mail joined it and its sender was told that reference`
      : 'IGNORE: not a request; recorded, and nothing was sent to its sender', true),
    ...inStaffThread(req.id, s.botDomain, mail.messageId),
  });
}

function commandLabel(cmd: StaffCommand): string {
  if (cmd.action === 'request' || cmd.action === 'ignore') return triageCommandLabel(cmd);
  return cmd.action === 'unknown' ? `none (${cmd.problem.replace(/_/g, ' ')})` : cmd.action.toUpperCase();
}

/** What the bot read, in words for the staff member who wrote it. */
export function understood(cmd: Extract<StaffCommand, { action: 'unknown' }>): string {
  const line = cmd.firstLine;
  switch (cmd.problem) {
    case 'no_command':
      return line === '' ? 'no command: your reply has no text above the quoted part' : `no command: the first line of your reply is "${line}"`;
    case 'question':
      return `a question ("${line}"), not a command`;
    case 'ambiguous':
      return `more than one command ("${line}")`;
    case 'not_alone': {
      const word = line.toLowerCase();
      if (word.startsWith('approve')) return `APPROVE with other words on its line ("${line}"): APPROVE decides only when it stands alone on the first line`;
      if (word.startsWith('request')) return `REQUEST with other words on its line ("${line}"): write REQUEST @handle (the handle with its @) or REQUEST alone`;
      if (word.startsWith('ignore')) return `IGNORE with other words on its line ("${line}"): IGNORE decides only when it stands alone on the first line`;
      return `a reason that starts by taking the command back or hedging it ("${line}"): write the reason the requester will read`;
    }
    case 'bad_username':
      return `REQUEST with a username Instagram does not allow ("${line}"): a-z, 0-9, "." and "_", at most 30 characters, written after @`;
    case 'reason_missing':
      return `${line.split(/\s/)[0]?.toUpperCase() ?? 'the command'} without a reason: the requester reads the reason, so write it after the command`;
  }
}
