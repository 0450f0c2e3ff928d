/**
 * A reply that is one word is the username a mail asked for ("jesskim", "anna.k_92"), unless the
 * word is a thanks: "Danke!" or "Merci" under "Re: Your deletion request" thanks, and would
 * otherwise open a request for the account "danke".
 */
import { describe, expect, it } from 'vitest';
import { readingOf } from '../../../src/intake/new-request-candidate.js';
import { readMail } from '../../../src/mail-in/read-mail.js';
import { findUsernameWithRule } from '../../../src/understanding/instagram-username.js';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const THEIRS = { inReplyTo: ['a1@example.de'], references: ['a1@example.de'] };

describe('a one-word reply outside our thread', () => {
  it.each(['Danke!', 'Thanks', 'Merci.', 'Gracias!!', 'Grazie', 'Obrigado', 'Tak', 'Dziękuję!', 'Спасибо', 'Kiitos.'])('"%s" under a deletion subject names no account', (word) => {
    const u = understand(personMail(word, 'Re: Your deletion request', THEIRS), READER_OPTS);
    expect(u.instagramUsername).toBeNull();
    expect(u.kind).not.toBe('deletion_request');
  });

  it.each([
    ['anna.k_92', 'anna.k_92'],
    ['@jess_kim', 'jess_kim'],
    ['marco1987', 'marco1987'],
    ['jesskim', 'jesskim'],
  ])('"%s" is the handle', (word, handle) => {
    const u = understand(personMail(word, 'Re: Your deletion request', THEIRS), READER_OPTS);
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe(handle);
  });
});

describe('a one-word reply to our own mail', () => {
  it('is the username our mail asked for, unless it thanks', () => {
    // What the bot's needs-info step reads from the answer in its thread.
    expect(findUsernameWithRule('jesskim', 'Re: [DR-2026-00042] We need your Instagram username', ['pickrtech'], true)?.handle).toBe('jesskim');
    expect(findUsernameWithRule('Danke!', 'Re: [DR-2026-00042] We need your Instagram username', ['pickrtech'], true)).toBeNull();
  });
});

describe('the answer to our needs-info mail that the intake matches to the waiting request', () => {
  const settings = {
    botDomain: 'pickrtech.com', approvalSecret: 'x'.repeat(32), staffEmails: ['staff@pickrtech.com'],
    botAddress: 'contact@pickrtech.com', ownHandles: ['pickrtech'],
  };
  const reply = (text: string) => readMail(Buffer.from(
    'From: Jess <jess@example.com>\r\nTo: contact@pickrtech.com\r\nSubject: Re: [DR-2026-00042] We need your Instagram username\r\n' +
    'Message-ID: <r1@example.com>\r\nIn-Reply-To: <dr-needs-info.7@pickrtech.com>\r\n\r\n' + text + '\r\n', 'utf8'));

  it('is the one word of the answer, a plain name included ("jesskim")', async () => {
    expect(readingOf(settings, await reply('jesskim')).answerUsername?.handle).toBe('jesskim');
  });
});
