import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { ParsePool } from '../../src/intake/parse-pool.js';

/**
 * Reading a mail on a parse thread has a budget (READ_BUDGET_SECONDS): a mail that runs
 * past it is reported unreadable, the thread is replaced, the other mails come back read,
 * and the main thread goes on meanwhile.
 */

const SETTINGS = {
  botDomain: 'bot.example', approvalSecret: 'a-secret-of-at-least-thirty-two-chars!', staffEmails: ['staff@example.org'],
  botAddress: 'contact@bot.example', ownHandles: [],
};

function requestMail(n: number): Buffer {
  return Buffer.from([
    `From: Person ${n} <person${n}@example.org>`, 'To: contact@bot.example', `Subject: Data deletion request ${n}`,
    'Date: Mon, 07 Dec 2026 05:00:00 +0000', `Message-ID: <budget-${n}@example.org>`, 'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8', '',
    'Hello,', '', `Please delete all my Instagram data. My Instagram username is @budget_user_${n}`, '', 'Thanks', '',
  ].join('\r\n'));
}

/**
 * An ordinary but large mail: 30 MB of HTML newsletter. Reading it takes 0.6-3 s on a thread
 * here, however fast the rules become (parsing alone is most of it): several times the 0.15 s
 * budget below, which an ordinary request mail (a few ms) is far within.
 */
function largeMail(megabytes = 30): Buffer {
  const para = '<p>Our autumn collection is here: coats, scarves and boots for the whole family, delivered free.</p>\r\n';
  return Buffer.from([
    'From: Shop <news@shop.example>', 'To: contact@bot.example', 'Subject: Autumn collection',
    'Date: Mon, 07 Dec 2026 05:00:00 +0000', 'Message-ID: <budget-large@shop.example>', 'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8', '', para.repeat(Math.floor((megabytes * 1024 * 1024) / para.length)),
  ].join('\r\n'));
}

let pool: ParsePool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('the reading budget', () => {
  it('reports a mail that runs past the budget unreadable, reads the others, and keeps the main thread free', async () => {
    const budgetSeconds = loadConfig({ READ_BUDGET_SECONDS: '0.15' }, ['runtime']).runtime.READ_BUDGET_SECONDS;
    pool = new ParsePool(SETTINGS, 1, { budgetSeconds });
    let ticks = 0;
    const ticker = setInterval(() => { ticks += 1; }, 10);
    try {
      // Queued behind the large mail on the same (only) thread, and one more after it.
      const before = pool.read(requestMail(1));
      const large = pool.read(largeMail());
      const after = [2, 3, 4].map((n) => pool!.read(requestMail(n)));
      const ticksAtStart = ticks;
      const outcome = await large;
      const ticksWhileLarge = ticks - ticksAtStart;
      const read = await Promise.all([before, ...after]);

      expect('unreadable' in outcome ? outcome.unreadable : `read as "${outcome.mail.subject}"`).toContain('READ_BUDGET_SECONDS');
      expect(read.map((r) => ('mail' in r ? r.mail.subject : r))).toEqual([1, 2, 3, 4].map((n) => `Data deletion request ${n}`));
      expect(read.map((r) => ('reading' in r ? r.reading.understood?.understanding.kind : r))).toEqual(Array(4).fill('deletion_request'));
      // Two budgets and a fresh thread's start at least: a free main thread ticks dozens of times.
      expect(ticksWhileLarge).toBeGreaterThanOrEqual(10);
    } finally {
      clearInterval(ticker);
    }
  });

  it('reports a mail that runs its thread out of memory unreadable, and reads the others', async () => {
    // 9 MB of three-byte lines: millions of lines overrun the thread's heap, whatever the
    // machine's speed; the budget is long enough that only memory can end the reading.
    pool = new ParsePool(SETTINGS, 1, { budgetSeconds: 120 });
    const lines = Buffer.concat([
      Buffer.from(['From: Logs <logs@shop.example>', 'To: contact@bot.example', 'Subject: Nightly log',
        'Date: Mon, 07 Dec 2026 05:00:00 +0000', 'Message-ID: <budget-lines@shop.example>', 'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8', '', ''].join('\r\n')),
      Buffer.from('a\r\n'.repeat(3 * 1024 * 1024)),
    ]);
    const before = pool.read(requestMail(1));
    const heavy = pool.read(lines);
    const after = pool.read(requestMail(2));
    const outcome = await heavy;
    expect('unreadable' in outcome ? [outcome.cause, outcome.unreadable] : `read as "${outcome.mail.subject}"`).toEqual(['memory', expect.stringContaining('memory')]);
    const read = await Promise.all([before, after]);
    expect(read.map((r) => ('reading' in r ? r.reading.understood?.understanding.kind : r))).toEqual(['deletion_request', 'deletion_request']);
  });

  it('reads a plain-text request of MAX_MESSAGE_BYTES (10 MB) in a language of the packs on a thread that has read others', async () => {
    const budgetSeconds = loadConfig({}, ['runtime']).runtime.READ_BUDGET_SECONDS;
    pool = new ParsePool(SETTINGS, 1, { budgetSeconds });
    // Warm: the packs' words, the language detector and the rules' state are all loaded and used.
    for (let n = 1; n <= 200; n++) await pool.read(requestMail(n));
    const sentence = 'Wir haben gestern über das Projekt gesprochen und die Termine für die nächsten Wochen besprochen. ';
    const raw = Buffer.from([
      'From: Jana <jana@example.de>', 'To: contact@bot.example', 'Subject: Meine Daten',
      'Date: Mon, 07 Dec 2026 05:00:00 +0000', 'Message-ID: <budget-de-large@example.de>', 'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8', '',
      'Bitte löschen Sie alle meine Daten. Mein Instagram-Name ist @jana.k', '',
      sentence.repeat(Math.floor((10 * 1024 * 1024 - 400) / Buffer.byteLength(sentence))),
    ].join('\r\n'));
    const outcome = await pool.read(raw);
    expect('reading' in outcome ? outcome.reading.understood?.understanding.instagramUsername : [outcome.cause, outcome.unreadable]).toBe('jana.k');
  });

  it('reads a mail of MAX_MESSAGE_BYTES (10 MB) within the default budget', async () => {
    const budgetSeconds = loadConfig({}, ['runtime']).runtime.READ_BUDGET_SECONDS;
    pool = new ParsePool(SETTINGS, 1, { budgetSeconds });
    const outcome = await pool.read(largeMail(10));
    expect('mail' in outcome ? outcome.mail.subject : outcome).toBe('Autumn collection');
  });
});
