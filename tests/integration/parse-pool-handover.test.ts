import { afterEach, describe, expect, it } from 'vitest';
import { ParsePool } from '../../src/intake/parse-pool.js';

/**
 * Postgres hands small messages over as slices of one shared buffer. Each goes to its parse
 * thread as itself, and the caller keeps its message whole (to read it again on a fresh
 * thread, or to store it). What comes back is what the intake reads: the mail's words and
 * what the rules made of them, not the HTML they were read from.
 */

const SETTINGS = {
  botDomain: 'bot.example', approvalSecret: 'a-secret-of-at-least-thirty-two-chars!', staffEmails: ['staff@example.org'],
  botAddress: 'contact@bot.example', ownHandles: [],
};

function requestMail(n: number): string {
  return [
    `From: Person ${n} <person${n}@example.org>`, 'To: contact@bot.example', `Subject: Data deletion request ${n}`,
    'Date: Mon, 07 Dec 2026 05:00:00 +0000', `Message-ID: <handover-${n}@example.org>`, 'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8', '',
    'Hello,', '', `Please delete all my Instagram data. My Instagram username is @handover_${n}`, '', 'Thanks', '',
  ].join('\r\n');
}

let pool: ParsePool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('handing a message to a parse thread', () => {
  it('reads each slice of a shared buffer as its own message and leaves the caller\'s message whole', async () => {
    const texts = [1, 2, 3].map(requestMail);
    const shared = Buffer.from(texts.join(''));
    let at = 0;
    const raws = texts.map((t) => {
      const raw = shared.subarray(at, at + t.length);
      at += t.length;
      return raw;
    });
    pool = new ParsePool(SETTINGS, 1, { budgetSeconds: 30 });

    const read = await Promise.all(raws.map((raw) => pool!.read(raw)));

    expect(read.map((r) => ('mail' in r ? [r.mail.subject, r.reading.understood?.understanding.instagramUsername] : r))).toEqual(
      [1, 2, 3].map((n) => [`Data deletion request ${n}`, `handover_${n}`]),
    );
    expect(raws.map((raw) => raw.toString())).toEqual(texts);
  });

  it('gives back an HTML mail\'s words and reading without its HTML', async () => {
    pool = new ParsePool(SETTINGS, 1, { budgetSeconds: 30 });
    const html = [
      'From: Person <person@example.org>', 'To: contact@bot.example', 'Subject: Data deletion request',
      'Date: Mon, 07 Dec 2026 05:00:00 +0000', 'Message-ID: <handover-html@example.org>', 'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8', '',
      '<html><body><p>Please delete all my Instagram data.</p><p>My Instagram username is @handover_html</p></body></html>', '',
    ].join('\r\n');

    const read = await pool.read(Buffer.from(html));

    expect('mail' in read ? [read.mail.text, read.mail.html, read.reading.understood?.understanding.instagramUsername] : read).toEqual([
      'Please delete all my Instagram data.\nMy Instagram username is @handover_html', null, 'handover_html',
    ]);
  });
});
