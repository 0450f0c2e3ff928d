import { describe, expect, it, beforeAll } from 'vitest';
import { useBotStack } from '../support/bot-stack.js';
import { startBot } from '../../harness/bot-process.js';
import { fillMaildir, type MaildirMessage } from '../../harness/maildir.js';
import { listMail } from '../../harness/mail-user.js';
import { processMemory } from '../../harness/process-memory.js';
import { waitUntil } from '../../harness/system.js';
import { CONTACT, isAck } from './mail-facts.js';

/**
 * First start with IMAP_BACKFILL_SINCE on a mailbox that already holds 5,000
 * messages since that date (and older ones before it): every message since the
 * date is stored once, nothing older is taken, progress shows in the log, and
 * the bot's memory does not grow with the mailbox.
 */

const t = useBotStack({ start: false });

const DAY = 24 * 60 * 60 * 1000;
const TOTAL = 5_000;
const OLDER = 300;
const SINCE = new Date(Date.now() - 30 * DAY).toISOString().slice(0, 10);
const REQUESTERS = ['alice', 'bob', 'carol', 'dave', 'erin'];
const HEAP_LIMIT_MB = 160;
/** The RSS peak may grow this much between 1,000 and 5,000 messages; holding them would add about 120 MB. */
const MARGIN_MB = 40;
/** About 30 KB per message: a mailbox held in memory would show as 150 MB. */
const FILLER = 'We send this newsletter to customers who asked for updates about scheduling features. '.repeat(340);

function* mailbox(): Generator<MaildirMessage> {
  const since = new Date(`${SINCE}T00:00:00Z`).getTime();
  for (let i = 0; i < OLDER; i++) {
    yield {
      raw: `From: Old Sender <old${i}@example.org>\nTo: ${CONTACT}\nSubject: Old note ${i}\nMessage-ID: <old-${i}@example.org>\n\nOld mail.\n`,
      receivedAt: new Date(since - 10 * DAY + i * 1000),
    };
  }
  const span = Date.now() - DAY - (since + DAY);
  for (let i = 0; i < TOTAL; i++) {
    const receivedAt = new Date(since + DAY + Math.floor((span * i) / TOTAL));
    const requester = i % 1000 === 500 ? REQUESTERS[i / 1000 - 0.5] : undefined;
    yield {
      receivedAt,
      raw: requester
        ? `From: ${requester} <${requester}@example.com>\nTo: ${CONTACT}\nSubject: Delete my data\nMessage-ID: <bf-${i}@example.com>\n` +
          `Date: ${receivedAt.toUTCString()}\n\nPlease delete my Instagram data. My username is ${requester}.backfill\n`
        : `From: Newsletter <news${i % 50}@example.org>\nTo: ${CONTACT}\nSubject: Scheduling tips #${i}\nMessage-ID: <bf-${i}@example.org>\n` +
          `Date: ${receivedAt.toUTCString()}\n\nIssue ${i}.\n${FILLER}\n`,
    };
  }
}

beforeAll(async () => {
  await fillMaildir(t.stack.dovecot, CONTACT, mailbox());
}, 120_000);

async function counts(): Promise<{ stored: number; processed: number }> {
  const { rows } = await t.db.pool.query(`SELECT count(*)::int AS stored, count(processed_at)::int AS processed FROM inbound_messages`);
  return rows[0];
}

describe('back-fill on first start', () => {
  it(`stores ${TOTAL} messages since IMAP_BACKFILL_SINCE once each, logs progress, and keeps memory flat`, { timeout: 600_000 }, async () => {
    t.env.IMAP_BACKFILL_SINCE = SINCE;
    // V8 grows its heap lazily, by amounts that depend on when GC happens to run and how fast
    // the bot allocates; fixed old- and young-space limits (the young one as the container image
    // sets it) keep that noise out of the peak, so the peak follows what is live.
    t.env.NODE_OPTIONS = `--max-old-space-size=${HEAP_LIMIT_MB} --max-semi-space-size=4`;
    let pid: number | null = null;
    let peakAt1000: number | null = null;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        // After 1,000 read, so both points hold a reading thread at its working size (its heap
        // holds the reader's word lists and language model, and is bounded by its own limit).
        if (pid !== null && peakAt1000 === null && (await counts()).processed >= 1000) {
          peakAt1000 = (await processMemory(pid))?.peakMb ?? null;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    })();

    const startedAt = Date.now();
    // /readyz answers once the mailbox was read up to date: here, once the back-fill is done.
    t.bot = await startBot(t.env, { readyTimeoutMs: 540_000, onSpawn: (p) => (pid = p) });
    t.logs.push(t.bot.output);
    const backfillSeconds = (Date.now() - startedAt) / 1000;
    await waitUntil(async () => (await counts()).processed === TOTAL, 'not every back-filled message was handled', 300_000, 500);
    const handledSeconds = (Date.now() - startedAt) / 1000;
    sampling = false;
    await sampler;
    const end = (await processMemory(pid!))!;

    const progress = t.bot.output.filter((l) => l.includes('"phase":"back-fill"')).map((l) => JSON.parse(l) as Record<string, unknown>);
    console.log(`back-fill of ${TOTAL}: ready after ${backfillSeconds.toFixed(1)} s, all handled after ${handledSeconds.toFixed(1)} s; ` +
      `peak RSS after 1,000 handled ${peakAt1000!.toFixed(1)} MiB, after all ${end.peakMb.toFixed(1)} MiB (now ${end.rssMb.toFixed(1)} MiB); ` +
      `${progress.length} progress lines`);

    // Every message since the date once; nothing older.
    const { rows } = await t.db.pool.query(
      `SELECT count(*)::int AS n, count(DISTINCT message_id)::int AS ids, count(*) FILTER (WHERE message_id LIKE 'old-%')::int AS old
         FROM inbound_messages`,
    );
    expect(rows[0]).toEqual({ n: TOTAL, ids: TOTAL, old: 0 });
    for (const name of REQUESTERS) {
      const { rows: reqs } = await t.db.pool.query(`SELECT instagram_username FROM requests WHERE sender_email = $1`, [`${name}@example.com`]);
      expect(reqs).toEqual([{ instagram_username: `${name}.backfill` }]);
    }
    await waitUntil(async () => (await listMail(t.stack.dovecot, 'erin@example.com')).some(isAck), 'no acknowledgment for the back-filled request', 60_000, 500);
    expect((await listMail(t.stack.dovecot, 'alice@example.com')).filter(isAck)).toHaveLength(1);

    // Progress in the log: done/total and a rate, counts only.
    expect(progress.length).toBeGreaterThanOrEqual(4);
    expect(progress.at(-1)).toMatchObject({ done: TOTAL, total: TOTAL, perSecond: expect.any(Number) });
    expect(progress.filter((p) => typeof p.done === 'number' && (p.done as number) < TOTAL).length).toBeGreaterThanOrEqual(2);
    expect(progress.every((p) => !JSON.stringify(p).includes('@'))).toBe(true);

    // Memory: the peak after 5,000 stays within a fixed margin of the peak after the first 1,000 handled.
    expect(end.peakMb - peakAt1000!).toBeLessThan(MARGIN_MB);
  });
});
