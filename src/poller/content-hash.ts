import { createHash } from 'node:crypto';

/**
 * Trace fields that each delivery prepends (RFC 5321 section 4.4 and common
 * MTA/LDA additions). The same message delivered again, or restored into a
 * recreated mailbox, differs from its first copy only in these.
 */
const TRACE_FIELD = /^(received|return-path|delivered-to|x-original-to|x-delivered-to|envelope-to|x-envelope-to)$/i;

/** How far we look for the leading trace block; a header that long is hostile. */
const SCAN_LIMIT = 256 * 1024;

/** Byte offset where the message proper begins: after the leading trace fields. */
export function contentStart(source: Buffer): number {
  const end = Math.min(source.length, SCAN_LIMIT);
  let pos = 0;
  while (pos < end) {
    // One field: its first line and every continuation line (starting with space or tab).
    const colon = source.indexOf(0x3a, pos);
    const eol = source.indexOf(0x0a, pos);
    if (colon < 0 || (eol >= 0 && eol < colon)) return pos;
    if (!TRACE_FIELD.test(source.subarray(pos, colon).toString('latin1').trim())) return pos;
    let next = eol < 0 ? source.length : eol + 1;
    while (next < end && (source[next] === 0x20 || source[next] === 0x09)) {
      const more = source.indexOf(0x0a, next);
      next = more < 0 ? source.length : more + 1;
    }
    pos = next;
  }
  return pos >= source.length ? 0 : pos;
}

/**
 * SHA-256 of a message without its leading trace fields: with the Message-ID,
 * the identity that keeps a message handled once even when the server hands
 * it to us again under new UIDs.
 */
export function contentHash(source: Buffer): string {
  return createHash('sha256').update(source.subarray(contentStart(source))).digest('hex');
}
