import { describe, expect, it } from 'vitest';
import { Backoff } from '../../src/poller/backoff.js';

describe('reconnect backoff', () => {
  it('grows exponentially with jitter between half and the full ceiling, up to the cap', () => {
    const top = new Backoff(1000, 8000, 60_000, () => 1);
    expect([1, 2, 3, 4, 5, 6].map(() => top.next(0))).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    const bottom = new Backoff(1000, 8000, 60_000, () => 0);
    expect([1, 2, 3].map(() => bottom.next(0))).toEqual([500, 1000, 2000]);
  });

  it('does not reset after a connection that dropped at once (no login storm)', () => {
    const b = new Backoff(1000, 60_000, 60_000, () => 1);
    b.next(0);
    b.next(0);
    b.connected(10_000);
    expect(b.next(10_500)).toBe(4000);
  });

  it('resets once a connection survived the stable period', () => {
    const b = new Backoff(1000, 60_000, 60_000, () => 1);
    b.next(0);
    b.next(0);
    b.connected(10_000);
    expect(b.next(80_000)).toBe(1000);
  });
});

describe('reconnect after a session the server ended normally', () => {
  it('reconnects at once and starts counting afresh after a session that logged in and read the mailbox (a BYE naming an expired token)', () => {
    const b = new Backoff(1000, 60_000, 60_000, () => 1);
    b.next(0);
    b.next(0);
    // Twenty-second token lives: each session ends after about 20 s with a BYE.
    const delays: number[] = [];
    for (let t = 10_000; t < 200_000; t += 21_000) {
      b.connected(t);
      delays.push(b.next(t + 20_000, true));
    }
    expect(delays).toEqual(delays.map(() => 0));
    // A failure after that backs off from the start again, not from where it stood.
    expect(b.next(300_000)).toBe(1000);
  });

  it('still backs off when the server closes a session at once, however it was closed (no login storm)', () => {
    const b = new Backoff(1000, 60_000, 60_000, () => 1);
    b.connected(0);
    expect(b.next(200, true)).toBe(1000);
    b.connected(2_000);
    expect(b.next(2_300, true)).toBe(2000);
    // No connection at all: no reason to hurry.
    expect(b.next(5_000, true)).toBe(4000);
  });
});
