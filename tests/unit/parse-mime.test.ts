import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { parseMime } from '../../src/mail-in/parse-mime.js';
import { readMail } from '../../src/mail-in/read-mail.js';

/**
 * The mail parser reads a mail's headers, text and HTML as mailparser's simpleParser does,
 * without building what nothing reads: the text converted to HTML, the attachments' contents.
 */

const OPTIONS = { skipHtmlToText: true, skipTextToHtml: false, skipTextLinks: true, skipImageLinks: true };
const HEAD = 'From: Jess <jess@example.org>\r\nTo: contact@bot.example\r\nSubject: Delete my data\r\n'
  + 'Message-ID: <parse-1@example.org>\r\nDate: Mon, 07 Dec 2026 05:00:00 +0000\r\nMIME-Version: 1.0\r\n';

function multipart(type: string, parts: string[]): Buffer {
  return Buffer.from(`${HEAD}Content-Type: ${type}; boundary="b"\r\n\r\n${parts.map((p) => `--b\r\n${p}\r\n`).join('')}--b--\r\n`);
}

const MIXED = multipart('multipart/mixed', [
  'Content-Type: text/plain\r\n\r\nPlease delete my Instagram data.',
  'Content-Type: text/html\r\n\r\n<p>My username is @jess_k</p>',
  'Content-Type: application/pdf; name="id.pdf"\r\nContent-Disposition: attachment; filename="id.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
    + Buffer.alloc(200_000, 7).toString('base64').replace(/.{76}/g, '$&\r\n'),
]);
const PLAIN = Buffer.from(`${HEAD}Content-Type: text/plain; charset=utf-8\r\n\r\nPlease delete my Instagram data.\r\nMy username is @jess_k\r\n`);

describe('parsing a mail', () => {
  it('reads the text, the HTML (a plain part beside it added in its place) and the headers as simpleParser does', async () => {
    for (const raw of [MIXED, PLAIN]) {
      const ours = await parseMime(raw, OPTIONS);
      const theirs = await simpleParser(raw, OPTIONS);
      expect([ours.text, ours.html, ours.subject, ours.from?.text, [...ours.headers.keys()]])
        .toEqual([theirs.text, theirs.html, theirs.subject, theirs.from?.text, [...theirs.headers.keys()]]);
    }
    expect((await parseMime(MIXED, OPTIONS)).html).toContain('Please delete my Instagram data.');
  });

  it('keeps no attachment and converts a plain-text mail\'s text to no HTML', async () => {
    expect((await parseMime(MIXED, OPTIONS)).attachments).toEqual([]);
    expect((await parseMime(PLAIN, OPTIONS)).textAsHtml).toBeUndefined();
  });

  it('reads a request with an attachment for its sender and username', async () => {
    const mail = await readMail(MIXED);
    expect([mail.from?.address, mail.text]).toEqual(['jess@example.org', 'Please delete my Instagram data.\n\nMy username is @jess_k']);
  });
});
