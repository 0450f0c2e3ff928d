import { describe, expect, it } from 'vitest';
import { SilenceWatch, silenceLimitMs } from '../../src/intake/silence-watch.js';

describe('silence watch on the IMAP connection', () => {
  it('a quiet connection with no read outstanding is never dead (IDLE with no mail)', () => {
    const w = new SilenceWatch(30_000, 0);
    expect(w.dead(3_600_000)).toBe(false);
  });

  it('a read unanswered for the limit is dead, counted from when the read began', () => {
    const w = new SilenceWatch(30_000, 0);
    w.busy(600_000); // after ten quiet minutes in IDLE
    expect(w.dead(600_000)).toBe(false);
    expect(w.dead(629_999)).toBe(false);
    expect(w.dead(630_000)).toBe(true);
  });

  it('bytes arriving during a long read keep it alive', () => {
    const w = new SilenceWatch(30_000, 0);
    w.busy(0);
    w.heard(1000, 20_000);
    w.heard(5000, 45_000);
    expect(w.dead(70_000)).toBe(false);
    w.heard(5000, 75_000); // nothing new since 45 s
    expect(w.dead(75_000)).toBe(true);
  });

  it('a read that ended is not held against the connection, and a new one starts its own clock', () => {
    const w = new SilenceWatch(30_000, 0);
    w.busy(0);
    w.idle();
    expect(w.dead(100_000)).toBe(false);
    w.busy(100_000);
    w.busy(120_000); // a second request while the first runs keeps the first start
    expect(w.dead(130_000)).toBe(true);
  });

  it('the limit is a poll interval, at least 30 s', () => {
    expect(silenceLimitMs(3)).toBe(30_000);
    expect(silenceLimitMs(60)).toBe(60_000);
  });
});
