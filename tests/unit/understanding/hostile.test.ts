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
});

describe('generated hostile mail', () => {
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

  it('survives pathological text for every regex', async () => {
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
      const started = Date.now();
      await check(`From: a@example.com\nSubject: patho\nContent-Type: text/plain\n\n${text}\n`);
      expect(Date.now() - started).toBeLessThan(3000);
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
  it('stays fast on many empty labels', async () => {
    const started = Date.now();
    await check(`From: a@example.com\nSubject: labels\n\nPlease delete my data.\n${'Instagram username:\n'.repeat(8_000)}`);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
