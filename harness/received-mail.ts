// What a test sees of a message in a mailbox: the parsed fields a person would look at,
// plus the raw source and whether it was read.
import { simpleParser } from 'mailparser';
import type { AddressObject, HeaderValue } from 'mailparser';

export interface ReceivedMail {
  uid: number;
  messageId: string | undefined;
  inReplyTo: string | undefined;
  references: string[];
  /** Address of the From header ('' if there is none). */
  from: string;
  /** Addresses of the To header. */
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  /** Lower-cased header names to mailparser's parsed values. */
  headers: Map<string, HeaderValue>;
  raw: Buffer;
  /** The \Seen flag is set. */
  seen: boolean;
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((o) => o.value).flatMap((a) => (a.address ? [a.address] : []));
}

export async function parseReceived(uid: number, raw: Buffer, seen: boolean): Promise<ReceivedMail> {
  const parsed = await simpleParser(raw);
  const references = parsed.references;
  return {
    uid,
    messageId: parsed.messageId,
    inReplyTo: parsed.inReplyTo,
    references: references === undefined ? [] : Array.isArray(references) ? references : references.split(/\s+/).filter(Boolean),
    from: addresses(parsed.from)[0] ?? '',
    to: addresses(parsed.to),
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : null,
    headers: parsed.headers,
    raw,
    seen,
  };
}
