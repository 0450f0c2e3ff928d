/**
 * Hostile input must never crash the bot: every sample is read and
 * understood, and the answer is a well-formed Understanding.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { readMail } from '../../../src/mail-in/read-mail.js';
import { understand } from '../../../src/understanding/understand.js';
import { parseStaffCommand } from '../../../src/understanding/staff-command.js';
import { visibleText } from '../../../src/understanding/visible-text.js';
import type { Understanding, UnderstandOptions } from '../../../src/understanding/types.js';

const dir = fileURLToPath(new URL('../../fixtures/hostile/', import.meta.url));
const opts: UnderstandOptions = { staffEmails: ['staff@pickrtech.com'], botAddress: 'contact@pickrtech.com', ownHandles: ['pickrtech'] };
const KINDS = ['deletion_request', 'incomplete_request', 'auto_reply', 'staff_reply', 'other'];

function expectValid(u: Understanding): void {
  expect(KINDS).toContain(u.kind);
  if (u.instagramUsername !== null) expect(u.instagramUsername).toMatch(/^[a-z0-9._]{1,30}$/);
  if (u.confirmationEmail !== null) expect(u.confirmationEmail).not.toMatch(/[\r\n\0A-Z]/);
  expect(Array.isArray(u.missing)).toBe(true);
  const request = u.kind === 'deletion_request' || u.kind === 'incomplete_request';
  if (!request) expect([u.instagramUsername, u.confirmationEmail, u.statement]).toEqual([null, null, null]);
}

async function check(raw: Buffer | string): Promise<Understanding> {
  const mail = await readMail(raw);
  expect(typeof mail.text).toBe('string');
  expect(typeof mail.subject).toBe('string');
  expect(mail.subject).not.toMatch(/[\r\n\0]/);
  for (const values of Object.values(mail.headers)) for (const v of values) expect(v).not.toMatch(/[\r\n\0]/);
  if (mail.from) expect(mail.from.address).not.toMatch(/[\r\n\0\s]/);
  const u = understand(mail, opts);
  expectValid(u);
  return u;
}

const files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();

describe('hostile samples on disk', () => {
  it('has samples, kept small', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    const total = files.reduce((sum, f) => sum + readFileSync(join(dir, f)).length, 0);
    expect(total).toBeLessThan(200 * 1024);
  });
  it.each(files)('survives %s', async (file) => {
    await check(readFileSync(join(dir, file)));
  });
  it('does not let a spoofed handle through', async () => {
    const u = await check(readFileSync(join(dir, 'unicode-spoof.eml')));
    expect(u.instagramUsername).toBeNull();
  });
  it('keeps injected header lines out of every address', async () => {
    const mail = await readMail(readFileSync(join(dir, 'crlf-injection-addresses.eml')));
    const u = understand(mail, opts);
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe('eve_x');
    expect(mail.subject).not.toMatch(/[\r\n]/);
    for (const a of [mail.from, ...mail.replyTo, ...mail.to]) expect(a?.address ?? '').toMatch(/^[^\s\r\n]+@[^\s\r\n]+$/);
    expect(u.confirmationEmail).toMatch(/^[^\s\r\n]+@[^\s\r\n]+$/);
  });
  it('drops NUL bytes from headers and text', async () => {
    const mail = await readMail(readFileSync(join(dir, 'nul-in-headers.eml')));
    expect(`${mail.subject}${mail.text}${mail.from?.address ?? ''}`).not.toContain('\0');
    expect(understand(mail, opts).kind).toBe('deletion_request');
  });
  it('never reads script, style or comments of HTML mail', async () => {
    const u = await check(readFileSync(join(dir, 'html-script-style.eml')));
    expect(u.kind).toBe('other');
  });
});

/** Generated here rather than committed: megabytes of test data do not belong in the repository. */
describe('generated hostile mail', { timeout: 60_000 }, () => {
  it('survives a 1 MB header line and keeps reading the mail', async () => {
    const u = await check(`From: a@example.com\r\nX-Filler: ${'x'.repeat(1024 * 1024)}\r\nSubject: Data deletion\r\n\r\nPlease delete my data. IG: one_mb_header\r\n`);
    expect(u).toMatchObject({ kind: 'deletion_request', instagramUsername: 'one_mb_header' });
  });

  it('survives a 20 MB attachment and still reads the text part', async () => {
    const attachment = Buffer.alloc(20 * 1024 * 1024, 0x5a).toString('base64').replace(/.{76}/g, '$&\r\n');
    const u = await check(
      `From: a@example.com\r\nSubject: big\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n` +
        `--b\r\nContent-Type: text/plain\r\n\r\nPlease delete my data. IG: big_attachment\r\n` +
        `--b\r\nContent-Type: application/octet-stream; name="big.bin"\r\nContent-Transfer-Encoding: base64\r\n\r\n${attachment}\r\n--b--\r\n`,
    );
    expect(u).toMatchObject({ kind: 'deletion_request', instagramUsername: 'big_attachment' });
  });

  it('survives a 20 MB text body', async () => {
    const u = await check(`From: a@example.com\nSubject: long\n\n${'Please delete my data. IG: long_text\n'.repeat(550_000)}`);
    expect(u).toMatchObject({ kind: 'deletion_request', instagramUsername: 'long_text' });
  });

  it('survives thousands of recipients', async () => {
    const to = Array.from({ length: 5_000 }, (_, i) => `p${i}@example.org`).join(', ');
    const cc = Array.from({ length: 5_000 }, (_, i) => `"Person ${i}" <c${i}@example.org>`).join(',\r\n ');
    const u = await check(`From: a@example.com\r\nTo: ${to}\r\nCc: ${cc}\r\nSubject: x\r\n\r\nPlease delete my data. IG: many_rcpt\r\n`);
    expect(u).toMatchObject({ kind: 'deletion_request', instagramUsername: 'many_rcpt', confirmationEmail: 'a@example.com' });
  });

  it('survives 100 000 header fields and still finds From and Subject', async () => {
    const mail = await readMail(`${'X-Junk: y\r\n'.repeat(100_000)}From: a@example.com\r\nSubject: Data deletion\r\n\r\nIG: hh_user\r\n`);
    expect(mail.from?.address).toBe('a@example.com');
    expect(understand(mail, opts)).toMatchObject({ kind: 'deletion_request', instagramUsername: 'hh_user' });
  });

  it('survives 2 000 levels of nested multipart', async () => {
    let body = 'Content-Type: text/plain\n\nPlease delete my data. IG: deeper_user\n';
    for (let i = 0; i < 2_000; i++) body = `Content-Type: multipart/mixed; boundary="d${i}"\n\n--d${i}\n${body}\n--d${i}--\n`;
    await check(`From: a@example.com\nSubject: nested\nMIME-Version: 1.0\n${body}`);
  });

  it('survives 100 000 nested HTML elements', async () => {
    await check(`From: a@example.com\nSubject: html\nContent-Type: text/html\n\n${'<div><span>'.repeat(100_000)}Please delete my data. IG: html_deep${'</span></div>'.repeat(100_000)}`);
  });

  it('survives NUL bytes everywhere', async () => {
    const raw = Buffer.from('From: a\0@example.com\nSubject: \0Delete\0\nContent-Type: text/plain\n\nPlease delete my data.\0 IG: nul_everywhere\0\n'.repeat(3));
    await check(raw);
  });

  it('survives CR/LF injected into encoded words, names and ids', async () => {
    const u = await check(
      'From: =?utf-8?B?RXZlDQpCY2M6IHZAZXhhbXBsZS5jb20=?= <eve@example.com>\nReply-To: =?utf-8?Q?a=0D=0Ab?= <rt@example.com>\n' +
        'Subject: =?utf-8?Q?x=0D=0A=0D=0APlease_delete?=\nMessage-ID: <a\r\n b>\n\nPlease delete my data. IG: crlf_user\n',
    );
    expect(u).toMatchObject({ instagramUsername: 'crlf_user', confirmationEmail: 'rt@example.com', confirmationSource: 'reply_to' });
  });

  it('survives a 5 MB header line', async () => {
    await check(`From: a@example.com\nSubject: ${'A'.repeat(5 * 1024 * 1024)}\nX-Long: ${'@x '.repeat(1000)}\n\nPlease delete my data. IG: long_header\n`);
  });

  it('survives 200 levels of nested multipart', async () => {
    let body = 'Content-Type: text/plain\n\nPlease delete my data. IG: deep_user\n';
    for (let i = 0; i < 200; i++) {
      body = `Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n${body}\n--b${i}--\n`;
    }
    await check(`From: a@example.com\nSubject: nested\nMIME-Version: 1.0\n${body}`);
  });

  it('survives a 5 MB body line without newlines', async () => {
    await check(`From: a@example.com\nSubject: big\n\n${'delete my data @a'.repeat(300_000)}`);
  });

  it('survives pathological text for every regex', { timeout: 60_000 }, async () => {
    const patterns = [
      'a'.repeat(200_000),
      '@'.repeat(200_000),
      'a@'.repeat(100_000),
      'a.'.repeat(100_000),
      'On '.repeat(50_000) + 'wrote:',
      '> '.repeat(100_000),
      'my instagram is '.repeat(20_000),
      'Instagram username: '.repeat(20_000),
      'instagram.com/'.repeat(20_000),
      'delete my '.repeat(30_000) + 'data',
      'x@y.'.repeat(50_000),
      `${'a-'.repeat(60)}@${'b-'.repeat(60_000)}`,
      'From: x\n'.repeat(30_000),
      'Thanks,\n'.repeat(30_000),
    ];
    for (const text of patterns) {
      await check(`From: a@example.com\nSubject: patho\nContent-Type: text/plain\n\n${text}\n`);
      // The same shapes as a subject, which is read by other patterns.
      await check(`From: a@example.com\nSubject: ${text.replace(/\n/g, ' ').slice(0, 60_000)}\n\nPlease delete my data.\n`);
    }
  });

  it('survives 2 MB of nested HTML', async () => {
    await check(`From: a@example.com\nSubject: html\nContent-Type: text/html\n\n${'<div><blockquote><a href="x">'.repeat(70_000)}`);
  });

  it('survives 20 000 header lines', async () => {
    await check(`${'Received: from x by y\n'.repeat(20_000)}From: a@example.com\n\nbody\n`);
  });

  it('survives random bytes', async () => {
    let seed = 7;
    const bytes = Buffer.alloc(256 * 1024);
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = seed & 0xff;
    }
    await check(bytes);
  });

  it('keeps the pure parts safe on their own', () => {
    expect(parseStaffCommand('\0'.repeat(100_000)).action).toBe('unknown');
    expect(typeof visibleText('\r'.repeat(100_000))).toBe('string');
  });
});

describe('generated hostile layouts', () => {
  it('finishes on many empty labels', { timeout: 30_000 }, async () => {
    await check(`From: a@example.com\nSubject: labels\n\nPlease delete my data.\n${'Instagram username:\n'.repeat(8_000)}`);
  });

  it('finishes on many labels in the nine languages', { timeout: 30_000 }, async () => {
    const labels = ['Nome utente:', 'Gebruikersnaam:', 'Kullanıcı adı:', 'ユーザー名：', 'ユーザー名は', '@', 'instagram.com/'];
    for (const label of labels) {
      await check(`From: a@example.com\nSubject: labels\nContent-Type: text/plain; charset=utf-8\n\nデータを削除してください。\n${`${label}\n`.repeat(5_000)}`);
      await check(`From: a@example.com\nSubject: labels\nContent-Type: text/plain; charset=utf-8\n\n${`${label}x`.repeat(20_000)}`);
    }
  });
});
