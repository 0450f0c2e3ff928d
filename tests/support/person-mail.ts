/**
 * A mail from a person to the company, as the reader's unit tests build it: one builder, so
 * every test reads the same shape of mail and says only what its case changes (sender,
 * thread ids, reply-to, html, headers).
 */
import type { InboundMail, MailAddress, UnderstandOptions } from '../../src/understanding/types.js';

/** The company the reader works for: one staff address, the bot's address, its own handle. */
export const READER_OPTS: UnderstandOptions = {
  staffEmails: ['staff@pickrtech.com'], botAddress: 'contact@pickrtech.com', ownHandles: ['pickrtech'],
};

export interface PersonMailOptions {
  /** Sender address; person@example.com unless given. */
  from?: string;
  /** Sender display name; empty unless given. */
  name?: string;
  inReplyTo?: string[];
  references?: string[];
  replyTo?: MailAddress[];
  html?: string | null;
  headers?: Record<string, string[]>;
}

export function personMail(text: string, subject = '', o: PersonMailOptions = {}): InboundMail {
  return {
    messageId: 'm1@example.com', inReplyTo: o.inReplyTo ?? [], references: o.references ?? [], subject,
    from: { address: o.from ?? 'person@example.com', name: o.name ?? '' }, replyTo: o.replyTo ?? [], to: [], date: null,
    headers: o.headers ?? {}, text, html: o.html ?? null,
  };
}
