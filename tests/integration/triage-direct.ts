// Opens a possible request the way intake does for a mail the reader is unsure of (kind
// `possible_request`): the raw mail is stored as the poller stores it and src/triage/
// open-triage.ts keeps it for triage and writes staff's notification. For tests that move
// the clock and call features directly, without mail servers or the reader's verdict.
import { randomUUID } from 'node:crypto';
import type { BotContext } from '../../src/app/context.js';
import { inTransaction } from '../../src/db/pool.js';
import { markProcessed } from '../../src/intake/inbound-store.js';
import { loadUnhandled, storeOne } from '../support/stored-mail.js';
import { readMail } from '../../src/mail-in/read-mail.js';
import { openTriage } from '../../src/triage/open-triage.js';
import type { Evidence } from '../../src/understanding/evidence.js';
import type { LanguageCode } from '../../src/understanding/language.js';
import { rawMail } from './file-request-direct.js';

let uid = 900_000;

export interface PossibleRequest {
  from: string;
  /** The handle the reader would suggest; none by default. */
  suggested?: string | null;
  text?: string;
  language?: LanguageCode | null;
  at: Date;
}

/** Stores a mail received at `at` and opens it for triage; resolves with the request id and reference. */
export async function triageDirect(ctx: BotContext, p: PossibleRequest): Promise<{ id: string; reference: string; notice: string | null }> {
  uid += 1;
  const raw = rawMail({
    from: p.from, subject: 'My data', messageId: `maybe-${randomUUID()}@example.com`, date: p.at,
    text: p.text ?? 'Hello, I do not use your app any more. What do you keep about me?',
  });
  const inboundId = await storeOne(ctx.pool, ctx.settings.mailbox, 1, { uid, source: raw, internalDate: p.at });
  if (!inboundId) throw new Error('the message was already stored');
  const stored = await loadUnhandled(ctx.pool, inboundId);
  const mail = await readMail(raw);
  const evidence: Evidence = {
    kind: { rule: 'kind.signs', confidence: 'low' }, username: p.suggested ? { rule: 'username.at-handle', confidence: 'low' } : null,
    confirmation: { rule: 'confirmation.sender', confidence: 'high' }, language: null, confidence: 'low',
  };
  return inTransaction(ctx.pool, async (tx) => {
    const opened = await openTriage(tx, ctx, stored, mail, {
      kind: 'possible_request', instagramUsername: p.suggested ?? null, confirmationEmail: p.from, confirmationSource: 'sender',
      statement: null, missing: p.suggested ? [] : ['instagramUsername'], language: p.language ?? null,
    }, evidence);
    await markProcessed(tx, inboundId, opened.kind, opened.requestId);
    const { rows } = await tx.query(`SELECT reference FROM requests WHERE id = $1`, [opened.requestId]);
    return { id: opened.requestId!, reference: rows[0].reference as string, notice: opened.followUps.mail?.[0] ?? null };
  });
}
