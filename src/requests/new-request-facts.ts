import type { Queryable } from '../db/pool.js';
import { plannedEachRun } from '../db/prepared-statements.js';
import type { StoredMessage } from '../mail-in/stored-message.js';
import { resentCondition } from '../mail-in/resent-mail.js';
import type { Evidence } from '../understanding/evidence.js';
import type { InboundMail, Understanding } from '../understanding/types.js';
import { answers, answerThread } from './needs-info-answered.js';
import { openFor } from './open-request-for-username.js';
import { openedTodayBy } from './requests-opened-today.js';
import { OPEN_STATES } from './state-rules.js';

/** A mail the reader found to be a request, with what it read. */
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
  /** The mail answers a request waiting for its username. */
  mayAnswer: boolean;
  /** Requests the sender opened in the last 24 hours. */
  openedToday: number;
}

/** True when the mail, handled alone, would open a new request. */
export function opensNewRequest(f: NewRequestFacts | undefined): boolean {
  return f !== undefined && !f.openExists && !f.resent && !f.mayAnswer;
}

/**
 * What Postgres knows about each mail that decides whether it opens a request, by inbound id,
 * in one query: the same conditions the mail handled alone meets one statement at a time
 * (resent-mail.ts, needs-info-answered.ts, open-request-for-username.ts, requests-opened-today.ts).
 */
export async function newRequestFacts(db: Queryable, mails: readonly NewRequestMail[]): Promise<Map<string, NewRequestFacts>> {
  if (mails.length === 0) return new Map();
  const rows = mails.map((m) => {
    const thread = answerThread(m.mail);
    return {
      id: m.stored.id,
      username: m.understanding.instagramUsername,
      sender: m.mail.from?.address ?? null,
      thread: thread?.ids ?? [],
      reference: thread?.reference ?? null,
      complete: m.understanding.kind === 'deletion_request',
    };
  });
  // The open request is counted, not tested with EXISTS: Postgres may answer an EXISTS by
  // hashing every open request, all of them read for each group however few it names; a
  // count looks each username up in its index.
  const { rows: facts } = await db.query(plannedEachRun(
    `SELECT c.id,
       (c.username IS NOT NULL AND (SELECT count(*) FROM requests r WHERE ${openFor('r', 'c.username', '$2')}) > 0) AS open_exists,
       (c.sender IS NOT NULL AND ${resentCondition('me', 'c.sender')}) AS resent,
       (c.sender IS NOT NULL AND EXISTS (
          SELECT 1 FROM requests r WHERE ${answers('r', { thread: 'c.thread', reference: 'c.reference', sender: 'c.sender', complete: 'c.complete' })})) AS may_answer,
       (SELECT count(*)::int FROM requests r WHERE c.sender IS NOT NULL AND ${openedTodayBy('r', 'c.sender')}) AS opened_today
     FROM jsonb_to_recordset($1::jsonb) AS c(id uuid, username text, sender text, thread text[], reference text, complete boolean)
     JOIN inbound_messages me ON me.id = c.id`,
    [JSON.stringify(rows), OPEN_STATES],
  ));
  return new Map(facts.map((f) => [f.id as string, {
    openExists: f.open_exists === true, resent: f.resent === true, mayAnswer: f.may_answer === true, openedToday: Number(f.opened_today),
  }]));
}
