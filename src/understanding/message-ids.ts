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
