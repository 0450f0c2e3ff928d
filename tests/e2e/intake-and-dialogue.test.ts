import { describe, expect, it } from 'vitest';
import { useBotStack } from '../support/bot-stack.js';
import { deliverDirect, listMail, sendMail, sendRaw, waitForMail } from '../../harness/mail-user.js';
import { waitUntil } from '../../harness/system.js';
import { fileRequest, reply } from './file-request.js';
import { eventsOf, outboxAddresses, waitHandled } from './inbound-facts.js';
import { bare, CONTACT, isAck, refOf, STAFF } from './mail-facts.js';

/**
 * The front door over real IMAP: nothing missed across a restart or a dropped
 * connection, nothing doubled, no answer to machines, other mail left unread,
 * the "we need your username" dialogue, and answers in the requester's language.
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

  it('keeps reading the mailbox after its poller lease connection to Postgres is lost', async () => {
    const leaseHolders = `SELECT pid FROM pg_locks WHERE locktype = 'advisory'
      AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`;
    const { rows } = await t.db.pool.query(`SELECT pg_terminate_backend(pid) AS ended FROM (${leaseHolders}) AS holders`);
    expect(rows).toEqual([{ ended: true }]);
    await waitUntil(async () => (await t.db.pool.query(leaseHolders)).rowCount === 0, 'the lease connection did not end', 10_000, 50);

    // The first sync after the loss fails; the bot must take the lease again and go on reading.
    await sendMail(t.stack.relay, {
      from: 'confirm@example.net', to: CONTACT, subject: 'Data deletion',
      text: 'Please delete my Instagram data. My username is frank.after.lease\n',
    });
    await waitForMail(t.stack.dovecot, 'confirm@example.net', isAck, { timeoutMs: 40_000 });
    expect(await requestsFrom('confirm@example.net')).toEqual([expect.objectContaining({ instagram_username: 'frank.after.lease' })]);
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

  it('stays silent to machines: out-of-office replies, bounces, its own mail coming back, noreply and forged senders', async () => {
    const filed = await fileRequest(t, {
      from: 'alice@example.com', subject: 'Delete my data', text: 'Please delete my Instagram data. My username is @alice.quiet\n',
    });

    // Alice's out-of-office answers the acknowledgment, in its thread, naming the account again.
    await sendRaw(t.stack.relay, {
      from: 'alice@example.com', to: CONTACT,
      raw:
        `From: Alice <alice@example.com>\r\nTo: contact@pickrtech.com\r\nSubject: Automatic reply: ${filed.ack.subject}\r\n` +
        `Auto-Submitted: auto-replied\r\nMessage-ID: <ooo-alice@example.com>\r\n` +
        `In-Reply-To: ${filed.ack.messageId}\r\nReferences: ${filed.ack.messageId}\r\nDate: Sat, 28 Nov 2026 10:00:00 +0000\r\n\r\n` +
        'I am out of the office until Monday. About deleting the data of my Instagram account @alice.quiet: I will read your mail when I am back.\r\n',
    });
    // A bounce from a mail server, with a null sender, quoting the acknowledgment.
    await sendRaw(t.stack.relay, {
      from: '', to: CONTACT,
      raw:
        'From: Mail Delivery System <MAILER-DAEMON@mx.example.com>\r\nTo: contact@pickrtech.com\r\n' +
        'Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <bounce-alice@mx.example.com>\r\n' +
        'Date: Sat, 28 Nov 2026 10:00:01 +0000\r\nMIME-Version: 1.0\r\n' +
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\r\n\r\n' +
        '--b1\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered to alice.old@example.com.\r\n' +
        '--b1\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.com\r\n\r\n' +
        'Final-Recipient: rfc822; alice.old@example.com\r\nAction: failed\r\nStatus: 5.1.1\r\n' +
        `--b1\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: ${filed.ack.messageId}\r\nSubject: ${filed.ack.subject}\r\n--b1--\r\n`,
    });
    // The bot's own acknowledgment delivered back into its mailbox (an alias loop), stripped of the
    // headers that mark it automatic: only its Message-ID tells the bot it is its own.
    const copy = filed.ack.raw.toString('utf8').replace(/^(?:Auto-Submitted|X-Auto-Response-Suppress|Return-Path|Delivered-To):.*\r?\n/gim, '');
    await deliverDirect(t.stack.dovecot, { from: CONTACT, to: CONTACT, raw: copy });

    expect(await waitHandled(t, 'ooo-alice@example.com')).toEqual({ kind: 'auto_reply', requestId: null, reference: null });
    expect(await waitHandled(t, 'bounce-alice@mx.example.com')).toEqual({ kind: 'auto_reply', requestId: null, reference: null });
    expect(await waitHandled(t, filed.ack.messageId!)).toEqual({ kind: 'own_mail', requestId: null, reference: null });

    // A request from a noreply address, and one forged with the bot's own address as sender:
    // staff see both, neither address gets any mail.
    await sendMail(t.stack.relay, {
      from: 'noreply@example.com', to: CONTACT, subject: 'Data deletion', text: 'Please delete my Instagram data. My username is @robot.account\n',
    });
    await sendMail(t.stack.relay, {
      from: CONTACT, to: CONTACT, subject: 'Data deletion', text: 'Please delete my Instagram data. My username is @forged.account\n',
    });
    for (const handle of ['robot.account', 'forged.account']) {
      const note = await waitForMail(t.stack.dovecot, STAFF, (m) => /waiting for approval/i.test(m.subject) && m.text.includes(`@${handle}\n`));
      const ref = refOf(note.subject)!;
      const { rows } = await t.db.pool.query(`SELECT state FROM requests WHERE reference = $1`, [ref]);
      expect(rows).toEqual([{ state: 'awaiting_approval' }]);
      if (handle === 'robot.account') {
        expect((await eventsOf(t, ref)).filter((e) => e.type === 'mail_withheld').map((e) => e.detail))
          .toEqual([{ purpose: 'acknowledgment', reason: 'machine_address' }]);
      }
    }

    // Alice files another request: its acknowledgment is the only other mail she ever gets.
    await sendMail(t.stack.relay, {
      from: 'alice@example.com', to: CONTACT, subject: 'One more', text: 'Please also delete the Instagram data of @alice.loud\n',
    });
    const second = await waitForMail(t.stack.dovecot, 'alice@example.com', (m) => isAck(m) && m.uid !== filed.ack.uid);
    expect(second.text).toContain('@alice.loud');
    const inbox = await listMail(t.stack.dovecot, 'alice@example.com');
    expect(inbox.map((m) => m.uid)).toEqual([filed.ack.uid, second.uid]);

    const written = await outboxAddresses(t);
    expect(written).not.toContain('noreply@example.com');
    expect(written).not.toContain(CONTACT);
    expect(written.filter((a) => a.startsWith('mailer-daemon'))).toEqual([]);
    expect(t.stack.relay.messages.filter((m) => m.envelope.to.includes('noreply@example.com'))).toEqual([]);
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

    // A reply in the thread that still has no username is recorded on the same request and not asked about again.
    const unsure = await sendMail(t.stack.relay, {
      from: 'mallory@example.com', to: CONTACT, subject: `Re: ${ask.subject}`,
      text: 'Sorry, which account do you mean? I only ever used your app on my phone.\n',
      inReplyTo: ask.messageId!, references: [first.messageId, ask.messageId!],
    });
    expect(await waitHandled(t, unsure.messageId)).toEqual({ kind: 'needs_info_answer', requestId: expect.any(String), reference: ref });
    expect((await eventsOf(t, ref)).map((e) => e.type)).toContain('needs_info_reply_without_username');
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
    // Asked once only, acknowledged once, one request: the acknowledgment came after both replies were handled.
    const inbox = await listMail(t.stack.dovecot, 'mallory@example.com');
    expect(inbox.filter((m) => /need your Instagram username/i.test(m.subject))).toHaveLength(1);
    expect(inbox.filter(isAck)).toHaveLength(1);
    expect(inbox).toHaveLength(2);
    expect(await requestsFrom('mallory@example.com')).toHaveLength(1);
  });

  it('writes to each person in the language they wrote in: the question, the acknowledgment, the duplicate notice', async () => {
    const asked = await sendMail(t.stack.relay, {
      from: 'bob@example.com', to: CONTACT, subject: 'Löschung meiner Daten',
      text: 'Guten Tag,\n\nbitte löschen Sie alle meine Daten aus Ihrer App.\n\nMit freundlichen Grüßen\nBob\n',
    });
    const ask = await waitForMail(t.stack.dovecot, 'bob@example.com', (m) => m.subject.endsWith('] Wir benötigen Ihren Instagram-Benutzernamen'));
    const ref = refOf(ask.subject)!;
    expect(bare(ask.inReplyTo)).toBe(bare(asked.messageId));
    expect(ask.html).toContain('<html lang="de">');
    for (const part of [ask.text, ask.html ?? '']) {
      expect(part).toContain('Instagram-Benutzername: your.handle');
      expect(part).toContain('Instagram username: your.handle');
    }

    // He fills in the German example line; the acknowledgment is German too, in the request's thread.
    await reply(t, 'bob@example.com', ask, 'Instagram-Benutzername: bob.paints\n');
    const ack = await waitForMail(t.stack.dovecot, 'bob@example.com', isAck);
    expect(ack.subject).toBe(`[${ref}] Wir haben Ihre Löschanfrage erhalten`);
    const { rows } = await t.db.pool.query(`SELECT due_at FROM requests WHERE reference = $1`, [ref]);
    for (const part of [ack.text, ack.html ?? '']) {
      expect(part).toContain('@bob.paints');
      expect(part).toContain(`Abschluss spätestens am: ${(rows[0].due_at as Date).toISOString().slice(0, 10)}`);
    }
    expect(ack.text).toContain(`Ihre Referenz: ${ref}`);
    expect(bare(ack.inReplyTo)).toBe(bare(asked.messageId));

    // Someone else asks for the same account in French: the notice is French, whatever the open request's language.
    const second = await sendMail(t.stack.relay, {
      from: 'dave@example.com', to: CONTACT, subject: 'Suppression de mes données',
      text: 'Bonjour,\n\nJe souhaite supprimer les données de mon compte Instagram @bob.paints de votre application.\n\nCordialement,\nDave\n',
    });
    const notice = await waitForMail(t.stack.dovecot, 'dave@example.com', (m) => m.subject.includes(ref));
    expect(notice.subject).toBe(`[${ref}] Nous avons déjà une demande de suppression pour ce compte`);
    expect(notice.text).toContain(`Référence de cette demande : ${ref}`);
    expect(notice.text).toContain('@bob.paints');
    expect(notice.text).not.toContain('bob@example.com');
    expect(notice.html).toContain('<html lang="fr">');
    expect(bare(notice.inReplyTo)).toBe(bare(second.messageId));
    expect(await requestsFrom('bob@example.com')).toEqual([{ reference: ref, state: 'awaiting_approval', instagram_username: 'bob.paints' }]);
    expect(await requestsFrom('dave@example.com')).toHaveLength(1);
  });
});
