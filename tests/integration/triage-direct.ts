// Opens a possible request the way intake does: the raw mail, one the reader cannot settle
// (kind `possible_request`: it asks for deletion and also to keep the account), is stored as
// the poller stores it and handled as the inbound job does; src/triage/open-triage.ts keeps
// it for triage and writes staff's notification. For tests that move the clock and call
// features directly, without mail servers.
import { randomUUID } from 'node:crypto';
import type { TestBotContext } from '../support/bot-context.js';
import { storeOne } from '../support/stored-mail.js';
import { handleOne, rawMail } from './file-request-direct.js';

let uid = 900_000;

export interface PossibleRequest {
  from: string;
  /** The handle the mail names; none by default. */
  suggested?: string | null;
  /** English (the default) or German. */
  language?: 'en' | 'de';
  at: Date;
}

/** A request that contradicts itself, naming `handle` if given: the reader leaves it to staff. */
function doubtfulWords(language: 'en' | 'de', handle: string | null): string {
  if (language === 'de') {
    return `Bitte löschen Sie meine Daten. Nein, bitte nicht löschen, ich habe das nicht beantragt.${handle ? ` Benutzername: ${handle}` : ''}`;
  }
  return `Hi, please delete my Instagram data${handle ? `, my handle is @${handle}` : ''}. But keep my account, I still use it.`;
}

/** Stores a mail received at `at` and handles it; resolves with the possible request's id and reference, and its staff notice (null past the hourly cap). */
export async function triageDirect(ctx: TestBotContext, p: PossibleRequest): Promise<{ id: string; reference: string; notice: string | null }> {
  uid += 1;
  const raw = rawMail({
    from: p.from, subject: 'My data', messageId: `maybe-${randomUUID()}@example.com`, date: p.at,
    text: doubtfulWords(p.language ?? 'en', p.suggested ?? null),
  });
  const inboundId = await storeOne(ctx.pool, ctx.settings.mailbox, 1, { uid, source: raw, internalDate: p.at });
  if (!inboundId) throw new Error('the message was already stored');
  const kind = await handleOne(ctx, inboundId);
  if (kind !== 'possible_request') throw new Error(`the mail was read as ${kind}, not as a possible request`);
  const { rows: [r] } = await ctx.pool.query(
    `SELECT r.id, r.reference, (SELECT o.id FROM outbox o WHERE o.request_id = r.id AND o.purpose = 'staff_triage') AS notice
       FROM inbound_messages m JOIN requests r ON r.id = m.request_id WHERE m.id = $1`,
    [inboundId],
  );
  return { id: r.id as string, reference: r.reference as string, notice: (r.notice as string | null) ?? null };
}
