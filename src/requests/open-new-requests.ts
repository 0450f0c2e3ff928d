import type { BotContext } from '../app/context.js';
import type { PoolClient, Queryable } from '../db/pool.js';
import { plannedEachRun } from '../db/prepared-statements.js';
import type { StoredMessage } from '../mail-in/stored-message.js';
import { resentCondition } from '../mail-in/resent-mail.js';
import { senderAuthOf } from '../mail-in/authentication-results.js';
import { isBotAddress } from '../mail-out/recipient-policy.js';
import { fairPriority } from '../queue/fair-share.js';
import type { FollowUps } from '../queue/queues.js';
import { DAY_MS } from '../time/day.js';
import type { Evidence } from '../understanding/evidence.js';
import type { InboundMail, Understanding } from '../understanding/types.js';
import { dueDate } from './due-date.js';
import { formatReference, findReference } from './reference.js';
import { OPEN_STATES } from './state-rules.js';

/**
 * Opens many requests at once, with a handful of statements in all instead of about
 * twenty per mail. Only for the plain case: mails that, handled one by one, would each
 * open a new request (handle-stored-message.ts: no resend of an earlier mail, no answer
 * to a request waiting for its username, no open request for the account). Postgres is
 * asked that for all of them in one query ({@link newRequestFacts}), first without locks
 * to pick the run, then again under the usernames' locks; if anything changed between
 * the two, nothing is written and the caller handles the mails one by one.
 */

export interface NewRequestMail {
  stored: StoredMessage;
  mail: InboundMail;
  understanding: Understanding;
  evidence: Evidence;
}

export interface NewRequestFacts {
  /** An open request for the same account exists: the mail would join it. */
  openExists: boolean;
  /** An earlier mail with the same Message-ID from the same sender was acted on. */
  resent: boolean;
  /** The mail could answer a request waiting for its username. */
  mayAnswer: boolean;
  /** Requests the sender opened in the last 24 hours. */
  openedToday: number;
}

/** True when the mail, handled alone, would open a new request. */
export function opensNewRequest(f: NewRequestFacts | undefined): boolean {
  return f !== undefined && !f.openExists && !f.resent && !f.mayAnswer;
}

/** What Postgres knows about each mail that decides whether it opens a request, by inbound id (one query). */
export async function newRequestFacts(db: Queryable, mails: readonly NewRequestMail[]): Promise<Map<string, NewRequestFacts>> {
  if (mails.length === 0) return new Map();
  const rows = mails.map((m) => ({
    id: m.stored.id,
    username: m.understanding.instagramUsername,
    sender: m.mail.from?.address ?? null,
    thread: [...m.mail.inReplyTo, ...m.mail.references],
    reference: findReference(m.mail.subject),
    complete: m.understanding.kind === 'deletion_request',
  }));
  // The open request is counted, not tested with EXISTS: Postgres may answer an EXISTS by
  // hashing every open request, all of them read for each group however few it names; a
  // count looks each username up in its index.
  const { rows: facts } = await db.query(plannedEachRun(
    `SELECT c.id,
       (c.username IS NOT NULL AND (
          SELECT count(*) FROM requests r WHERE lower(r.instagram_username) = lower(c.username) AND r.state = ANY($2)) > 0) AS open_exists,
       (c.sender IS NOT NULL AND ${resentCondition('me', 'c.sender')}) AS resent,
       (c.sender IS NOT NULL AND (
          ((cardinality(c.thread) > 0 OR c.reference IS NOT NULL) AND EXISTS (
             SELECT 1 FROM requests r WHERE r.state = 'needs_info'
                AND ( EXISTS (SELECT 1 FROM outbox o WHERE o.request_id = r.id AND o.message_id = ANY(c.thread))
                      OR r.thread_message_id = ANY(c.thread) OR r.reference = c.reference )))
          OR (c.complete AND EXISTS (SELECT 1 FROM requests r WHERE r.state = 'needs_info' AND r.sender_email = c.sender)))) AS may_answer,
       (SELECT count(*)::int FROM requests r
         WHERE c.sender IS NOT NULL AND lower(r.sender_email) = lower(c.sender) AND r.received_at > now() - interval '1 day') AS opened_today
     FROM jsonb_to_recordset($1::jsonb) AS c(id uuid, username text, sender text, thread text[], reference text, complete boolean)
     JOIN inbound_messages me ON me.id = c.id`,
    [JSON.stringify(rows), OPEN_STATES],
  ));
  return new Map(facts.map((f) => [f.id as string, {
    openExists: f.open_exists === true, resent: f.resent === true, mayAnswer: f.may_answer === true, openedToday: Number(f.opened_today),
  }]));
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
export async function openNewRequests(tx: PoolClient, ctx: BotContext, mails: readonly NewRequestMail[]): Promise<OpenedTogether | null> {
  const { rows: unprocessed } = await tx.query(
    `SELECT id FROM inbound_messages WHERE id = ANY($1::uuid[]) AND processed_at IS NULL ORDER BY id FOR UPDATE`,
    [mails.map((m) => m.stored.id)],
  );
  const open = new Set(unprocessed.map((r) => r.id as string));
  // Another run of the same job (a retry, the reconciler's copy) handled some of them already.
  const todo = mails.filter((m) => open.has(m.stored.id));
  if (todo.length === 0) return { opened: [], followUps: {} };

  const usernames = todo.map((m) => m.understanding.instagramUsername).filter((u): u is string => u !== null);
  if (usernames.length > 0) {
    // The same lock as lockUsername, taken in one order so that two runs cannot deadlock.
    await tx.query(
      `SELECT pg_advisory_xact_lock(hashtext('deletion-bot:open-request'), h)
         FROM (SELECT DISTINCT hashtext(lower(u)) AS h FROM unnest($1::text[]) AS u ORDER BY h) AS locks`,
      [usernames],
    );
  }
  const facts = await newRequestFacts(tx, todo);
  if (!todo.every((m) => opensNewRequest(facts.get(m.stored.id)))) return null;

  const references = await nextReferences(tx, todo.map((m) => m.stored.receivedAt.getUTCFullYear()));
  const s = ctx.settings;
  const counted = new Map<string, number>();
  const priorities: Record<string, number | undefined> = {};
  const rows = todo.map((m, i) => {
    const u = m.understanding;
    const sender = m.mail.from?.address ?? null;
    const senderEmail = sender && !isBotAddress(sender, s.botAddress) ? sender : null;
    // Requests this sender opened before this one: those in Postgres and the earlier ones of this run.
    const earlier = facts.get(m.stored.id)!.openedToday + (counted.get(sender?.toLowerCase() ?? '') ?? 0);
    // Counted as requestsOpenedToday counts: by when the mail arrived, over the last 24 hours.
    if (senderEmail && m.stored.receivedAt.getTime() > ctx.now().getTime() - DAY_MS) {
      counted.set(senderEmail.toLowerCase(), (counted.get(senderEmail.toLowerCase()) ?? 0) + 1);
    }
    return {
      reference: references[i]!,
      instagram_username: u.instagramUsername,
      sender_email: senderEmail,
      confirmation_email: u.confirmationEmail,
      confirmation_source: u.confirmationSource,
      statement: u.statement,
      source_message_id: m.stored.id,
      thread_message_id: m.mail.messageId,
      received_at: m.stored.receivedAt.toISOString(),
      due_at: dueDate(m.stored.receivedAt, s.slaDays).toISOString(),
      language: u.language ?? 'en',
      sender_auth: senderAuthOf(m.mail.headers, s.trustedAuthservId),
      evidence: m.evidence,
      kind: u.kind,
      priority: fairPriority(earlier + 1),
    };
  });
  const { rows: inserted } = await tx.query(plannedEachRun(
    `WITH x AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(reference text, instagram_username text, sender_email text,
         confirmation_email text, confirmation_source text, statement text, source_message_id uuid, thread_message_id text,
         received_at timestamptz, due_at timestamptz, language text, sender_auth jsonb, evidence jsonb, kind text)
     ), r AS (
       INSERT INTO requests (reference, state, instagram_username, sender_email, confirmation_email, confirmation_source,
         statement, source_message_id, thread_message_id, received_at, due_at, language, sender_auth, source)
       SELECT reference, 'received', instagram_username, sender_email, confirmation_email, confirmation_source,
         statement, source_message_id, thread_message_id, received_at, due_at, language, sender_auth, 'email' FROM x
       RETURNING id, reference, source_message_id
     ), e AS (
       INSERT INTO request_events (request_id, type, from_state, to_state, actor, detail)
       SELECT r.id, 'received', NULL, 'received', 'intake', jsonb_build_object('evidence', x.evidence)
         FROM r JOIN x ON x.reference = r.reference
     ), m AS (
       UPDATE inbound_messages SET kind = x.kind, request_id = r.id, processed_at = now()
         FROM r JOIN x ON x.reference = r.reference WHERE inbound_messages.id = r.source_message_id
     )
     SELECT id, reference, source_message_id FROM r`,
    [JSON.stringify(rows)],
  ));
  const byMessage = new Map(inserted.map((r) => [r.source_message_id as string, { id: r.id as string, reference: r.reference as string }]));
  const opened = rows.map((row) => {
    const req = byMessage.get(row.source_message_id)!;
    priorities[req.id] = row.priority;
    return { inboundId: row.source_message_id, requestId: req.id, reference: req.reference, kind: row.kind };
  });
  return { opened, followUps: { requests: opened.map((o) => ({ id: o.requestId, state: 'received' })), priorities } };
}

/** The next reference of each given year, in order: one counter update per distinct year. */
async function nextReferences(tx: PoolClient, years: readonly number[]): Promise<string[]> {
  const wanted = new Map<number, number>();
  for (const y of years) wanted.set(y, (wanted.get(y) ?? 0) + 1);
  const next = new Map<number, number>();
  // In year order: two runs spanning the same years lock their counters in the same order.
  for (const [year, n] of [...wanted].sort((a, b) => a[0] - b[0])) {
    const { rows } = await tx.query(
      `INSERT INTO reference_counters (year, last_value) VALUES ($1, $2)
       ON CONFLICT (year) DO UPDATE SET last_value = reference_counters.last_value + $2
       RETURNING last_value`,
      [year, n],
    );
    next.set(year, (rows[0].last_value as number) - n + 1);
  }
  return years.map((y) => {
    const counter = next.get(y)!;
    next.set(y, counter + 1);
    return formatReference(y, counter);
  });
}
