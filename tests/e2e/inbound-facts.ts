import type { BotStack } from '../support/bot-stack.js';
import { bare } from './mail-facts.js';

/** What the bot made of one received mail, as the staff CLI and the database show it. */
export interface HandledMail {
  kind: string;
  requestId: string | null;
  reference: string | null;
}

/**
 * Waits until the bot has handled the mail with this Message-ID. Handling is
 * one transaction that also writes any answer to the outbox, so once it is
 * done, every mail that handling would cause is already decided.
 */
export async function waitHandled(t: BotStack, messageId: string, timeoutMs = 20_000): Promise<HandledMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await t.db.pool.query(
      `SELECT i.kind, i.request_id, r.reference FROM inbound_messages i LEFT JOIN requests r ON r.id = i.request_id
        WHERE i.message_id = $1 AND i.processed_at IS NOT NULL`,
      [bare(messageId)],
    );
    if (rows[0]) return { kind: rows[0].kind, requestId: rows[0].request_id, reference: rows[0].reference };
    if (Date.now() > deadline) throw new Error(`the bot did not handle <${bare(messageId)}> within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Events of a request by type, oldest first. */
export async function eventsOf(t: BotStack, reference: string): Promise<{ type: string; detail: Record<string, unknown> }[]> {
  const { rows } = await t.db.pool.query(
    `SELECT e.type, e.detail FROM request_events e JOIN requests r ON r.id = e.request_id WHERE r.reference = $1 ORDER BY e.id`,
    [reference],
  );
  return rows;
}

/** Every address the bot ever wrote (or queued) a mail to. */
export async function outboxAddresses(t: BotStack): Promise<string[]> {
  const { rows } = await t.db.pool.query(`SELECT DISTINCT unnest(to_addresses) AS a FROM outbox ORDER BY a`);
  return rows.map((r) => r.a as string);
}
