import { inTransaction, type Pool } from '../db/pool.js';
import { notificationMessageId } from '../approval/approval-token.js';
import { notificationExtras } from '../approval/notification-extras.js';
import { emptyInventory, takeInventory } from './run-plan.js';
import type { DeletionPlan } from './deletion-plan.js';
import { planDatabase, type PlanDatabaseDeps } from './plan-database.js';
import type { MailTemplates } from '../mail-out/mail-templates.js';
import { addToOutbox, inThread } from '../mail-out/outbox-store.js';
import { addRequesterMail, type RequesterMailDeps } from '../requests/requester-mail.js';
import { renderAcknowledgment } from '../mail-out/templates/acknowledgment.js';
import { renderNeedsInfo } from '../mail-out/templates/needs-info.js';
import { renderStaffNotification } from '../mail-out/templates/staff-notification.js';
import { fairPriority } from '../queue/fair-share.js';
import type { FollowUps } from '../queue/queues.js';
import { readingEvidence } from '../requests/reading-evidence.js';
import { requestsOpenedToday } from '../requests/requests-opened-today.js';
import { requestFacts } from '../requests/request-facts.js';
import { getRequest, moveState } from '../requests/request-store.js';

/**
 * What validating a request needs: the plan and the database that holds its tables (the
 * inventory), the requester mail and its templates, and what the staff notification carries
 * (staff addresses, the approval secret that signs its codes, the trusted authserv-id).
 */
export type ValidateRequestDeps = RequesterMailDeps & PlanDatabaseDeps & {
  pool: Pool;
  plan: DeletionPlan;
  templates: MailTemplates;
  settings: { botDomain: string; staffEmails: string[]; approvalSecret: string; trustedAuthservId: string | null };
};

/**
 * First step of a received request: ask for the username when it is missing;
 * otherwise take the inventory, acknowledge the sender and ask staff to decide.
 * Runs in one transaction; a second run finds the state moved and does nothing.
 */
export async function validateRequest(deps: ValidateRequestDeps, requestId: string): Promise<FollowUps> {
  return inTransaction(deps.pool, async (tx) => {
    const req = await getRequest(tx, requestId, true);
    if (!req || req.state !== 'received') return {};
    const facts = requestFacts(req);
    const thread = inThread(req.threadMessageId);
    const domain = deps.settings.botDomain;
    const openedToday = await requestsOpenedToday(tx, req.senderEmail);
    const priority = fairPriority(openedToday);
    const templates = deps.templates;

    // A Meta request names Meta's user id, not a username: with no connected account it goes
    // to staff as "no data held" rather than asking a requester who has no mail address.
    if (!req.instagramUsername && req.source !== 'meta') {
      await moveState(tx, req.id, 'received', 'needs_info', { type: 'needs_info', actor: 'bot', detail: { missing: ['instagramUsername'] } });
      const mail = await addRequesterMail(tx, deps, { requestId: req.id, purpose: 'needs_info', to: [req.senderEmail], mail: renderNeedsInfo(templates, facts, req.language), ...thread });
      return { mail, priorities: Object.fromEntries(mail.map((id) => [id, priority])) };
    }

    const inventory = req.instagramUsername ? await takeInventory(planDatabase(deps, tx), deps.plan, req.instagramUsername) : emptyInventory(deps.plan);
    await moveState(tx, req.id, 'received', 'awaiting_approval',
      { type: 'awaiting_approval', actor: 'bot', detail: { accountFound: inventory.accountFound, rows: inventory.lines.map((l) => ({ table: l.table, action: l.action, rows: l.rows })) } },
      // Staff read the excerpts in the notification; the request keeps the counts only.
      { inventory: { ...inventory, mentions: inventory.mentions && { rows: inventory.mentions.rows, examples: [] } } });
    const mail = await addRequesterMail(tx, deps, { requestId: req.id, purpose: 'acknowledgment', to: [req.senderEmail], mail: renderAcknowledgment(templates, facts, req.language), ...thread });
    const priorities: Record<string, number | undefined> = Object.fromEntries(mail.map((id) => [id, priority]));
    const notification = await addToOutbox(tx, {
      requestId: req.id, purpose: 'staff_notification', to: deps.settings.staffEmails, domain,
      mail: renderStaffNotification(facts, inventory, { ...notificationExtras(deps.settings, req), evidence: await readingEvidence(tx, req.id) }),
      messageId: notificationMessageId(deps.settings.approvalSecret, req.id, domain),
    });
    priorities[notification] = fairPriority(openedToday, { staffMail: true });
    return { mail: [...mail, notification], priorities };
  });
}
