import { describe, expect, it } from 'vitest';
import { useBotStack } from '../support/bot-stack.js';
import { viewFolder } from '../support/mailbox-flags.js';
import { listMail, sendMail, waitForMail } from '../../harness/mail-user.js';
import { waitUntil } from '../../harness/system.js';
import { bare, CONTACT, isAck, isNotification, refOf, STAFF } from './mail-facts.js';

/**
 * Mail from a staff address that is not a decision is read as what it
 * carries: a forwarded request is the original sender's request; anything else
 * is left alone in the mailbox for a person, with no answer.
 */

const t = useBotStack({ seed: true });

describe('staff mail that is not a decision', () => {
  it('a request staff forward into contact@ is opened for the original sender, who gets the acknowledgment', async () => {
    await sendMail(t.stack.relay, {
      from: STAFF, to: CONTACT, subject: 'Fwd: Delete my data',
      text:
        'This came to my own inbox, please handle it.\n\n' +
        '---------- Forwarded message ---------\n' +
        'From: Erin Example <erin@example.com>\n' +
        'Date: Mon, 7 Dec 2026 at 09:00\n' +
        'Subject: Delete my data\n' +
        'To: <staff@pickrtech.com>\n\n' +
        'Hello, please delete my Instagram-related app data. My Instagram username is @dave.designs\n',
    });
    const ack = await waitForMail(t.stack.dovecot, 'erin@example.com', isAck);
    const ref = refOf(ack.subject)!;
    await waitForMail(t.stack.dovecot, STAFF, isNotification(ref));
    const { rows } = await t.db.pool.query(`SELECT sender_email, instagram_username FROM requests WHERE reference = $1`, [ref]);
    expect(rows).toEqual([{ sender_email: 'erin@example.com', instagram_username: 'dave.designs' }]);
    expect((await listMail(t.stack.dovecot, STAFF)).filter(isAck)).toEqual([]);
  });

  it('a plain staff mail stays unread and unmarked in the mailbox and gets no answer', async () => {
    const lunch = await sendMail(t.stack.relay, { from: STAFF, to: CONTACT, subject: 'lunch?', text: 'Anyone up for lunch at 12?\n' });
    await waitUntil(async () => {
      const { rows } = await t.db.pool.query(
        `SELECT count(*)::int AS n FROM inbound_messages WHERE message_id = $1 AND processed_at IS NOT NULL`, [bare(lunch.messageId)]);
      return rows[0].n === 1;
    }, 'the staff mail was not processed', 30_000, 250);
    const { rows } = await t.db.pool.query(`SELECT kind, request_id FROM inbound_messages WHERE message_id = $1`, [bare(lunch.messageId)]);
    expect(rows).toEqual([{ kind: 'staff_reply', request_id: null }]);
    // The mailbox follow-up has run for it (or never will): it keeps no keyword and stays in INBOX.
    await waitUntil(async () => {
      const { rows: r } = await t.db.pool.query(`SELECT marked_at FROM inbound_messages WHERE message_id = $1`, [bare(lunch.messageId)]);
      return r[0].marked_at !== null;
    }, 'the mailbox follow-up did not run', 30_000, 250);
    const inbox = await viewFolder(t.stack.dovecot, CONTACT, 'INBOX');
    expect(inbox!.messages.find((m) => m.messageId === bare(lunch.messageId))!.flags).toEqual([]);
    expect((await listMail(t.stack.dovecot, STAFF)).filter((m) => /lunch/i.test(m.subject))).toEqual([]);
  });
});
