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
 * An ordinary but large mail: 24 MB of HTML newsletter. Reading it takes seconds on a thread
 * (about 2 s here), however fast the rules become: parsing alone is most of it.
 */
function largeMail(megabytes = 24): Buffer {
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
    const budgetSeconds = loadConfig({ READ_BUDGET_SECONDS: '1' }, ['runtime']).runtime.READ_BUDGET_SECONDS;
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
      // Two budgets at least (the first try and one on a fresh thread): a free main thread ticks dozens of times.
      expect(ticksWhileLarge).toBeGreaterThanOrEqual(10);
    } finally {
      clearInterval(ticker);
    }
  });

  it('reads a mail of MAX_MESSAGE_BYTES (10 MB) within the default budget', async () => {
    const budgetSeconds = loadConfig({}, ['runtime']).runtime.READ_BUDGET_SECONDS;
    pool = new ParsePool(SETTINGS, 1, { budgetSeconds });
    const outcome = await pool.read(largeMail(10));
    expect('mail' in outcome ? outcome.mail.subject : outcome).toBe('Autumn collection');
  });
});
