import { describe, expect, it } from 'vitest';
import { SILENCE_SAMPLE_MS, SilenceWatch, silenceLimitMs } from '../../src/poller/silence-watch.js';

describe('silence watch on the IMAP connection', () => {
  it('a quiet connection the bot wrote nothing to is never dead (IDLE with no mail)', () => {
    const w = new SilenceWatch(30_000);
    w.sample(100, 500, 0);
    for (let t = 5_000; t <= 3_600_000; t += 5_000) w.sample(100, 500, t);
    expect(w.dead(3_600_000)).toBe(false);
  });

  it('a command unanswered for the limit is dead, counted from the sample that saw it written', () => {
    const w = new SilenceWatch(30_000);
    w.sample(100, 500, 0);
    w.sample(140, 500, 600_000); // DONE and a STATUS after ten quiet minutes in IDLE
    expect(w.dead(600_000)).toBe(false);
    w.sample(140, 500, 625_000);
    expect(w.dead(629_999)).toBe(false);
    expect(w.dead(630_000)).toBe(true);
  });

  it('an answer ends the wait; more commands with answers keep it alive', () => {
    const w = new SilenceWatch(30_000);
    w.sample(100, 500, 0);
    w.sample(140, 500, 5_000);
    w.sample(140, 900, 10_000); // answered
    expect(w.dead(60_000)).toBe(false);
    w.sample(180, 1_400, 65_000); // written and answered within one sample
    expect(w.dead(120_000)).toBe(false);
  });

  it('the bot waiting on its own work in the middle of a read is not silence', () => {
    const w = new SilenceWatch(30_000);
    w.sample(100, 500, 0);
    w.sample(140, 80_000, 5_000); // FETCH sent, sources streaming in
    for (let t = 10_000; t <= 300_000; t += 5_000) w.sample(140, 80_000, t); // stalled on Postgres: nothing written
    expect(w.dead(300_000)).toBe(false);
  });

  it('a later command starts no new clock while an earlier one is still unanswered', () => {
    const w = new SilenceWatch(30_000);
    w.sample(100, 500, 0);
    w.sample(140, 500, 5_000);
    w.sample(180, 500, 20_000);
    expect(w.dead(35_000)).toBe(true);
  });

  it('a connection that went silent just after the server last spoke is given up once the bot writes (sampled as the watcher samples)', () => {
    // A bot started a few seconds ago enters IDLE (the server's "+ idling" at 6.0 s); the
    // connection goes silent both ways at 6.5 s; the poll comes due at 9.9 s and writes DONE.
    const events = [{ at: 6_000, sent: 0, received: 20 }, { at: 9_900, sent: 6, received: 0 }];
    const w = new SilenceWatch(30_000);
    let sent = 100;
    let received = 500;
    let deadAt: number | null = null;
    for (let t = 0; t <= 120_000 && deadAt === null; t += SILENCE_SAMPLE_MS) {
      for (const e of events) {
        if (e.at > t - SILENCE_SAMPLE_MS && e.at <= t) {
          sent += e.sent;
          received += e.received;
        }
      }
      w.sample(sent, received, t);
      if (w.dead(t)) deadAt = t;
    }
    expect(deadAt, 'the dead connection was never given up').not.toBeNull();
    expect(deadAt!).toBeLessThanOrEqual(9_900 + 30_000 + SILENCE_SAMPLE_MS);
  });

  it('the limit is a poll interval, at least 30 s', () => {
    expect(silenceLimitMs(3)).toBe(30_000);
    expect(silenceLimitMs(60)).toBe(60_000);
  });
});
