import { describe, it, expect } from 'vitest';
import { boundHeaders, readMail } from '../../../src/mail-in/read-mail.js';
import { htmlToText } from '../../../src/understanding/html-text.js';

describe('readMail', () => {
  it('reads ids, addresses, subject and headers', async () => {
    const mail = await readMail(
      [
        'From: "Alice A" <Alice@Example.COM>',
        'Reply-To: a2@example.com, A3@Example.com',
        'To: Contact@PickrTech.com',
        'Subject: =?UTF-8?B?TMO2c2NodW5n?=',
        'Message-ID: <M1@Host>',
        'In-Reply-To: <r1@host>',
        'References: <r0@host>\r\n <r1@host>',
        'Date: Tue, 03 Mar 2026 10:00:00 +0000',
        'List-Id: News <news.example.org>',
        'Received: a',
        'Received: b',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Hello',
      ].join('\r\n'),
    );
    expect(mail.messageId).toBe('M1@Host');
    expect(mail.inReplyTo).toEqual(['r1@host']);
    expect(mail.references).toEqual(['r0@host', 'r1@host']);
    expect(mail.subject).toBe('Löschung');
    expect(mail.from).toEqual({ address: 'alice@example.com', name: 'Alice A' });
    expect(mail.replyTo.map((a) => a.address)).toEqual(['a2@example.com', 'a3@example.com']);
    expect(mail.to.map((a) => a.address)).toEqual(['contact@pickrtech.com']);
    expect(mail.date?.toISOString()).toBe('2026-03-03T10:00:00.000Z');
    expect(mail.headers['received']).toEqual(['a', 'b']);
    expect(mail.headers['list-id']).toEqual(['News <news.example.org>']);
    expect(mail.headers['from']?.[0]).toContain('Alice@Example.COM');
    expect(mail.headers['content-type']?.[0]).toBe('text/plain; charset=utf-8');
    expect(mail.text.trim()).toBe('Hello');
    expect(mail.html).toBeNull();
  });

  it('turns HTML-only mail into text with quotes marked', async () => {
    const mail = await readMail(
      'From: a@example.com\nContent-Type: text/html\n\n<p>My IG: <b>alice</b></p><blockquote>old @bob</blockquote><p>Bye &amp; thanks</p>',
    );
    expect(mail.html).toContain('<blockquote>');
    expect(mail.text).toBe('My IG: alice\n> old @bob\nBye & thanks');
  });

  it('never throws, even on empty or missing headers', async () => {
    const empty = await readMail('');
    expect(empty).toMatchObject({ messageId: null, subject: '', from: null, text: '' });
    const noDate = await readMail('From: x@example.com\nDate: yesterday\n\nhi');
    expect(noDate.date).toBeNull();
    // Not even a wrong type at runtime makes it throw.
    const wrong = await readMail(12345 as unknown as string);
    expect(wrong).toMatchObject({ from: null, inReplyTo: [], references: [] });
  });
});

describe('reading limits', () => {
  it('leaves an ordinary header block untouched', () => {
    const raw = Buffer.from('From: a@example.com\r\nSubject: hi\r\n\r\nbody\r\n');
    expect(boundHeaders(raw)).toBe(raw);
  });

  it('trims a header block of thousands of fields to the ones later steps read', () => {
    const raw = Buffer.from(`${'X-Junk: y\n'.repeat(5_000)}From: a@example.com\nSubject: hi\n\nbody\n`);
    const out = boundHeaders(raw).toString('latin1');
    expect(out.split('\n').filter((l) => l.startsWith('X-Junk')).length).toBe(2_000);
    expect(out).toContain('\nFrom: a@example.com\nSubject: hi\n\nbody\n');
  });

  it('finds where the header block ends whatever the line ends, and keeps the body as it is', () => {
    const junk = (nl: string) => `X-Junk: y${nl}`.repeat(2_500);
    for (const [head, blank, body] of [['\n', '\n', 'body\r\n\r\nmore\n'], ['\r\n', '\r\n', 'body\n\nmore'], ['\n', '\r\n', 'body'], ['\r\n', '\n', 'body']] as const) {
      const out = boundHeaders(Buffer.from(`${junk(head)}From: a@example.com${head}${blank}${body}`)).toString('latin1');
      expect(out.split(/\r?\n/).filter((l) => l.startsWith('X-Junk')).length).toBe(2_000);
      expect(out.endsWith(`From: a@example.com${head}${blank}${body}`)).toBe(true);
    }
  });

  it('cuts a megabyte header line and keeps the body', async () => {
    const mail = await readMail(`From: a@example.com\nX-Long: ${'x'.repeat(2 * 1024 * 1024)}\nSubject: hi\n\nbody text\n`);
    expect(mail).toMatchObject({ subject: 'hi' });
    expect(mail.text.trim()).toBe('body text');
    expect(mail.headers['x-long']?.[0]?.length).toBeLessThanOrEqual(64 * 1024);
  });

  it('keeps at most a megabyte of text', async () => {
    const mail = await readMail(`From: a@example.com\nSubject: hi\n\n${'word '.repeat(500_000)}`);
    expect(mail.text.length).toBeLessThanOrEqual(1024 * 1024);
    expect(mail.text.startsWith('word word')).toBe(true);
  });

  it('reads Japanese mail in ISO-2022-JP and Turkish mail in ISO-8859-9', async () => {
    const jis = Buffer.concat([
      Buffer.from('From: a@example.jp\nSubject: =?ISO-2022-JP?B?GyRCJUchPCU/Om89fBsoQg==?=\nContent-Type: text/plain; charset=ISO-2022-JP\n\n'),
      Buffer.from('1b24422547213c253f3a6f3d7c1b2842', 'hex'),
    ]);
    expect(await readMail(jis)).toMatchObject({ subject: 'データ削除', text: 'データ削除' });
    const latin5 = Buffer.concat([Buffer.from('From: a@example.com\nContent-Type: text/plain; charset=ISO-8859-9\n\n'), Buffer.from([0x4c, 0xfc, 0x74, 0x66, 0x65, 0x6e, 0x20, 0xfd, 0xfe, 0xf0])]);
    expect((await readMail(latin5)).text).toBe('Lütfen ışğ');
  });
});

describe('htmlToText', () => {
  it.each([
    ['<p>a</p><p>b</p>', 'a\nb'],
    ['a<br>b<br/>c', 'a\nb\nc'],
    ['<style>p{}</style><script>x()</script>text', 'text'],
    ['<a href="https://www.instagram.com/alice_s/">my profile</a>', 'my profile <https://www.instagram.com/alice_s/>'],
    ['<a href="https://instagram.com/alice_s">instagram.com/alice_s</a>', 'instagram.com/alice_s'],
    ['<a href="mailto:a@example.com">write me</a>', 'write me (mailto:a@example.com)'],
    ['<blockquote>q1<blockquote>q2</blockquote></blockquote>new', '> q1\n> > q2\nnew'],
    ['&lt;username&gt; &#64;x &#x41; &nbsp;y', '<username> @x A y'],
    ['<!-- hidden @x -->shown', 'shown'],
  ])('converts %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
