import { describe, expect, it } from 'vitest';
import {
  isBotAddress,
  isDeliverableAddress,
  isMachineAddress,
  withheldReason,
} from '../../src/mail-out/recipient-policy.js';

const BOT = 'contact@pickrtech.com';

describe('recipient policy', () => {
  describe('machine senders never get mail', () => {
    it.each([
      'mailer-daemon@example.com',
      'MAILER-DAEMON@mx.example.com',
      'mailerdaemon@example.com',
      'mail-daemon@example.com',
      'daemon@example.com',
      'postmaster@example.com',
      'Postmaster@Example.COM',
      'postmaster+bounce@example.com',
      'noreply@example.com',
      'no-reply@example.com',
      'no_reply@example.com',
      'no.reply@example.com',
      'NoReply@Example.com',
      'noreply+tag@example.com',
      'noreply-notifications@example.com',
      'no-reply-alerts@example.com',
      'notifications-noreply@example.com',
      'account.no-reply@example.com',
      'donotreply@example.com',
      'do-not-reply@example.com',
      'do_not_reply@example.com',
      'dont-reply@example.com',
      'noresponse@example.com',
      'bounce@example.com',
      'bounces@example.com',
      'bounce-12345-abc@example.com',
      'bounces+1234-alice=example.com@lists.example.org',
      'list-bounces@lists.example.org',
      'msprvs1=abc=bounces-555@example.com',
      'owner-announce@lists.example.org',
      'announce-owner@lists.example.org',
      'announce-request@lists.example.org',
      'listserv@lists.example.org',
      'majordomo@example.org',
      'autoresponder@example.com',
      'auto-reply@example.com',
      'autoreply@example.com',
      '"no reply"@example.com',
    ])('%s is a machine', (address) => {
      expect(isMachineAddress(address)).toBe(true);
      expect(withheldReason(address, BOT)).toBe('machine_address');
    });
  });

  describe('people get mail', () => {
    it.each([
      'alice@example.com',
      'Alice@Example.com',
      '  alice@example.com  ',
      'alice+instagram@example.com',
      'alice.noble@example.com',
      'nora.eply@example.com',
      'reply@example.com',
      'replies.welcome@example.com',
      'post.master.chef@example.com',
      'daemon.hunter@example.com',
      'bouncer@example.com',
      'bouncy.castle@example.com',
      'request@example.com',
      'owner@example.com',
      'data-requests@example.com',
      'o\'brien@example.ie',
      'jürgen@example.de',
      'user@münchen.example',
      'user@[192.0.2.1]',
      '"john smith"@example.com',
      'staff@pickrtech.com',
      'contact@other.example',
      'contact@pickrtech.com.example.net',
    ])('%s may get mail', (address) => {
      expect(isMachineAddress(address)).toBe(false);
      expect(withheldReason(address, BOT)).toBeNull();
    });
  });

  describe('the bot never writes to itself', () => {
    it.each([
      'contact@pickrtech.com',
      'CONTACT@PickrTech.com',
      ' contact@pickrtech.com ',
      'contact+loop@pickrtech.com',
    ])('%s is the bot', (address) => {
      expect(isBotAddress(address, BOT)).toBe(true);
      expect(withheldReason(address, BOT)).toBe('bot_address');
    });

    it('compares with the configured address whatever its case', () => {
      expect(withheldReason('contact@pickrtech.com', 'Contact@PickrTech.com')).toBe('bot_address');
    });

    it('does not take other addresses at the same domain for the bot', () => {
      expect(isBotAddress('staff@pickrtech.com', BOT)).toBe(false);
      expect(isBotAddress('contacts@pickrtech.com', BOT)).toBe(false);
      expect(isBotAddress('contact@pickrtech.co', BOT)).toBe(false);
    });

    it('says bot_address, not machine_address, when the bot itself has a machine-like name', () => {
      expect(withheldReason('noreply@pickrtech.com', 'noreply@pickrtech.com')).toBe('bot_address');
    });
  });

  describe('what is not an address gets nothing', () => {
    it.each([
      '',
      '   ',
      'alice',
      '@example.com',
      'alice@',
      'alice@example',
      'alice@@example.com',
      'alice@exa mple.com',
      'al ice@example.com',
      'alice@example.com\r\nBcc: victim@example.net',
      'alice@example.com, bob@example.com',
      '<alice@example.com>',
      'Alice <alice@example.com>',
      '.alice@example.com',
      'alice.@example.com',
      'al..ice@example.com',
      'alice@-example.com',
      'alice@example.com.',
      'alice\u0000@example.com',
      `${'a'.repeat(65)}@example.com`,
      `alice@${'a'.repeat(250)}.com`,
    ])('%j is withheld as invalid', (address) => {
      expect(isDeliverableAddress(address)).toBe(false);
      expect(withheldReason(address, BOT)).toBe('invalid_address');
    });
  });
});
