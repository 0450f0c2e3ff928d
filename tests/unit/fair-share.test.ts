import { describe, expect, it } from 'vitest';
import { headerFromAddress } from '../../src/poller/inbound-store.js';
import { FAIR_SHARE, fairPriority, SenderTally } from '../../src/queue/fair-share.js';

describe('fair turns in the queues', () => {
  it('leaves the work of an address within its fair share first come, first served', () => {
    expect(fairPriority(1)).toBeUndefined();
    expect(fairPriority(FAIR_SHARE)).toBeUndefined();
  });

  it('puts each further request of an address one step further back', () => {
    expect(fairPriority(FAIR_SHARE + 1)).toBe(1);
    expect(fairPriority(FAIR_SHARE + 995)).toBe(995);
  });

  it('lets a staff notification yield to mail a requester waits for', () => {
    expect(fairPriority(1, { staffMail: true })).toBe(1);
    expect(fairPriority(FAIR_SHARE + 3, { staffMail: true })).toBe(4);
  });

  it('never goes past the largest priority BullMQ takes', () => {
    expect(fairPriority(10_000_000)).toBe(2 ** 21 - 1);
  });
});

describe('mails counted per sender', () => {
  it('counts each address on its own and starts again once the window has passed', () => {
    const tally = new SenderTally(60_000);
    const t0 = new Date('2026-12-03T10:00:00Z');
    expect([1, 2, 3].map(() => tally.add('flood@example.org', t0))).toEqual([1, 2, 3]);
    expect(tally.add('alice@example.com', t0)).toBe(1);
    expect(tally.add(null, t0)).toBe(0);
    expect(tally.add('flood@example.org', new Date(t0.getTime() + 60_000))).toBe(1);
  });
});

describe('the sender read off the From header', () => {
  const head = (from: string) => Buffer.from(`Subject: x\r\nFrom: ${from}\r\nTo: contact@pickrtech.com\r\n\r\nFrom: body@example.org\r\n`);
  it('takes the address inside angle brackets, lower-cased', () => {
    expect(headerFromAddress(head('"Flood, Inc." <Flood@Example.ORG>'))).toBe('flood@example.org');
  });
  it('takes a bare address', () => {
    expect(headerFromAddress(head('alice@example.com'))).toBe('alice@example.com');
  });
  it('gives null without an address, and never reads the body', () => {
    expect(headerFromAddress(head('undisclosed'))).toBeNull();
    expect(headerFromAddress(Buffer.from('Subject: x\r\n\r\nFrom: body@example.org\r\n'))).toBeNull();
  });
});
