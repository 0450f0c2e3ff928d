import type { Queryable } from '../db/pool.js';
import type { Logger } from '../log/logger.js';
import { addEvent } from './request-store.js';
import { addToOutbox, type MailPurpose, type NewMail } from '../mail-out/outbox-store.js';
import { withheldReason, type WithheldReason } from '../mail-out/recipient-policy.js';

/**
 * Mail to a requester (as opposed to staff) goes through here: invalid and
 * machine addresses and the bot's own address never get one, and the
 * automatic answers (acknowledgment, needs-info, duplicate notice) to one
 * address are capped per 24 hours (REPLY_RATE_LIMIT_PER_DAY) so a loop or a
 * flood cannot turn the bot into a mail cannon. Decisions staff made
 * (completion, rejection, extension) are owed to the person and are not
 * capped. Every address left out is recorded on the request, without the
 * address itself.
 */

export const AUTOMATIC_ANSWERS: readonly MailPurpose[] = ['acknowledgment', 'needs_info', 'duplicate_notice'];

export type RequesterMail = Omit<NewMail, 'to' | 'domain'> & { to: readonly (string | null | undefined)[] };

/** What writing a requester's mail needs: the bot's own address (never written to), its Message-ID domain, the daily cap, a log. */
export interface RequesterMailDeps {
  log: Logger;
  settings: { botAddress: string; botDomain: string; replyRateLimitPerDay: number };
}

/** Returns the outbox ids written (none when every recipient was withheld), to enqueue after commit. */
export async function addRequesterMail(db: Queryable, deps: RequesterMailDeps, m: RequesterMail): Promise<string[]> {
  const wanted = [...new Set(m.to.filter((a): a is string => Boolean(a?.trim())).map((a) => a.trim().toLowerCase()))];
  const capped = AUTOMATIC_ANSWERS.includes(m.purpose);
  const to: string[] = [];
  const withheld: WithheldReason[] = [];
  for (const address of wanted) {
    const why = withheldReason(address, deps.settings.botAddress)
      ?? (capped && (await answersToday(db, address)) >= deps.settings.replyRateLimitPerDay ? 'rate_limit' : null);
    if (why) withheld.push(why);
    else to.push(address);
  }
  if (m.requestId) {
    for (const reason of withheld) await addEvent(db, m.requestId, { type: 'mail_withheld', actor: 'bot', detail: { purpose: m.purpose, reason } });
  }
  if (withheld.length > 0) {
    deps.log.info({ component: 'mail-out', requestId: m.requestId, purpose: m.purpose, withheld }, 'mail withheld from some recipients');
  }
  if (to.length === 0) return [];
  return [await addToOutbox(db, { ...m, to, domain: deps.settings.botDomain })];
}

/** Mails of the given purposes ($2) written to an address ($1) in the last 24 hours. */
export const ANSWERS_TODAY = `SELECT count(*)::int AS n FROM outbox
  WHERE to_addresses @> ARRAY[$1]::text[] AND purpose = ANY($2) AND created_at > now() - interval '1 day'`;

/**
 * Automatic answers written to this address in the last 24 hours. The address
 * is locked for the rest of the transaction first: two answers written at once
 * (several workers) would otherwise both count the same total and both pass.
 * The window is measured by the database clock, the clock that stamped the rows.
 */
async function answersToday(db: Queryable, address: string): Promise<number> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtext('deletion-bot:reply-rate'), hashtext($1))`, [address]);
  const { rows } = await db.query(ANSWERS_TODAY, [address, AUTOMATIC_ANSWERS]);
  return rows[0].n as number;
}
