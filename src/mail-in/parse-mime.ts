/**
 * mailparser's simpleParser for what read-mail.ts reads: the headers, the text and the HTML,
 * from mailparser's own parser, so they are exactly what simpleParser gives. What
 * simpleParser also builds, and nothing reads, is left out:
 *  - the plain text converted to HTML (`textAsHtml`) of a mail without an HTML part: for a
 *    plain-text mail a tenth to a fifth of its parsing;
 *  - the attachments' contents, buffered whole (megabytes of pictures and documents), and
 *    their checksums: each attachment is let go as soon as the parser offers it.
 */
import { MailParser } from 'mailparser';
import type { AttachmentStream, MailParserOptions, MessageText, ParsedMail } from 'mailparser';

/** The header fields simpleParser copies onto the parsed mail, by their name in it. */
const FIELDS = [
  ['subject', 'subject'], ['references', 'references'], ['date', 'date'], ['to', 'to'], ['from', 'from'], ['cc', 'cc'],
  ['bcc', 'bcc'], ['message-id', 'messageId'], ['in-reply-to', 'inReplyTo'], ['reply-to', 'replyTo'],
] as const;

/**
 * Converts a plain part to HTML only in a mail with an HTML part, the one place its HTML is
 * read: mailparser shows a plain part beside HTML parts (outside multipart/alternative) by
 * adding it to the HTML. Without an HTML part the only conversion is `textAsHtml`.
 */
class ReadingParser extends MailParser {
  override textToHtml(str: string): string {
    return (this as unknown as { hasHtml: boolean }).hasHtml ? super.textToHtml(str) : '';
  }
}

/** Parses `raw` as simpleParser does, without attachments (`attachments` is empty) and without `textAsHtml`. */
export function parseMime(raw: Buffer, options: MailParserOptions): Promise<ParsedMail> {
  return new Promise((resolve, reject) => {
    // No checksums and no images inlined into the HTML: no attachment is kept.
    const parser = new ReadingParser({ ...options, checksumAlgo: false, skipImageLinks: true });
    const mail = { attachments: [] } as unknown as ParsedMail;
    // mailparser may report an error and still end: the first error or the result wins, as in simpleParser.
    let settled = false;
    const settle = (err: Error | null): void => {
      if (settled) return;
      settled = true;
      if (err) reject(err);
      else resolve(mail);
    };
    parser.on('error', (err: Error) => settle(err));
    parser.on('headers', (headers) => {
      mail.headers = headers;
      mail.headerLines = parser.headerLines as ParsedMail['headerLines'];
    });
    parser.on('data', (data: AttachmentStream | MessageText) => {
      if (data.type !== 'text') {
        // Read to its end and dropped: the parser goes on once it is released.
        data.content.resume();
        data.release?.();
        return;
      }
      if (data.text !== undefined) mail.text = data.text;
      if (data.html !== undefined) mail.html = data.html;
      if (data.textConversionError !== undefined) mail.textConversionError = data.textConversionError;
    });
    parser.on('end', () => {
      for (const [name, field] of FIELDS) {
        if (mail.headers?.has(name)) (mail as unknown as Record<string, unknown>)[field] = mail.headers.get(name);
      }
      // As simpleParser ends: the HTML, or false when the mail has none (or an empty one); cid: links stay as they are.
      parser.updateImageLinks((_attachment, done) => done(null), (err, html) => {
        if (err) return settle(err);
        mail.html = html;
        settle(null);
      });
    });
    parser.end(raw);
  });
}
