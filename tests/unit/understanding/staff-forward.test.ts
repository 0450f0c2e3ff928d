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

  it("reads an Outlook reply that quotes the requester as no forward: its subject is no forward's", () => {
    const reply = 'Hi Erin, we already deleted this last week, nothing is left.\n\nMaria\n\n-----Original Message-----\n' +
      'From: Erin <erin@example.com>\nSent: Monday, 7 December 2026 09:12\nTo: contact@pickrtech.com\nSubject: Delete my data\n\nPlease delete my data. Username @erin.e\n';
    expect(forwardedOriginal(mail(reply, 'RE: Delete my data'), NOT)).toBeNull();
    expect(forwardedOriginal(mail(reply, 'Delete my data'), NOT)).toBeNull();
    expect(forwardedOriginal(mail(reply.replace('-----Original Message-----', '-----Ursprüngliche Nachricht-----'), 'AW: Delete my data'), NOT)).toBeNull();
  });

  it('reads nothing forwarded below the quote of an Outlook reply', () => {
    const reply = 'Done, thanks.\n\n-----Original Message-----\nFrom: Bob <bob@pickrtech.com>\nSent: Monday\nSubject: FW: Delete my data\n\nCan you handle this?\n\n' +
      '---------- Forwarded message ---------\nFrom: Erin <erin@example.com>\nSubject: Delete my data\n\nPlease delete my data.\n';
    expect(forwardedOriginal(mail(reply, 'RE: FW: Delete my data'), NOT)).toBeNull();
  });

  it.each(['FW: x', 'Fwd: x', 'WG: x', 'TR: x', 'RV: x', 'ENC: x', '[ext] Fw: x'])('reads "Original Message" as a forward under the subject %j', (subject) => {
    const text = 'Please handle.\n\n-----Original Message-----\nFrom: Erin <erin@example.com>\nSent: Monday\n\nDelete my data\n';
    expect(forwardedOriginal(mail(text, subject), NOT)?.from?.address).toBe('erin@example.com');
  });

  it.each(['RE: Delete my data', 'Delete my data'])('reads a real forward marker under the subject %j', (subject) => {
    expect(forwardedOriginal(mail('Please handle.\n\n---------- Forwarded message ---------\nFrom: erin@example.com\n\nDelete my data\n', subject), NOT)?.from?.address).toBe('erin@example.com');
    expect(forwardedOriginal(mail('Begin forwarded message:\n\nFrom: erin@example.com\n\nDelete my data\n', subject), NOT)?.from?.address).toBe('erin@example.com');
  });

  it('stays linear on hostile input', () => {
    expect(forwardedOriginal(mail(`${'-'.repeat(100_000)}\n${' '.repeat(100_000)}x`), NOT)).toBeNull();
    expect(forwardedOriginal(mail(`---------- Forwarded message ---------\nFrom: <${'<'.repeat(100_000)}\n\nx`), NOT)).toBeNull();
  });
});
