import { describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from '../../src/config/config.js';
import { Backoff } from '../../src/poller/backoff.js';
import { checkpointAfterReset, firstCheckpoint, nothingChanged } from '../../src/poller/checkpoint-plan.js';
import { contentHash, contentStart } from '../../src/poller/content-hash.js';
import { imapClientOptions } from '../../src/poller/imap-client.js';
import type { Checkpoint } from '../../src/poller/inbound-store.js';
import { ProgressLog } from '../../src/poller/progress-log.js';
import { Frontier } from '../../src/poller/read-batch.js';
import { packUids, parseUidSet, uidBatches } from '../../src/poller/uid-set.js';
import type { Logger } from '../../src/log/logger.js';

const IMAP_ENV = { IMAP_HOST: 'imap.example.com', IMAP_USER: 'contact@pickrtech.com', IMAP_PASSWORD: 'pw' };
const imap = (env: Record<string, string> = {}) => loadConfig({ ...IMAP_ENV, ...env }, ['imap']).imap;

function problems(env: Record<string, string>): string[] {
  try {
    imap(env);
    return [];
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
}

describe('intake settings', () => {
  it('has documented defaults', () => {
    const c = imap();
    expect(c.IMAP_IDLE_RESTART_SECONDS).toBe(300);
    expect(c.IMAP_POLL_SECONDS).toBe(60);
    expect(c.MAX_MESSAGE_BYTES).toBe(10_485_760);
    expect(c.IMAP_PROCESSED_KEYWORD).toBe('$DeletionBot');
    expect(c.IMAP_PROCESSED_FOLDER).toBeUndefined();
    expect(c.IMAP_BACKFILL_SINCE).toBeUndefined();
  });

  it('reads the back-fill date as 00:00 UTC and refuses anything else', () => {
    expect(imap({ IMAP_BACKFILL_SINCE: '2026-01-31' }).IMAP_BACKFILL_SINCE).toEqual(new Date('2026-01-31T00:00:00Z'));
    for (const bad of ['2026-02-30', '31.01.2026', '2026-1-3', 'yesterday']) {
      expect(problems({ IMAP_BACKFILL_SINCE: bad })).toEqual(['IMAP_BACKFILL_SINCE must be a date YYYY-MM-DD (e.g. 2026-01-31)']);
    }
  });

  it('names a bad keyword, a folder equal to the watched one, and an IDLE restart out of range', () => {
    expect(problems({ IMAP_PROCESSED_KEYWORD: '\\Seen' })[0]).toMatch(/^IMAP_PROCESSED_KEYWORD must be an IMAP keyword/);
    expect(problems({ IMAP_PROCESSED_FOLDER: 'inbox' })).toEqual(['IMAP_PROCESSED_FOLDER must be another folder than IMAP_MAILBOX']);
    expect(problems({ IMAP_IDLE_RESTART_SECONDS: '3600' })[0]).toMatch(/^IMAP_IDLE_RESTART_SECONDS /);
    expect(problems({ MAX_MESSAGE_BYTES: 'ten' })[0]).toMatch(/^MAX_MESSAGE_BYTES /);
  });
});

describe('IMAP client options', () => {
  it('restarts IDLE on the configured timer and keeps the socket timeout above it', () => {
    const opts = imapClientOptions(imap({ IMAP_IDLE_RESTART_SECONDS: '120' }));
    expect(opts.maxIdleTime).toBe(120_000);
    expect(opts.socketTimeout).toBeGreaterThan(120_000);
    const long = imapClientOptions(imap({ IMAP_IDLE_RESTART_SECONDS: '1740' }));
    expect(long.maxIdleTime).toBe(1_740_000);
    expect(long.socketTimeout).toBeGreaterThan(1_740_000);
    expect(imapClientOptions(imap()).maxIdleTime).toBe(300_000);
  });
});

describe('reconnect backoff defaults', () => {
  it('never waits longer than the cap, however many attempts failed', () => {
    const b = new Backoff(1000, 60_000, 60_000, () => 1);
    const delays = Array.from({ length: 2000 }, () => b.next(0));
    expect(Math.max(...delays)).toBe(60_000);
    expect(delays.every((d) => Number.isFinite(d) && d >= 500)).toBe(true);
  });
});

describe('UID sets', () => {
  it('walks a compact set in batches without expanding it whole, skipping UIDs at or below the checkpoint', () => {
    expect(parseUidSet('12:14,1:3,9,*,x')).toEqual([[1, 3], [9, 9], [12, 14]]);
    expect([...uidBatches('1:3,9,12:14', 3)]).toEqual([[1, 2, 3], [9, 12, 13], [14]]);
    expect([...uidBatches('1:3,9,12:14', 3, 9)]).toEqual([[12, 13, 14]]);
    expect([...uidBatches([7, 3, 5], 2, 3)]).toEqual([[5, 7]]);
    const batches = uidBatches('1:1000000', 200);
    expect(batches.next().value).toHaveLength(200);
  });

  it('packs UIDs into ranges', () => {
    expect(packUids([7, 1, 2, 3, 9, 10])).toBe('1:3,7,9:10');
    expect(packUids([4])).toBe('4');
  });
});

describe('content identity', () => {
  const body = 'From: a@example.com\r\nSubject: Hi\r\nMessage-ID: <m1@example.com>\r\n\r\nHello\r\n';

  it('ignores the trace fields each delivery prepends', () => {
    const first = 'Return-Path: <a@example.com>\r\nDelivered-To: contact@pickrtech.com\r\nReceived: from mx\r\n\tby lmtp id 1; Sat, 28 Nov 2026\r\n' + body;
    const again = 'Return-Path: <a@example.com>\r\nDelivered-To: contact@pickrtech.com\r\nReceived: from mx\r\n\tby lmtp id 2; Sun, 29 Nov 2026\r\n' + first;
    expect(contentHash(Buffer.from(first))).toBe(contentHash(Buffer.from(body)));
    expect(contentHash(Buffer.from(again))).toBe(contentHash(Buffer.from(body)));
    expect(contentStart(Buffer.from(body))).toBe(0);
  });

  it('tells apart messages that differ below the trace fields', () => {
    expect(contentHash(Buffer.from(body))).not.toBe(contentHash(Buffer.from(body.replace('Hello', 'Hallo'))));
    // A Received field further down is content, not trace.
    const later = body.replace('Subject: Hi\r\n', 'Subject: Hi\r\nReceived: from elsewhere\r\n');
    expect(contentHash(Buffer.from(later))).not.toBe(contentHash(Buffer.from(body)));
  });
});

describe('checkpoint plan', () => {
  const now = new Date('2026-11-28T12:00:00Z');

  it('takes the mail received since the start on first start by default, everything since the date with a back-fill', () => {
    // The UIDs present at the first connect are read with the start as filter: mail that came while connecting is kept.
    expect(firstCheckpoint({ uidValidity: 7, uidNext: 42 }, undefined, new Date(now.getTime() + 750))).toEqual(
      { uidValidity: 7, lastUid: 0, highestModseq: null, takeSince: now, scanUntilUid: 41 },
    );
    const since = new Date('2026-01-01T00:00:00Z');
    expect(firstCheckpoint({ uidValidity: 7, uidNext: 42 }, since, now)).toEqual(
      { uidValidity: 7, lastUid: 0, highestModseq: null, takeSince: since, scanUntilUid: 41 },
    );
  });

  it('re-scans a reset mailbox from the instant the bot began taking mail', () => {
    const old: Checkpoint = { uidValidity: 7, lastUid: 900, highestModseq: 5000n, takeSince: now, scanUntilUid: null };
    expect(checkpointAfterReset(old, { uidValidity: 8, uidNext: 31 })).toEqual(
      { uidValidity: 8, lastUid: 0, highestModseq: null, takeSince: now, scanUntilUid: 30 },
    );
  });

  it('skips a read only when HIGHESTMODSEQ is known on both sides and unchanged', () => {
    const cp: Checkpoint = { uidValidity: 7, lastUid: 9, highestModseq: 50n, takeSince: now, scanUntilUid: null };
    expect(nothingChanged(cp, 50n)).toBe(true);
    expect(nothingChanged(cp, 51n)).toBe(false);
    expect(nothingChanged(cp, null)).toBe(false);
    expect(nothingChanged({ ...cp, highestModseq: null }, 50n)).toBe(false);
    expect(nothingChanged({ ...cp, scanUntilUid: 30 }, 50n)).toBe(false);
  });
});

describe('checkpoint frontier', () => {
  it('passes a UID only once every lower UID of the batch is done', () => {
    const f = new Frontier([3, 5, 8, 9]);
    expect(f.done(5)).toBeNull();
    expect(f.done(3)).toBe(5);
    expect(f.done(9)).toBeNull();
    expect(f.done(8)).toBe(9);
  });
});

describe('progress log', () => {
  it('logs done/total and the rate every few seconds or every N messages, with counts only', () => {
    const lines: Record<string, unknown>[] = [];
    const log = { info: (o: Record<string, unknown>) => lines.push(o) } as unknown as Logger;
    let clock = 0;
    const p = new ProgressLog(log, 'back-fill', 5000, () => clock, 5_000, 1_000);
    for (let i = 0; i < 10; i++) { clock += 100; p.add(100); } // 1,000 in 1 s
    clock += 6_000;
    p.add(1); // 6 s later: time-based line
    p.finish();
    expect(lines.map((l) => [l.done, l.total, l.perSecond])).toEqual([
      [undefined, 5000, undefined], [1000, 5000, 1000], [1001, 5000, 143], [1001, 5000, 143],
    ]);
    expect(lines.every((l) => l.phase === 'back-fill' && l.component === 'intake')).toBe(true);
  });
});
