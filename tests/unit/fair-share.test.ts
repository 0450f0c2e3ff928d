import { describe, expect, it } from 'vitest';
import { FAIR_SHARE, fairPriority } from '../../src/queue/fair-share.js';

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
    expect(fairPriority(10_000_000)).toBe(2_097_152);
  });
});
