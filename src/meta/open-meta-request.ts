import { randomBytes } from 'node:crypto';
import { inTransaction, type Pool, type Queryable } from '../db/pool.js';
import type { DeletionPlan } from '../deletion/deletion-plan.js';
import type { Logger } from '../log/logger.js';
import { enqueueFollowUps, type Queues } from '../queue/queues.js';
import { dueDate } from '../requests/due-date.js';
import { findOpenRequest } from '../requests/open-request-for-username.js';
import { lockUsername } from '../requests/lock-usernames.js';
import { addEvent, insertRequest } from '../requests/request-store.js';
import { OPEN_STATES } from '../requests/state-rules.js';
import { accountForMetaUser } from './meta-account.js';
import { planDatabase, type PlanDatabaseDeps } from '../deletion/plan-database.js';

/** The statement staff read for a request that came through Meta rather than in words. */
export const META_STATEMENT = "Data deletion requested through Meta: the user removed PickrTech's app in their Instagram or Meta settings and asked for their data to be deleted.";

/** What a data-deletion callback needs: the plan's account table (in whichever database holds it), the queues, the due-date rule. */
export type OpenMetaRequestDeps = PlanDatabaseDeps & {
  pool: Pool;
  queues: Queues;
  log: Logger;
  plan: DeletionPlan;
  now: () => Date;
  settings: { slaDays: number };
};

export interface MetaRequestOpened {
  reference: string;
  /** Public code of the status page. */
  statusCode: string;
  /** True when the callback joined a request already open for this user. */
  joined: boolean;
}

/** 144 random bits, URL-safe: public on a status link, never guessable. */
export function newStatusCode(): string {
  return randomBytes(18).toString('base64url');
}

/**
 * Opens a request of source `meta` for the app-scoped user id of a verified data-deletion
 * callback, or joins the request already open for that user (or for the account's
 * username, however it was opened): one case, one status code. The validation job is
 * queued after the commit; the reconciler re-queues it if the process dies first.
 */
export async function openMetaRequest(deps: OpenMetaRequestDeps, userId: string): Promise<MetaRequestOpened> {
  const outcome = await inTransaction(deps.pool, async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('deletion-bot:meta-user'), hashtext($1))`, [userId]);
    const account = await accountForMetaUser(planDatabase(deps, tx), deps.plan, userId);
    const open = await openForMetaUser(tx, userId);
    if (open) return joined(tx, deps.now(), open, userId, account !== null);
    if (account) {
      await lockUsername(tx, account.username);
      const byName = await findOpenRequest(tx, account.username);
      if (byName) {
        const { rows } = await tx.query(
          `UPDATE requests SET meta_user_id = coalesce(meta_user_id, $2), status_code = coalesce(status_code, $3), updated_at = now()
            WHERE id = $1 RETURNING id, reference, status_code`,
          [byName.id, userId, newStatusCode()],
        );
        return joined(tx, deps.now(), { id: rows[0].id, reference: rows[0].reference, statusCode: rows[0].status_code }, userId, true);
      }
    }
    const now = deps.now();
    const req = await insertRequest(tx, {
      instagramUsername: account?.username ?? null,
      senderEmail: null,
      confirmationEmail: null,
      confirmationSource: null,
      statement: META_STATEMENT,
      sourceMessageId: null,
      threadMessageId: null,
      receivedAt: now,
      dueAt: dueDate(now, deps.settings.slaDays),
      language: 'en',
      source: 'meta',
      metaUserId: userId,
      statusCode: newStatusCode(),
    });
    await recordCallback(tx, now, userId, account !== null, req.id, { opened: true });
    return { opened: { reference: req.reference, statusCode: req.statusCode as string, joined: false }, requestId: req.id };
  });
  if (outcome.requestId) await enqueueFollowUps(deps.queues, { requests: [{ id: outcome.requestId, state: 'received' }] });
  deps.log.info({ component: 'meta', ref: outcome.opened.reference, joined: outcome.opened.joined }, 'Meta data-deletion callback');
  return outcome.opened;
}

interface OpenMetaRow {
  id: string;
  reference: string;
  statusCode: string;
}

async function openForMetaUser(db: Queryable, userId: string): Promise<OpenMetaRow | null> {
  const { rows } = await db.query(
    `SELECT id, reference, status_code FROM requests WHERE meta_user_id = $1 AND state = ANY($2) LIMIT 1 FOR SHARE`,
    [userId, OPEN_STATES],
  );
  return rows[0] ? { id: rows[0].id, reference: rows[0].reference, statusCode: rows[0].status_code } : null;
}

async function joined(db: Queryable, at: Date, open: OpenMetaRow, userId: string, accountFound: boolean) {
  await addEvent(db, open.id, { type: 'meta_callback_joined', actor: 'meta', detail: {} });
  await recordCallback(db, at, userId, accountFound, open.id, { joined: true });
  return { opened: { reference: open.reference, statusCode: open.statusCode, joined: true }, requestId: null as string | null };
}

/** Records one callback, stamped by the bot's clock (the one the retention purge reads). */
export async function recordCallback(
  db: Queryable, at: Date, userId: string, accountFound: boolean, requestId: string | null, detail: Record<string, unknown>,
  kind: 'data_deletion' | 'deauthorize' = 'data_deletion',
): Promise<void> {
  await db.query(
    `INSERT INTO meta_callbacks (kind, meta_user_id, account_found, request_id, detail, at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [kind, userId, accountFound, requestId, JSON.stringify(detail), at],
  );
}
