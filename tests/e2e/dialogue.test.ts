import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../harness/bot-process.js';
import { useBotStack } from '../support/bot-stack.js';
import { listMail, sendMail, waitForMail, type ReceivedMail } from '../../harness/mail-user.js';
import { fileRequest, reply } from './file-request.js';
import { eventsOf, waitHandled } from './inbound-facts.js';
import { bare, CONTACT, isAck, isNotification, refOf, STAFF } from './mail-facts.js';

/**
 * The conversation with requesters over real IMAP and SMTP, the bot in its own
 * process: a second request for an account joins the open one, the answer to
 * "we need your username" may name such an account, automatic answers to one
 * address are capped per day, and every bot mail says it is automatic.
 * This file runs the bot with REPLY_RATE_LIMIT_PER_DAY=2, so each address
 * below gets at most two automatic answers.
 */

const t = useBotStack({ start: false });

beforeAll(async () => {
  t.env.REPLY_RATE_LIMIT_PER_DAY = '2';
  await t.start();
});

const isDuplicateNotice = (m: { subject: string }): boolean => /already have a deletion request/i.test(m.subject);
const isAsk = (m: { subject: string }): boolean => /need your Instagram username/i.test(m.subject);
const STAFF2 = 'staff2@pickrtech.com';

async function requestsFor(username: string): Promise<{ reference: string; state: string }[]> {
  const { rows } = await t.db.pool.query(
    `SELECT reference, state FROM requests WHERE instagram_username = $1 ORDER BY reference`, [username]);
  return rows;
}

async function staffNotificationsAbout(username: string): Promise<ReceivedMail[][]> {
  return Promise.all([STAFF, STAFF2].map(async (s) =>
    (await listMail(t.stack.dovecot, s)).filter((m) => /waiting for approval/i.test(m.subject) && m.text.includes(`@${username}\n`))));
}

describe('dialogue with requesters', () => {
  it('joins a second request for the same account to the open one and tells the sender its reference', async () => {
    const first = await fileRequest(t, {
      from: 'alice@example.com', subject: 'Delete my data',
      text: 'Please delete my Instagram data. My username is @shared.account\n',
    });

    // Someone else asks for the same account, in their own words.
    const second = await sendMail(t.stack.relay, {
      from: 'bob@example.com', to: CONTACT, subject: 'Data deletion',
      text: 'Hi, I want all data about the Instagram account @Shared.Account removed from your app.\n',
    });
    const notice = await waitForMail(t.stack.dovecot, 'bob@example.com', isDuplicateNotice);
    expect(refOf(notice.subject)).toBe(first.ref);
    expect(notice.text).toContain(`Its reference: ${first.ref}`);
    expect(notice.text).toContain('@shared.account');
    expect(notice.text).not.toContain('alice@example.com');
    expect(bare(notice.inReplyTo)).toBe(bare(second.messageId));
    expect((await listMail(t.stack.dovecot, 'bob@example.com')).map((m) => m.subject)).toEqual([notice.subject]);

    // Still one request; the mail is linked to it and the join is on its timeline.
    expect(await waitHandled(t, second.messageId)).toEqual({ kind: 'duplicate_request', requestId: expect.any(String), reference: first.ref });
    expect(await requestsFor('shared.account')).toEqual([{ reference: first.ref, state: 'awaiting_approval' }]);
    expect((await eventsOf(t, first.ref)).filter((e) => e.type === 'duplicate_joined').map((e) => e.detail))
      .toEqual([expect.objectContaining({ via: 'new_mail', sameSender: false })]);

    // The first requester asking again is told the same reference.
    await sendMail(t.stack.relay, {
      from: 'alice@example.com', to: CONTACT, subject: 'Did you get my request?',
      text: 'Please delete my Instagram data, my username is @shared.account. Thanks!\n',
    });
    const again = await waitForMail(t.stack.dovecot, 'alice@example.com', isDuplicateNotice);
    expect(refOf(again.subject)).toBe(first.ref);
    expect((await eventsOf(t, first.ref)).filter((e) => e.type === 'duplicate_joined').map((e) => e.detail.sameSender)).toEqual([false, true]);

    // Staff were told once, when the request was opened.
    expect(await requestsFor('shared.account')).toHaveLength(1);
    const notes = await staffNotificationsAbout('shared.account');
    expect(notes.map((n) => n.map((m) => refOf(m.subject)))).toEqual([[first.ref], [first.ref]]);
  });

  it('opens one request when two mails for the same account arrive together', async () => {
    const senders = ['carol@example.com', 'dave@example.com'];
    await Promise.all(senders.map((from) => sendMail(t.stack.relay, {
      from, to: CONTACT, subject: 'Erase my data', text: 'Please delete my Instagram-related data. IG: race.account\n',
    })));
    const answers = await Promise.all(senders.map((s) => waitForMail(t.stack.dovecot, s, (m) => isAck(m) || isDuplicateNotice(m))));

    expect(answers.filter(isAck)).toHaveLength(1);
    expect(answers.filter(isDuplicateNotice)).toHaveLength(1);
    const ref = refOf(answers[0]!.subject)!;
    expect(refOf(answers[1]!.subject)).toBe(ref);
    expect(await requestsFor('race.account')).toEqual([{ reference: ref, state: 'awaiting_approval' }]);
    await waitForMail(t.stack.dovecot, STAFF, isNotification(ref));
    expect((await staffNotificationsAbout('race.account'))[0]).toHaveLength(1);
  });

  it('joins the open request when the answer to "we need your username" names an account already asked for', async () => {
    const open = await fileRequest(t, {
      from: 'confirm@example.net', subject: 'Delete my data',
      text: 'Please delete my Instagram data. My username is @family.account\n',
    });

    const asked = await sendMail(t.stack.relay, {
      from: 'erin@example.com', to: CONTACT, subject: 'Delete my data', text: 'Please delete all my Instagram data from your app.\n',
    });
    const ask = await waitForMail(t.stack.dovecot, 'erin@example.com', isAsk);
    const waiting = refOf(ask.subject)!;
    expect(bare(ask.inReplyTo)).toBe(bare(asked.messageId));

    const answer = await reply(t, 'erin@example.com', ask, 'It is @family.account\n');
    const notice = await waitForMail(t.stack.dovecot, 'erin@example.com', isDuplicateNotice);
    expect(refOf(notice.subject)).toBe(open.ref);
    expect(bare(notice.inReplyTo)).toBe(bare(answer.messageId));

    // The answer is linked to the open request; the one that waited for a username is closed.
    expect(await waitHandled(t, answer.messageId)).toEqual({ kind: 'needs_info_answer', requestId: expect.any(String), reference: open.ref });
    expect(await requestsFor('family.account')).toEqual([{ reference: open.ref, state: 'awaiting_approval' }]);
    const { rows } = await t.db.pool.query(`SELECT state, instagram_username FROM requests WHERE reference = $1`, [waiting]);
    expect(rows).toEqual([{ state: 'cancelled', instagram_username: null }]);
    expect((await eventsOf(t, waiting)).at(-1)).toEqual({ type: 'cancelled', detail: { reason: 'duplicate', joined: open.ref } });
    expect((await eventsOf(t, open.ref)).filter((e) => e.type === 'duplicate_joined').map((e) => e.detail.via)).toEqual(['needs_info_answer']);
    expect((await listMail(t.stack.dovecot, 'erin@example.com')).map((m) => m.subject)).toEqual([ask.subject, notice.subject]);
  });

  it('withholds the third automatic answer to one address in a day and records it; staff decisions still reach the person', async () => {
    const from = 'mallory@example.com';
    const one = await fileRequest(t, { from, subject: 'Delete my data', text: 'Please delete my Instagram data. Username: mallory.one\n' });
    await sendMail(t.stack.relay, { from, to: CONTACT, subject: 'Delete more', text: 'Please also delete the Instagram data of @mallory.two\n' });
    const two = await waitForMail(t.stack.dovecot, from, (m) => isAck(m) && m.uid !== one.ack.uid);
    await sendMail(t.stack.relay, { from, to: CONTACT, subject: 'And one more', text: 'Please delete the Instagram data of my third account, @mallory.three\n' });

    // Staff still see the third request; its acknowledgment was withheld in the same step.
    const note = await waitForMail(t.stack.dovecot, STAFF, (m) => /waiting for approval/i.test(m.subject) && m.text.includes('@mallory.three'));
    const third = refOf(note.subject)!;
    expect(third).not.toBe(refOf(two.subject));
    expect((await eventsOf(t, third)).filter((e) => e.type === 'mail_withheld').map((e) => e.detail))
      .toEqual([{ purpose: 'acknowledgment', reason: 'rate_limit' }]);

    // A decision staff made is owed to the person and is not capped: it arrives, the third acknowledgment never did.
    const rejected = await runCli(['reject', third, '--reason', 'We hold no data for this account', '--by', 'olivia'], t.env);
    expect(rejected.code, rejected.stderr).toBe(0);
    const rejection = await waitForMail(t.stack.dovecot, from, (m) => m.subject.includes(third));
    expect(rejection.text).toContain('We hold no data for this account');
    const inbox = await listMail(t.stack.dovecot, from);
    expect(inbox.map((m) => refOf(m.subject))).toEqual([one.ref, refOf(two.subject), third]);
    expect(inbox.filter(isAck)).toHaveLength(2);
  });

  it('marks every mail it sends as automatic, so other robots do not answer it', async () => {
    const filed = await fileRequest(t, { from: 'bob@example.com', subject: 'Delete my data', text: 'Please delete my Instagram data. IG: @bob.builds\n' });
    for (const m of [filed.ack, filed.note]) {
      expect(m.headers.get('auto-submitted')).toBe('auto-replied');
      expect(m.headers.get('x-auto-response-suppress')).toBe('All');
    }
    // And so does every other mail the bot sent in this file.
    const users = ['alice', 'bob', 'carol', 'dave', 'erin', 'mallory'].map((n) => `${n}@example.com`).concat('confirm@example.net', STAFF, STAFF2);
    const all = (await Promise.all(users.map((u) => listMail(t.stack.dovecot, u)))).flat();
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((m) => m.headers.get('auto-submitted') !== 'auto-replied' || m.headers.get('x-auto-response-suppress') !== 'All')).toEqual([]);
  });
});
