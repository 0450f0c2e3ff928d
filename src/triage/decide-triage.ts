import { recordRefusal, type Refusal } from '../approval/refusal.js';
import type { PoolClient } from '../db/pool.js';
import type { Logger } from '../log/logger.js';
import type { MailTemplates } from '../mail-out/mail-templates.js';
import { inThread } from '../mail-out/outbox-store.js';
import { addRequesterMail, type RequesterMailDeps } from '../requests/requester-mail.js';
import { renderNeedsInfo } from '../mail-out/templates/needs-info.js';
import type { FollowUps } from '../queue/queues.js';
import { joinOpenRequest, type JoinOpenRequestDeps } from '../requests/join-open-request.js';
import { findOpenRequest } from '../requests/open-request-for-username.js';
import { lockUsername } from '../requests/lock-usernames.js';
import { requestFacts } from '../requests/request-facts.js';
import { moveState, type RequestRow } from '../requests/request-store.js';
import { isTriage } from '../requests/state-rules.js';
import { isInstagramHandle } from '../understanding/handle-rules.js';
import type { InboundMail, StaffCommand } from '../understanding/types.js';

/** A staff answer to a triage notification: REQUEST @handle, REQUEST, or IGNORE. */
export type TriageCommand = Extract<StaffCommand, { action: 'request' } | { action: 'ignore' }>;

/**
 * What a triage decision needs: the clock, the requester mail and its templates, the bot's own
 * handles (never a request's), and what joining an open request needs.
 */
export type DecideTriageDeps = RequesterMailDeps & JoinOpenRequestDeps & {
  now: () => Date;
  log: Logger;
  templates: MailTemplates;
  settings: { ownHandles: string[] };
};

export type TriageResult =
  /**
   * `received`: opened for the handle (validation acknowledges the sender next); `needs_info`: the
   * sender is asked for the username; `ignored`: closed, nothing sent; `joined`: the handle already
   * had an open request (`joined` names it), which this mail joined, and this one is cancelled.
   */
  | { ok: true; state: 'received' | 'needs_info' | 'ignored'; followUps: FollowUps }
  | { ok: true; state: 'joined'; joined: string; followUps: FollowUps }
  | { ok: false; refusal: Refusal; followUps: FollowUps };

/**
 * Applies staff's triage decision to a possible request the caller has locked (FOR UPDATE),
 * from a mail reply (handle-staff-reply.ts) or the CLI. The caller has proven who decides;
 * this checks the request is still waiting for triage and the handle is one Instagram allows.
 * A refusal changes nothing and is recorded (`approval_refused`, or `decision_refused` from the CLI).
 *  - REQUEST @x: the request is for @x and goes on as one read from the mail (`received`: the
 *    sender is acknowledged in their language, then staff approve as usual); when @x already
 *    has an open request, the mail joins it as a second mail for the same account does.
 *  - REQUEST: the sender is asked for their username (`needs_info`).
 *  - IGNORE: `ignored`, final; nothing is sent to the sender.
 */
export async function decideTriage(
  tx: PoolClient,
  deps: DecideTriageDeps,
  req: RequestRow,
  command: TriageCommand,
  actor: string,
  via: 'email' | 'cli',
): Promise<TriageResult> {
  const label = commandLabel(command);
  const refuse = async (refusal: Refusal): Promise<TriageResult> => {
    await recordRefusal(tx, req.id, { actor, via, command: label }, refusal);
    return { ok: false, refusal, followUps: {} };
  };
  if (!isTriage(req.state)) {
    return refuse({ reason: 'not_in_triage', why: `the request is ${req.state.replace(/_/g, ' ')}, not waiting for triage: REQUEST and IGNORE apply only to a possible request` });
  }
  const changed = { ok: false as const, refusal: { reason: 'already_decided' as const, why: 'the request changed meanwhile' }, followUps: {} };

  if (command.action === 'ignore') {
    const moved = await moveState(tx, req.id, 'triage', 'ignored', { type: 'ignored', actor, detail: { via } }, { decidedBy: actor, decidedAt: deps.now() });
    if (!moved) return changed;
    deps.log.info({ component: 'triage', ref: req.reference }, 'possible request ignored by staff');
    return { ok: true, state: 'ignored', followUps: {} };
  }

  const username = command.username?.replace(/^@/, '').toLowerCase() ?? null;
  if (username === null) {
    const moved = await moveState(tx, req.id, 'triage', 'needs_info',
      { type: 'needs_info', actor, detail: { via, triage: true, missing: ['instagramUsername'] } });
    if (!moved) return changed;
    const mail = await addRequesterMail(tx, deps, {
      requestId: req.id, purpose: 'needs_info', to: [req.senderEmail],
      mail: renderNeedsInfo(deps.templates, requestFacts(req), req.language),
      ...inThread(req.threadMessageId),
    });
    deps.log.info({ component: 'triage', ref: req.reference }, 'possible request opened by staff; username asked');
    return { ok: true, state: 'needs_info', followUps: { mail } };
  }

  if (!isInstagramHandle(username) || deps.settings.ownHandles.some((h) => h.replace(/^@/, '').toLowerCase() === username)) {
    return refuse({ reason: 'invalid_username', why: 'the username is not one the request can be for: Instagram allows a-z, 0-9, "." and "_", at most 30, and it must not be PickrTech\'s own' });
  }
  await lockUsername(tx, username);
  const open = await findOpenRequest(tx, username, req.id);
  if (open) {
    const moved = await moveState(tx, req.id, 'triage', 'cancelled',
      { type: 'cancelled', actor, detail: { reason: 'duplicate', joined: open.reference, via, triage: true } });
    if (!moved) return changed;
    const sent = await joinOpenRequest(tx, deps, open, {
      inboundId: await sourceMessageId(tx, req.id), mail: asJoiningMail(req), instagramUsername: username, via: 'new_mail', language: req.language,
    });
    deps.log.info({ component: 'triage', ref: req.reference, joined: open.reference }, 'possible request joined an open request');
    return { ok: true, state: 'joined', joined: open.reference, followUps: { mail: sent } };
  }
  const moved = await moveState(tx, req.id, 'triage', 'received',
    // The username's evidence: staff gave it, which the approval notification says.
    { type: 'triage_request', actor, detail: { via, fields: ['instagramUsername'], evidence: { username: { rule: 'username.staff-triage', confidence: 'high' } } } },
    { instagramUsername: username });
  if (!moved) return changed;
  deps.log.info({ component: 'triage', ref: req.reference }, 'possible request opened by staff');
  return { ok: true, state: 'received', followUps: { requests: [{ id: req.id, state: 'received' }] } };
}

/** "REQUEST @handle", "REQUEST" or "IGNORE": the command as recorded on events, which never hold the handle itself. */
export function commandLabel(c: TriageCommand): string {
  return c.action === 'ignore' ? 'IGNORE' : c.username ? 'REQUEST @handle' : 'REQUEST';
}

async function sourceMessageId(tx: PoolClient, requestId: string): Promise<string> {
  const { rows } = await tx.query(`SELECT source_message_id FROM requests WHERE id = $1`, [requestId]);
  return (rows[0]?.source_message_id as string | null) ?? requestId;
}

/** The request's first mail as joining an open request needs it: who wrote it and its Message-ID, for the reply. */
function asJoiningMail(req: RequestRow): InboundMail {
  return {
    messageId: req.threadMessageId, inReplyTo: [], references: [], subject: '', replyTo: [], to: [], date: null, headers: {}, text: '', html: null,
    from: req.senderEmail ? { address: req.senderEmail, name: '' } : null,
  };
}
