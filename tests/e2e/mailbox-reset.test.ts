import { describe, expect, it, beforeAll } from 'vitest';
import { useBotStack } from '../support/bot-stack.js';
import { viewFolder } from '../support/mailbox-flags.js';
import { fillMaildir, recreateMailbox } from '../../harness/maildir.js';
import { deliverDirect, listMail, sendMail, waitForMail } from '../../harness/mail-user.js';
import { waitUntil } from '../../harness/system.js';
import { fileRequest } from './file-request.js';
import { bare, CONTACT, isAck, isNotification, STAFF } from './mail-facts.js';

/**
 * The mail server renumbers the mailbox (UIDVALIDITY changes: the mailbox was
 * deleted and recreated, its mail restored or delivered again). The bot reads
 * it again without handling anything twice, handles what is new, leaves mail
 * older than its own start alone, and tells staff.
 */

const t = useBotStack({ start: false });
const KEYWORD = '$DeletionBot';
const TEN_DAYS_AGO = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000);

/** A request that sat in the mailbox before the bot's first start: it must never be answered. */
const OLD_REQUEST =
  'From: Erin <erin@example.com>\nTo: contact@pickrtech.com\nSubject: Delete my data\n' +
  `Message-ID: <old-request-1@example.com>\nDate: ${TEN_DAYS_AGO.toUTCString()}\n\n` +
  'Please delete my Instagram data. My username is erin.old\n';

beforeAll(async () => {
  await fillMaildir(t.stack.dovecot, CONTACT, [{ raw: OLD_REQUEST, receivedAt: TEN_DAYS_AGO }]);
  await t.start();
});

async function inboundRows(): Promise<{ message_id: string | null; kind: string | null }[]> {
  const { rows } = await t.db.pool.query(`SELECT message_id, kind FROM inbound_messages ORDER BY stored_at`);
  return rows;
}

async function allProcessed(count: number): Promise<boolean> {
  const { rows } = await t.db.pool.query(`SELECT count(*)::int AS n, count(processed_at)::int AS done FROM inbound_messages`);
  return rows[0].n === count && rows[0].done === count;
}

async function usernamesFrom(sender: string): Promise<string[]> {
  const { rows } = await t.db.pool.query(
    `SELECT instagram_username FROM requests WHERE sender_email = $1 ORDER BY reference`, [sender],
  );
  return rows.map((r) => r.instagram_username as string);
}

async function flagsOf(messageId: string): Promise<string[] | undefined> {
  const view = await viewFolder(t.stack.dovecot, CONTACT);
  return view?.messages.find((m) => m.messageId === bare(messageId))?.flags;
}

describe('mailbox reset (UIDVALIDITY change)', () => {
  it('re-reads a recreated mailbox: nothing handled twice, new mail handled, old mail left alone, staff told', async () => {
    // Before the reset: a request, and ordinary mail the bot leaves to people.
    const alice = await fileRequest(t, {
      from: 'alice@example.com', subject: 'Data deletion',
      text: 'Please delete my Instagram data. My username is alice.reset\n',
    });
    await sendMail(t.stack.relay, {
      from: 'bob@example.com', to: CONTACT, subject: 'Question about pricing',
      text: 'Hi, do you offer a discount for schools?\n', messageId: '<shared-id-1@example.com>',
    });
    await waitUntil(() => allProcessed(2), 'the two mails were not handled', 30_000, 200);
    await waitUntil(async () => (await flagsOf(alice.messageId))?.includes(KEYWORD) === true, 'the request mail never got the keyword', 30_000, 250);
    const before = (await viewFolder(t.stack.dovecot, CONTACT))!;

    // The server side: the mailbox is deleted and recreated. Its mail comes back
    // (the old request with its old received date, as a restore keeps it), and the
    // request is delivered again (new trace headers, same message).
    expect(await t.stop()).toBe(0);
    const saved = await listMail(t.stack.dovecot, CONTACT);
    const aliceRaw = saved.find((m) => bare(m.messageId) === bare(alice.messageId))!.raw;
    await recreateMailbox(t.stack.dovecot, CONTACT, saved
      .filter((m) => m.raw !== aliceRaw)
      .map((m) => ({ raw: m.raw, receivedAt: bare(m.messageId) === 'old-request-1@example.com' ? TEN_DAYS_AGO : new Date() })));
    await deliverDirect(t.stack.dovecot, { from: 'alice@example.com', to: CONTACT, raw: aliceRaw });
    await t.start();

    const alert = await waitForMail(t.stack.dovecot, STAFF, (m) => /mailbox INBOX was reset/.test(m.subject));
    expect(alert.text).toMatch(/UIDVALIDITY changed from \d+ to \d+/);

    // New mail after the reset: a new request, and a different message reusing an old Message-ID.
    const carol = await fileRequest(t, {
      from: 'carol@example.com', subject: 'Remove my data',
      text: 'I want my Instagram-related data deleted. IG: carol.after\n',
    });
    await sendMail(t.stack.relay, {
      from: 'dave@example.com', to: CONTACT, subject: 'Delete my data',
      text: 'Please delete my Instagram data. Username: dave.reuse\n', messageId: '<shared-id-1@example.com>',
    });
    await waitForMail(t.stack.dovecot, 'dave@example.com', isAck);
    await waitUntil(() => allProcessed(4), 'the new mails were not handled', 30_000, 200);

    // Each request exactly once; the old request never answered.
    expect(await usernamesFrom('alice@example.com')).toEqual(['alice.reset']);
    expect(await usernamesFrom('carol@example.com')).toEqual(['carol.after']);
    expect(await usernamesFrom('dave@example.com')).toEqual(['dave.reuse']);
    expect(await usernamesFrom('erin@example.com')).toEqual([]);
    expect((await listMail(t.stack.dovecot, 'alice@example.com')).filter(isAck)).toHaveLength(1);
    expect(await listMail(t.stack.dovecot, 'erin@example.com')).toEqual([]);
    const staffMail = await listMail(t.stack.dovecot, STAFF);
    expect(staffMail.filter(isNotification(alice.ref))).toHaveLength(1);
    expect(staffMail.filter(isNotification(carol.ref))).toHaveLength(1);
    expect(staffMail.filter((m) => /was reset/.test(m.subject))).toHaveLength(1);
    const rows = await inboundRows();
    expect(rows.map((r) => r.message_id).sort()).toEqual(
      [bare(alice.messageId), bare(carol.messageId), 'shared-id-1@example.com', 'shared-id-1@example.com'].sort(),
    );

    // The mailbox really was renumbered; the re-delivered request carries the keyword again,
    // the ordinary mail is still unread and unflagged.
    const after = (await viewFolder(t.stack.dovecot, CONTACT))!;
    expect(after.uidValidity).not.toBe(before.uidValidity);
    await waitUntil(async () => (await flagsOf(alice.messageId))?.includes(KEYWORD) === true, 'the re-delivered request never got the keyword', 30_000, 250);
    const pricing = after.messages.find((m) => m.subject === 'Question about pricing');
    expect(pricing?.flags).toEqual([]);
  });
});
