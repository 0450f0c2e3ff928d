import type { PoolClient } from '../db/pool.js';
import { fairPriority } from '../queue/fair-share.js';
import type { FollowUps } from '../queue/queues.js';
import { DAY_MS } from '../time/day.js';
import { insertRequests } from './insert-requests.js';
import { lockUsernames } from './lock-usernames.js';
import { newRequestFacts, opensNewRequest, type NewRequestMail } from './new-request-facts.js';
import { requestFromMail, type RequestFromMailSettings } from './request-from-mail.js';

/**
 * Opens many requests at once, with a handful of statements in all instead of about
 * twenty per mail. Only for the plain case: mails that, handled one by one, would each
 * open a new request (no resend of an earlier mail, no answer to a request waiting for its
 * username, no open request for the account). Postgres is asked that for all of them in one
 * query (new-request-facts.ts), first without locks to pick the run, then again under the
 * usernames' locks; if anything changed between the two, nothing is written and the caller
 * handles the mails one by one. The statements are those a mail handled alone runs
 * (docs/REQUEST-STORE.md).
 */

export type { NewRequestMail } from './new-request-facts.js';

/** What opening requests takes: the settings a request from a mail is built with, and the clock. */
export interface OpenNewRequestsDeps {
  settings: RequestFromMailSettings;
  now: () => Date;
}

export interface OpenedTogether {
  /** Messages handled, with the request each opened. */
  opened: { inboundId: string; requestId: string; reference: string; kind: string }[];
  followUps: FollowUps;
}

/**
 * Opens one request per mail in `tx`, if Postgres, under the usernames' locks, still says
 * every one of them opens a new request; returns null, having written nothing, when not.
 * The mails must name distinct usernames and carry distinct Message-IDs (the caller's run).
 */
export async function openNewRequests(tx: PoolClient, deps: OpenNewRequestsDeps, mails: readonly NewRequestMail[]): Promise<OpenedTogether | null> {
  const { rows: unprocessed } = await tx.query(
    `SELECT id FROM inbound_messages WHERE id = ANY($1::uuid[]) AND processed_at IS NULL ORDER BY id FOR UPDATE`,
    [mails.map((m) => m.stored.id)],
  );
  const open = new Set(unprocessed.map((r) => r.id as string));
  // Another run of the same job (a retry, the reconciler's copy) handled some of them already.
  const todo = mails.filter((m) => open.has(m.stored.id));
  if (todo.length === 0) return { opened: [], followUps: {} };

  await lockUsernames(tx, todo.map((m) => m.understanding.instagramUsername).filter((u): u is string => u !== null));
  const facts = await newRequestFacts(tx, todo);
  if (!todo.every((m) => opensNewRequest(facts.get(m.stored.id)))) return null;

  const requests = todo.map((m) => ({
    ...requestFromMail(deps.settings, m.stored, m.mail, m.understanding, m.evidence),
    instagramUsername: m.understanding.instagramUsername,
  }));
  const inserted = await insertRequests(tx, requests, todo.map((m) => m.understanding.kind));

  // Requests each sender opened before this one: those in Postgres and the earlier ones of this run,
  // counted as requestsOpenedToday counts (by when the mail arrived, over the last 24 hours).
  const counted = new Map<string, number>();
  const priorities: Record<string, number | undefined> = {};
  const opened = todo.map((m, i) => {
    const req = inserted[i]!;
    const sender = m.mail.from?.address.toLowerCase() ?? '';
    const earlier = facts.get(m.stored.id)!.openedToday + (counted.get(sender) ?? 0);
    if (req.senderEmail && m.stored.receivedAt.getTime() > deps.now().getTime() - DAY_MS) {
      const key = req.senderEmail.toLowerCase();
      counted.set(key, (counted.get(key) ?? 0) + 1);
    }
    priorities[req.id] = fairPriority(earlier + 1);
    return { inboundId: m.stored.id, requestId: req.id, reference: req.reference, kind: m.understanding.kind };
  });
  return { opened, followUps: { requests: opened.map((o) => ({ id: o.requestId, state: 'received' })), priorities } };
}
