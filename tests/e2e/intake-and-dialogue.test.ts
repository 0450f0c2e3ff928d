import { describe, expect, it } from 'vitest';
import { useBotStack } from '../harness/bot-stack.js';
import { listMail, sendMail, sendRaw, waitForMail } from '../harness/mail-user.js';
import { CONTACT, isAck, refOf } from './mail-facts.js';

/**
 * The front door over real IMAP: nothing missed across a restart or a dropped
 * connection, nothing doubled, no answer to machines, other mail left unread,
 * and the "we need your username" dialogue.
 */

const t = useBotStack();

async function requestsFrom(sender: string): Promise<{ reference: string; state: string; instagram_username: string | null }[]> {
  const { rows } = await t.db.pool.query(
    `SELECT reference, state, instagram_username FROM requests WHERE sender_email = $1 ORDER BY reference`,
    [sender],
  );
  return rows;
}

describe('intake and dialogue', () => {
  it('handles mail that arrived while the bot was stopped exactly once after restart', async () => {
    expect(await t.stop()).toBe(0);
    await sendMail(t.stack.relay, {
      from: 'carol@example.com', to: CONTACT, subject: 'Data deletion',
      text: 'Please delete my Instagram data. My username is carol.cooks\n',
    });
    await t.start();
    const ack = await waitForMail(t.stack.dovecot, 'carol@example.com', isAck);
    expect(await requestsFrom('carol@example.com')).toEqual([{ reference: refOf(ack.subject), state: 'awaiting_approval', instagram_username: 'carol.cooks' }]);

    // A second request from the same person is taken in order after the first:
    // when its acknowledgment is there, a double of the first would be too.
    await sendMail(t.stack.relay, {
      from: 'carol@example.com', to: CONTACT, subject: 'Another one',
      text: 'Please also delete the Instagram data of my second account, @carol.bakes\n',
    });
    await waitForMail(t.stack.dovecot, 'carol@example.com', (m) => isAck(m) && m.uid !== ack.uid);
    const acks = (await listMail(t.stack.dovecot, 'carol@example.com')).filter(isAck);
    expect(acks).toHaveLength(2);
    expect((await requestsFrom('carol@example.com')).map((r) => r.instagram_username)).toEqual(['carol.cooks', 'carol.bakes']);
  });

  it('loses nothing when the IMAP connection is dropped', async () => {
    await t.stack.dovecot.kick(CONTACT);
    await sendMail(t.stack.relay, {
      from: 'dave@example.com', to: CONTACT, subject: 'Please erase my data',
      text: 'I want my Instagram-related data deleted from your app. IG: dave.designs\n',
    });
    await waitForMail(t.stack.dovecot, 'dave@example.com', isAck, { timeoutMs: 40_000 });
    expect(await requestsFrom('dave@example.com')).toHaveLength(1);
    expect(t.bot!.output.some((l) => l.includes('reconnecting to IMAP'))).toBe(true);
  });

  it('never answers an auto-reply and leaves other mail unread where it was', async () => {
    await sendRaw(t.stack.relay, {
      from: 'erin@example.com',
      to: CONTACT,
      raw:
        'From: Erin <erin@example.com>\r\nTo: contact@pickrtech.com\r\nSubject: Out of office: Instagram data deletion\r\n' +
        'Auto-Submitted: auto-replied\r\nMessage-ID: <ooo-1@example.com>\r\nDate: Sat, 28 Nov 2026 10:00:00 +0000\r\n\r\n' +
        'I am away until Monday. Please delete my Instagram data, username erin.away.\r\n',
    });
    await sendMail(t.stack.relay, {
      from: 'erin@example.com', to: CONTACT, subject: 'Question about pricing',
      text: 'Hi, do you offer a discount for small businesses?\n',
    });
    // A real request from the same person afterwards: once it is answered, the two above were handled.
    await sendMail(t.stack.relay, {
      from: 'erin@example.com', to: CONTACT, subject: 'Delete my data',
      text: 'Please delete my Instagram data. Username: erin.real\n',
    });
    await waitForMail(t.stack.dovecot, 'erin@example.com', isAck);

    const { rows } = await t.db.pool.query(
      `SELECT message_id, kind FROM inbound_messages WHERE message_id IS NOT NULL ORDER BY stored_at`,
    );
    expect(rows.find((r) => r.message_id === 'ooo-1@example.com')?.kind).toBe('auto_reply');
    const inbox = await listMail(t.stack.dovecot, 'erin@example.com');
    expect(inbox.map((m) => m.subject)).toEqual([expect.stringMatching(/received your data deletion request/)]);
    expect(await requestsFrom('erin@example.com')).toEqual([expect.objectContaining({ instagram_username: 'erin.real' })]);

    const contact = await listMail(t.stack.dovecot, CONTACT);
    const pricing = contact.find((m) => m.subject === 'Question about pricing');
    expect(pricing).toBeDefined();
    expect(pricing!.seen).toBe(false);
  });

  it('asks once for a missing username; the answer in the thread completes the same request', async () => {
    const first = await sendMail(t.stack.relay, {
      from: 'mallory@example.com', to: CONTACT, subject: 'Delete my data',
      text: 'Hello, please delete all my Instagram data from your app.\n',
    });
    const ask = await waitForMail(t.stack.dovecot, 'mallory@example.com', (m) => /need your Instagram username/i.test(m.subject));
    const ref = refOf(ask.subject)!;
    expect(ask.inReplyTo?.replace(/[<>]/g, '')).toBe(first.messageId.replace(/[<>]/g, ''));
    expect(await requestsFrom('mallory@example.com')).toEqual([{ reference: ref, state: 'needs_info', instagram_username: null }]);

    await sendMail(t.stack.relay, {
      from: 'mallory@example.com', to: CONTACT, subject: `Re: ${ask.subject}`,
      text: `Sure, it is @mallory.makes\n\nOn Sat, PickrTech wrote:\n> ${ask.text.split('\n').join('\n> ')}\n`,
      inReplyTo: ask.messageId!, references: [first.messageId, ask.messageId!],
    });
    const ack = await waitForMail(t.stack.dovecot, 'mallory@example.com', isAck);
    expect(refOf(ack.subject)).toBe(ref);
    expect(await requestsFrom('mallory@example.com')).toEqual([{ reference: ref, state: 'awaiting_approval', instagram_username: 'mallory.makes' }]);
    const note = await waitForMail(t.stack.dovecot, 'staff@pickrtech.com', (m) => m.subject.includes(ref));
    expect(note.text).toContain('@mallory.makes');
    // Asked once only.
    const asks = (await listMail(t.stack.dovecot, 'mallory@example.com')).filter((m) => /need your Instagram username/i.test(m.subject));
    expect(asks).toHaveLength(1);
  });
});
