import type { BotContext } from '../app/context.js';
import type { PoolClient } from '../db/pool.js';
import type { StoredMessage } from '../intake/inbound-store.js';
import type { FollowUps } from '../queue/queues.js';
import type { InboundMail, Understanding } from '../understanding/types.js';
import { dueDate } from './due-date.js';
import { insertRequest } from './request-store.js';

/** Records a new request from an understood mail; validation runs as the next job. */
export async function openRequest(
  tx: PoolClient,
  ctx: BotContext,
  stored: StoredMessage,
  mail: InboundMail,
  u: Understanding,
): Promise<{ kind: string; requestId: string; followUps: FollowUps }> {
  const sender = mail.from?.address ?? null;
  const req = await insertRequest(tx, {
    instagramUsername: u.instagramUsername,
    // The bot never writes to itself, whatever a forged From says.
    senderEmail: sender && sender !== ctx.settings.botAddress ? sender : null,
    confirmationEmail: u.confirmationEmail,
    confirmationSource: u.confirmationSource,
    statement: u.statement,
    sourceMessageId: stored.id,
    threadMessageId: mail.messageId,
    receivedAt: stored.receivedAt,
    dueAt: dueDate(stored.receivedAt, ctx.settings.slaDays),
    language: u.language ?? 'en',
  });
  ctx.log.info({ component: 'requests', ref: req.reference, kind: u.kind }, 'request opened');
  return { kind: u.kind, requestId: req.id, followUps: { requests: [{ id: req.id, state: 'received' }] } };
}
