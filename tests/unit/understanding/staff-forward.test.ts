import { describe, expect, it } from 'vitest';
import { forwardedOriginal } from '../../../src/understanding/staff-forward.js';
import type { InboundMail } from '../../../src/understanding/types.js';

const NOT = ['staff@pickrtech.com', 'contact@pickrtech.com'];
const mail = (text: string, subject = 'Fwd: Delete my data'): InboundMail => ({
  messageId: 'm1@example.com', inReplyTo: [], references: ['x@example.com'], subject,
  from: { address: 'staff@pickrtech.com', name: 'Staff' }, replyTo: [], to: [], date: null,
  headers: { 'authentication-results': ['mx.pickrtech.com; dmarc=pass header.from=pickrtech.com'] }, text, html: null,
} as unknown as InboundMail);

describe('forwardedOriginal', () => {
  it('gives a Gmail forward as its original sender wrote it', () => {
    const m = forwardedOriginal(mail(
      'Please handle.\n\n---------- Forwarded message ---------\nFrom: Erin Example <Erin@Example.com>\nDate: Mon, 7 Dec 2026\n' +
      'Subject: Delete my data please\nTo: <staff@pickrtech.com>\n\nPlease delete my data. Username @erin.e\n'), NOT);
    expect(m).toMatchObject({ from: { address: 'erin@example.com', name: 'Erin Example' }, subject: 'Delete my data please', text: 'Please delete my data. Username @erin.e', references: [] });
    expect(m!.headers['authentication-results']).toBeUndefined();
  });

  it('reads Apple Mail and Outlook markers and bold header names', () => {
    expect(forwardedOriginal(mail('Begin forwarded message:\n\n*From:* erin@example.com\n*Subject:* hi\n\nDelete my data\n'), NOT)?.from?.address).toBe('erin@example.com');
    expect(forwardedOriginal(mail('-----Original Message-----\nFrom: Erin <erin@example.com>\nSent: Monday\n\nDelete my data\n', 'FW: x'), NOT)?.from?.address).toBe('erin@example.com');
  });

  it.each([
    ['no forwarded block', 'Anyone up for lunch?\n'],
    ['a sender without an address', '---------- Forwarded message ---------\nFrom: Erin Example\nDate: Monday\n\nDelete my data\n'],
    ["staff's own mail", '---------- Forwarded message ---------\nFrom: Staff <STAFF@pickrtech.com>\n\nDelete my data\n'],
    ["the bot's own mail", '---------- Forwarded message ---------\nFrom: contact@pickrtech.com\n\nDelete my data\n'],
    ['two addresses', '---------- Forwarded message ---------\nFrom: a@example.com, b@example.com\n\nDelete my data\n'],
    ['a look-alike address', '---------- Forwarded message ---------\nFrom: \u212Aate@example.com\n\nDelete my data\n'],
    ['no body', '---------- Forwarded message ---------\nFrom: erin@example.com\n\n'],
  ])('finds no forwarded request with %s', (_why, text) => {
    expect(forwardedOriginal(mail(text), NOT)).toBeNull();
  });

  it('stays linear on hostile input', () => {
    expect(forwardedOriginal(mail(`${'-'.repeat(100_000)}\n${' '.repeat(100_000)}x`), NOT)).toBeNull();
    expect(forwardedOriginal(mail(`---------- Forwarded message ---------\nFrom: <${'<'.repeat(100_000)}\n\nx`), NOT)).toBeNull();
  });
});
