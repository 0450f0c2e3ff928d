import { describe, expect, it } from 'vitest';
import { Backoff } from '../../src/intake/backoff.js';

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
