import { describe, expect, it } from 'vitest';
import { useBotStack } from '../support/bot-stack.js';
import { listMail, sendMail, waitForMail } from '../../harness/mail-user.js';
import { accountId, rowsOf, snapshot } from './integration-data.js';
import { fileRequest } from './file-request.js';
import { codesOf, processed, refusalAlerts, refusals, replyTo, stateOf } from './approval-helpers.js';
import { bare, CONTACT, STAFF } from './mail-facts.js';

/**
 * Only a staff address that proves it read the request's own notification can
 * decide it. Every forged or stray attempt changes nothing, is recorded on the
 * request and reported to staff with its reason.
 */

const t = useBotStack({ seed: true });

describe('approval guard', () => {
  it('refuses forged approvals, records and alerts each with its reason; the genuine reply still decides, once', async () => {
    const pool = t.db.pool;
    const dave = (await accountId(pool, 'dave.designs'))!;
    const carol = (await accountId(pool, 'carol.cooks'))!;
    const before = await snapshot(pool);

    const a = await fileRequest(t, {
      from: 'dave@example.com', subject: 'Deletion request',
      text: 'Please delete my Instagram-related data. My Instagram handle is @dave.designs\n',
    });
    const b = await fileRequest(t, {
      from: 'carol@example.com', subject: 'Delete my data',
      text: 'I would like PickrTech to delete my Instagram data. username: carol.cooks\n',
    });
    const codesA = codesOf(a.note);
    const codesB = codesOf(b.note);
    const fresh = (from: string, subject: string, text: string) => ({ from, to: CONTACT, subject, text });

    const sent = await Promise.all([
      // 1. The requester answers the notification (seen forwarded): not staff.
      sendMail(t.stack.relay, replyTo(a.note, 'dave@example.com', 'APPROVE\n')),
      // 2. A stranger holding A's leaked APPROVE code.
      sendMail(t.stack.relay, fresh('mallory@example.com', 'ok', `APPROVE ${codesA.approve}\n`)),
      // 3. Staff From, a new mail naming the request, no token at all.
      sendMail(t.stack.relay, fresh(STAFF, `${a.ref} approve`, `APPROVE\n\n${a.ref}\n`)),
      // 4. Staff From, answering a notification id whose token is made up.
      (() => {
        const forgedId = `<${bare(a.note.messageId).replace(/\.[0-9a-f]{32}@/, `.${'ab'.repeat(16)}@`)}>`;
        return sendMail(t.stack.relay, { ...replyTo(a.note, STAFF, 'APPROVE\n'), inReplyTo: forgedId, references: [forgedId] });
      })(),
      // 5. A token from another request: B's APPROVE MAC under A's reference.
      sendMail(t.stack.relay, fresh(STAFF, `Re: [${a.ref}] decision`, `APPROVE ${codesB.approve.replace(b.ref, a.ref)}\n`)),
      // 6. B's genuine code in a mail about A: refused, and B stays undecided too.
      sendMail(t.stack.relay, fresh(STAFF, `Re: [${a.ref}] decision`, `APPROVE ${codesB.approve}\n`)),
      // 7. A's REJECT code used to APPROVE: a code opens only its own command.
      sendMail(t.stack.relay, fresh(STAFF, 'decision', `APPROVE ${codesA.reject}\n`)),
      // 8. A real staff reply whose command sits only in the quoted text.
      sendMail(t.stack.relay, replyTo(a.note, STAFF, 'Looks fine to me, will check tomorrow.\n\n> APPROVE\n')),
      // 9. A real staff reply naming two commands.
      sendMail(t.stack.relay, replyTo(a.note, 'staff2@pickrtech.com', 'Approve or reject? Not sure\n')),
    ]);
    await processed(pool, sent.map((s) => s.messageId));

    // Nothing was decided and no row was touched.
    expect(await stateOf(pool, a.ref)).toBe('awaiting_approval');
    expect(await stateOf(pool, b.ref)).toBe('awaiting_approval');
    const during = await snapshot(pool);
    expect(rowsOf(during, dave)).toEqual({ ig_accounts: 1, ig_access_tokens: 2, ig_publishing_logs: 3, ig_error_logs: 2 });
    expect(rowsOf(during, carol)).toEqual(rowsOf(before, carol));
    expect(during).toEqual(before);

    // Each refusal is on the request it aimed at, with its reason.
    const onA = await refusals(pool, a.ref);
    expect(onA.map((r) => r.reason).sort()).toEqual(['no_token', 'wrong_sender', 'wrong_sender', 'wrong_token', 'wrong_token', 'wrong_token']);
    expect(onA.map((r) => r.why)).toEqual(expect.arrayContaining([
      'the sender is not on the staff list (STAFF_EMAILS)',
      `the mail does not answer ${a.ref}'s notification and carries no code for APPROVE`,
      'the notification id the reply answers does not verify (its token is not ours)',
      `the decision code in the reply does not verify for ${a.ref}`,
      'the code is for REJECT, not APPROVE: a code opens only its own command',
    ]));
    expect(await refusals(pool, b.ref)).toEqual([
      { reason: 'wrong_token', why: `the subject names ${a.ref} but the reply's token is for ${b.ref}` },
    ]);

    // Staff got one alert per refusal, naming the reason.
    const alertsA = await refusalAlerts(t, a.ref, 6);
    expect(alertsA.map((m) => /refused \(([a-z ]+)\)/.exec(m.subject)?.[1]).sort()).toEqual(
      ['no token', 'wrong sender', 'wrong sender', 'wrong token', 'wrong token', 'wrong token']);
    expect(alertsA.map((m) => m.text).join('\n')).toContain('Reason: wrong sender: the sender is not on the staff list');
    expect(alertsA.every((m) => m.text.includes('Nothing was changed by this message.'))).toBe(true);
    expect((await refusalAlerts(t, b.ref, 1))[0]!.text).toContain(`Sent by: ${STAFF}`);

    // The two genuine but unclear replies were answered: what was read, nothing done.
    const notUnderstood = (m: { subject: string }) => m.subject.includes(a.ref) && /Reply not understood/.test(m.subject);
    const echoes = [
      await waitForMail(t.stack.dovecot, STAFF, notUnderstood),
      await waitForMail(t.stack.dovecot, 'staff2@pickrtech.com', notUnderstood),
    ];
    expect(echoes[0]!.text).toContain('was read as: no command: the first line of your reply is "Looks fine to me, will check tomorrow."');
    expect(echoes[1]!.text).toContain('was read as: more than one command ("Approve or reject? Not sure")');
    for (const e of echoes) expect(e.text).toContain('Nothing was done.');

    // The requesters heard nothing of any of it.
    expect((await listMail(t.stack.dovecot, 'dave@example.com')).map((m) => m.subject)).toEqual([a.ack.subject]);
    expect((await listMail(t.stack.dovecot, 'carol@example.com')).map((m) => m.subject)).toEqual([b.ack.subject]);

    // The genuine reply still decides: A is deleted, B untouched.
    await sendMail(t.stack.relay, replyTo(a.note, STAFF, 'APPROVE\n'));
    await waitForMail(t.stack.dovecot, 'dave@example.com', (m) => /has been deleted/.test(m.subject));
    const after = await snapshot(pool);
    expect(rowsOf(after, dave)).toEqual({ ig_accounts: 0, ig_access_tokens: 0, ig_publishing_logs: 0, ig_error_logs: 0 });
    expect(rowsOf(after, carol)).toEqual(rowsOf(before, carol));
    expect(await stateOf(pool, b.ref)).toBe('awaiting_approval');

    // A reply after the decision is refused and alerted: already decided.
    const late = await sendMail(t.stack.relay, replyTo(a.note, 'staff2@pickrtech.com', 'REJECT changed my mind\n'));
    await processed(pool, [late.messageId]);
    expect(await stateOf(pool, a.ref)).toBe('completed');
    expect((await refusals(pool, a.ref)).at(-1)).toEqual({ reason: 'already_decided', why: 'the request is completed, not awaiting approval' });
    const lateAlerts = await refusalAlerts(t, a.ref, 7);
    expect(lateAlerts.some((m) => /refused \(already decided\)/.test(m.subject))).toBe(true);
    expect((await listMail(t.stack.dovecot, 'dave@example.com')).filter((m) => /About your data deletion request/i.test(m.subject))).toEqual([]);
  });

  it('a new mail with the REJECT code decides without the thread: B is rejected, nothing deleted', async () => {
    const pool = t.db.pool;
    const before = await snapshot(pool);
    const note = await waitForMail(t.stack.dovecot, STAFF, (m) => /waiting for approval/.test(m.subject) && m.text.includes('@carol.cooks'));
    const ref = /DR-\d{4}-\d{5}/.exec(note.subject)![0];
    const code = codesOf(note).reject;

    await sendMail(t.stack.relay, {
      from: 'staff2@pickrtech.com', to: CONTACT, subject: 'carol request',
      text: `REJECT ${code} The account owner must write from the address on the account.\n`,
    });
    const answer = await waitForMail(t.stack.dovecot, 'carol@example.com', (m) => m.subject.includes(ref) && /about your data deletion request/i.test(m.subject));
    expect(answer.text).toContain('The account owner must write from the address on the account.');
    expect(answer.text).not.toContain(code);
    expect(await stateOf(pool, ref)).toBe('rejected');
    expect(await snapshot(pool)).toEqual(before);
  });
});
