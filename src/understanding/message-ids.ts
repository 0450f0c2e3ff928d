/** Message-IDs of the bot's own mail: stable per outbox row, in the bot's domain. */

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at >= 0 ? address.slice(at + 1).toLowerCase() : address.toLowerCase();
}

export function outboxMessageId(purpose: string, outboxId: string, domain: string): string {
  return `dr-${purpose}.${outboxId}@${domain}`;
}

/** True for a Message-ID the bot itself minted: its own mail coming back. */
export function isOwnMessageId(messageId: string | null, domain: string): boolean {
  if (!messageId) return false;
  const id = messageId.toLowerCase();
  return id.startsWith('dr-') && id.endsWith(`@${domain}`);
}

/**
 * True for a thread id of a mail the company sent: its Message-ID in our domain, whatever the
 * part before the @ and with or without the angle brackets it is written in ("<req-6012@…>").
 * Only our own mail servers mint ids in our domain, so a mail naming one answers our mail.
 */
export function isOurThreadId(messageId: string, domain: string): boolean {
  const id = messageId.trim().replace(/^</, '').replace(/>$/, '').toLowerCase();
  const at = id.lastIndexOf('@');
  return at > 0 && id.slice(at + 1) === domain;
}
