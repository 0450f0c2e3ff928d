import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBotStack } from '../support/bot-stack.js';
import { viewFolder, type FlaggedMail } from '../support/mailbox-flags.js';
import { listMail, sendMail, sendRaw, waitForMail } from '../../harness/mail-user.js';
import { waitUntil } from '../../harness/system.js';
import { fileRequest } from './file-request.js';
import { bare, CONTACT, STAFF } from './mail-facts.js';

/**
 * What the shared mailbox looks like to the people who also read it: mail the
 * bot handled carries its keyword and moves to the configured folder; every
 * other mail stays unread, unflagged and where it was. A message above the
 * size limit is never read: staff get an alert to handle it by hand.
 */

const t = useBotStack({ start: false });
const KEYWORD = '$DeletionBot';
const FOLDER = 'Processed';
const LIMIT = 100_000;

beforeAll(async () => {
  Object.assign(t.env, { MAX_MESSAGE_BYTES: String(LIMIT), IMAP_PROCESSED_FOLDER: FOLDER });
  await t.start();
});

async function find(folder: string, messageId: string): Promise<FlaggedMail | undefined> {
  const view = await viewFolder(t.stack.dovecot, CONTACT, folder);
  return view?.messages.find((m) => m.messageId === bare(messageId));
}

async function requestsFrom(sender: string): Promise<number> {
  const { rows } = await t.db.pool.query(`SELECT count(*)::int AS n FROM requests WHERE sender_email = $1`, [sender]);
  return rows[0].n;
}

describe('the shared mailbox after the bot', () => {
  it('records a message above the size limit by its headers only, never reads it, and tells staff', async () => {
    const attachment = randomBytes(300 * 1024).toString('base64').replace(/.{76}/g, '$&\r\n');
    const messageId = '<big-request-1@example.com>';
    await sendRaw(t.stack.relay, {
      from: 'alice@example.com', to: CONTACT,
      raw:
        'From: Alice <alice@example.com>\r\nTo: contact@pickrtech.com\r\nSubject: Delete my data, scans attached\r\n' +
        `Message-ID: ${messageId}\r\nDate: Sat, 28 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n` +
        'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n' +
        '--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n' +
        'Please delete my Instagram data. My username is alice.big\r\n' +
        '--b1\r\nContent-Type: application/octet-stream; name="scan.bin"\r\nContent-Transfer-Encoding: base64\r\n\r\n' +
        `${attachment}\r\n--b1--\r\n`,
    });

    const alert = await waitForMail(t.stack.dovecot, STAFF, (m) => /too large/.test(m.subject));
    expect(alert.text).toContain('From: Alice <alice@example.com>');
    expect(alert.text).toContain('Subject: Delete my data, scans attached');
    expect(alert.text).toContain('Date: 2026-11-28T10:00:00.000Z');
    expect(alert.text).toMatch(/Size: 4\d\d\.\d KB \(\d{6} bytes/);
    expect(alert.text).toMatch(/Mailbox: INBOX, UID \d+/);

    // Not read: no request, no answer, only the headers kept.
    const { rows } = await t.db.pool.query(
      `SELECT kind, oversized, size_bytes, length(raw) AS kept, position('alice.big' in encode(raw, 'escape')) AS body_seen
         FROM inbound_messages WHERE message_id = $1`, [bare(messageId)],
    );
    expect(rows).toEqual([{ kind: 'oversized', oversized: true, size_bytes: expect.any(Number), kept: expect.any(Number), body_seen: 0 }]);
    expect(rows[0].size_bytes).toBeGreaterThan(LIMIT);
    expect(rows[0].kept).toBeLessThan(2_000);
    expect(await requestsFrom('alice@example.com')).toBe(0);
    expect(await listMail(t.stack.dovecot, 'alice@example.com')).toEqual([]);

    // Staff act on it, so it counts as handled: keyword and folder, still unread for them.
    await waitUntil(async () => (await find(FOLDER, messageId)) !== undefined, 'the oversized mail was not moved', 30_000, 250);
    expect((await find(FOLDER, messageId))!.flags).toEqual([KEYWORD]);
  });

  it('marks and moves handled mail; other mail and auto-replies stay unread, unflagged and in INBOX', async () => {
    const request = await fileRequest(t, {
      from: 'bob@example.com', subject: 'Data deletion',
      text: 'Please delete my Instagram data. My username is bob.marks\n',
    });
    const other = await sendMail(t.stack.relay, {
      from: 'carol@example.com', to: CONTACT, subject: 'Question about pricing',
      text: 'Hi, do you offer a discount for small businesses?\n',
    });
    const autoReply = await sendMail(t.stack.relay, {
      from: 'dave@example.com', to: CONTACT, subject: 'Out of office',
      text: 'I am away until Monday.\n', headers: { 'Auto-Submitted': 'auto-replied' },
    });

    await waitUntil(async () => (await find(FOLDER, request.messageId)) !== undefined, 'the request mail was not moved', 30_000, 250);
    expect((await find(FOLDER, request.messageId))!.flags).toEqual([KEYWORD]);
    expect(await find('INBOX', request.messageId)).toBeUndefined();

    // Both were handled by the bot (recorded as processed and done in the mailbox) and left as they were.
    await waitUntil(async () => {
      const { rows } = await t.db.pool.query(
        `SELECT count(*)::int AS n FROM inbound_messages WHERE message_id = ANY($1) AND marked_at IS NOT NULL`,
        [[bare(other.messageId), bare(autoReply.messageId)]],
      );
      return rows[0].n === 2;
    }, 'the other mails were not processed', 30_000, 250);
    for (const sent of [other, autoReply]) {
      const left = await find('INBOX', sent.messageId);
      expect(left, `message ${sent.messageId} is no longer in INBOX`).toBeDefined();
      expect(left!.flags).toEqual([]);
    }
    expect(await find(FOLDER, other.messageId)).toBeUndefined();

    // The checkpoint follows the server's HIGHESTMODSEQ (CONDSTORE): an unchanged value means nothing to fetch.
    await waitUntil(async () => {
      const server = (await viewFolder(t.stack.dovecot, CONTACT))!.highestModseq;
      const { rows } = await t.db.pool.query(`SELECT highest_modseq FROM mailbox_checkpoints WHERE mailbox = 'INBOX'`);
      return server !== undefined && rows[0]?.highest_modseq === server.toString();
    }, 'the checkpoint never recorded the server HIGHESTMODSEQ', 30_000, 250);
  });
});
