import { describe, expect, it } from 'vitest';
import { actionCode } from '../../src/approval/action-code.js';
import { notificationMessageId } from '../../src/approval/approval-token.js';
import { readDecisionAttempt, type DecisionAttempt } from '../../src/approval/decision-attempt.js';
import { claimedRequest, proveAttempt } from '../../src/approval/prove-attempt.js';
import { staffThreadId } from '../../src/understanding/staff-thread-id.js';
import type { InboundMail } from '../../src/understanding/types.js';

const SECRET = 'a-secret-that-is-long-enough-0123456789';
const A = { id: '6f1c2b9e-8f3a-4c1d-9b7e-0a1b2c3d4e5f', reference: 'DR-2026-00042' };
const B = { id: '0d3c2b1a-1111-4222-8333-944455556666', reference: 'DR-2026-00043' };
const noteOf = (r: typeof A) => notificationMessageId(SECRET, r.id, 'pickrtech.com');
const codeOf = (r: typeof A, action: 'approve' | 'reject' | 'extend') => actionCode(SECRET, r.id, r.reference, action);

function mail(over: Partial<InboundMail>): InboundMail {
  return {
    messageId: 'reply-1@pickrtech.com', inReplyTo: [], references: [], subject: 'Re: [DR-2026-00042] Deletion request waiting for approval',
    from: { address: 'staff@pickrtech.com', name: '' }, replyTo: [], to: [], date: null, headers: {}, text: 'APPROVE\n', html: null,
    ...over,
  };
}
const threaded = (r: typeof A, over: Partial<InboundMail> = {}) => mail({ inReplyTo: [noteOf(r)], references: [noteOf(r)], ...over });
const attempt = (m: InboundMail) => readDecisionAttempt(m, SECRET);
const prove = (m: InboundMail, r = A) => proveAttempt(attempt(m)!, r, SECRET);

describe('which mails are decision attempts', () => {
  it('a reply in the notification thread, whoever sent it', () => {
    const a = attempt(threaded(A, { from: { address: 'requester@example.com', name: '' } }));
    expect(a).toMatchObject({ threadRequestId: A.id, forgedThreadRequestId: null, command: { action: 'approve' } });
  });

  it('a reply whose notification id does not verify', () => {
    const forged = noteOf(A).replace(/\.[0-9a-f]{32}@/, `.${'ab'.repeat(16)}@`);
    expect(attempt(mail({ inReplyTo: [forged] }))).toMatchObject({ threadRequestId: null, forgedThreadRequestId: A.id });
  });

  it('a new mail carrying a decision code', () => {
    const a = attempt(mail({ subject: 'decision', text: `APPROVE ${codeOf(A, 'approve')}\n` }));
    expect(a?.codes).toEqual([{ reference: A.reference, action: 'approve', mac: codeOf(A, 'approve').slice(-24) }]);
    expect(a?.command).toEqual({ action: 'approve' });
  });

  it('a new mail with a command that names a reference, without any token', () => {
    expect(attempt(mail({ subject: `${A.reference} approve`, text: 'APPROVE\n' }))).toMatchObject({ subjectReferences: [A.reference] });
    expect(attempt(mail({ subject: 'hello', text: `Approve ${A.reference}\n` }))).toMatchObject({ textReferences: [A.reference] });
    expect(attempt(mail({ subject: 'hello', text: `REJECT\n${A.reference} is spam\n` }))).toMatchObject({ command: { action: 'reject' } });
  });

  it('whatever the reference\'s case, or with the thread of a reminder in place of one', () => {
    expect(attempt(mail({ subject: 'hello', text: `REJECT duplicate of ${A.reference.toLowerCase()}\n` }))).toMatchObject({ textReferences: [A.reference], command: { action: 'reject' } });
    expect(attempt(mail({ subject: `re: ${A.reference.toLowerCase()}`, text: 'IGNORE\n' }))).toMatchObject({ subjectReferences: [A.reference], command: { action: 'ignore' } });
    const reminder = staffThreadId(A.id, 'pickrtech.com');
    expect(attempt(mail({ subject: 'Re: reminder', text: 'APPROVE\n', inReplyTo: [reminder], references: [reminder] })))
      .toMatchObject({ staffThreadRequestId: A.id, threadRequestId: null, command: { action: 'approve' } });
  });

  it.each([
    ['an ordinary staff mail', mail({ subject: 'lunch?', text: 'See you at noon\n' })],
    ['a command naming no request', mail({ subject: 'note', text: 'APPROVE\n' })],
    ['a reference without a command', mail({ subject: `About ${A.reference}`, text: 'Can you look at this one?\n' })],
    ['a deletion request', mail({ from: { address: 'a@example.com', name: '' }, subject: 'Delete my data', text: 'Please delete my Instagram data, @sunny.days\n' })],
    ['an out-of-office reply to the notification', threaded(A, { subject: 'Out of office', headers: { 'auto-submitted': ['auto-replied'] } })],
    ['a code only in the quoted text', mail({ subject: 'x', text: `Will check.\n\n> APPROVE ${codeOf(A, 'approve')}\n` })],
  ])('not %s', (_, m) => {
    expect(attempt(m)).toBeNull();
  });

  it('reads codes and the command above the quote only', () => {
    const quoted = [codeOf(A, 'approve'), codeOf(A, 'reject'), codeOf(A, 'extend')].map((c) => `> ${c}`).join('\n');
    const a = attempt(threaded(A, { text: `EXTEND ${codeOf(A, 'extend')} legal review\n\nOn Mon, bot wrote:\n${quoted}\n` }));
    expect(a?.codes.map((c) => c.action)).toEqual(['extend']);
    expect(a?.command).toEqual({ action: 'extend', reason: 'legal review' });
  });

  it('names the claimed request, strongest claim first', () => {
    const base: DecisionAttempt = { threadRequestId: null, forgedThreadRequestId: null, codes: [], subjectReferences: [], textReferences: [], command: { action: 'approve' } };
    const code = { reference: B.reference, action: 'approve' as const, mac: 'x' };
    expect(claimedRequest({ ...base, threadRequestId: A.id, codes: [code] })).toEqual({ id: A.id });
    expect(claimedRequest({ ...base, codes: [code], forgedThreadRequestId: A.id })).toEqual({ reference: B.reference });
    expect(claimedRequest({ ...base, forgedThreadRequestId: A.id, subjectReferences: [B.reference] })).toEqual({ id: A.id });
    expect(claimedRequest({ ...base, subjectReferences: [A.reference], textReferences: [B.reference] })).toEqual({ reference: A.reference });
    expect(claimedRequest({ ...base, textReferences: [B.reference] })).toEqual({ reference: B.reference });
    expect(claimedRequest(base)).toBeNull();
  });
});

describe('proof that an attempt answers the request and the command', () => {
  it('a reply in the thread proves every command of its request', () => {
    for (const text of ['APPROVE\n', 'REJECT spam\n', 'EXTEND legal review\n', 'hmm\n']) {
      expect(prove(threaded(A, { text }))).toEqual({ ok: true, via: 'thread' });
    }
  });

  it('the thread token of A does not prove B', () => {
    expect(prove(threaded(A, { subject: 'Re: decision' }), B)).toMatchObject({ ok: false, reason: 'no_token' });
  });

  it('a code proves its own command only', () => {
    const approve = `APPROVE ${codeOf(A, 'approve')}\n`;
    expect(prove(mail({ text: approve }))).toEqual({ ok: true, via: 'code' });
    expect(prove(mail({ text: `REJECT ${codeOf(A, 'reject')} spam\n` }))).toEqual({ ok: true, via: 'code' });
    expect(prove(mail({ text: `EXTEND ${codeOf(A, 'extend')} legal review\n` }))).toEqual({ ok: true, via: 'code' });
    expect(prove(mail({ text: `APPROVE ${codeOf(A, 'reject')}\n` }))).toMatchObject({ ok: false, reason: 'wrong_token', why: expect.stringContaining('the code is for REJECT, not APPROVE') });
    expect(prove(mail({ text: `EXTEND ${codeOf(A, 'approve')} more time\n` }))).toMatchObject({ ok: false, reason: 'wrong_token' });
  });

  it('a code of another request is refused, also under this request\'s subject', () => {
    expect(prove(mail({ text: `APPROVE ${codeOf(B, 'approve')}\n` }))).toMatchObject({
      ok: false, reason: 'wrong_token', why: 'the reply carries a code of another request (DR-2026-00043), not of DR-2026-00042',
    });
    // B's genuine code, proven against B, under a subject naming A: refused too.
    expect(prove(mail({ text: `APPROVE ${codeOf(B, 'approve')}\n` }), B)).toMatchObject({
      ok: false, reason: 'wrong_token', why: "the subject names DR-2026-00042 but the reply's token is for DR-2026-00043",
    });
    expect(prove(mail({ subject: 'decision', text: `APPROVE ${codeOf(B, 'approve')} ${codeOf(A, 'approve')}\n` }))).toMatchObject({
      ok: false, reason: 'wrong_token', why: expect.stringContaining('a code of another request (DR-2026-00043)'),
    });
  });

  it('another request\'s MAC under this request\'s reference does not verify', () => {
    const spliced = codeOf(B, 'approve').replace(B.reference, A.reference);
    expect(prove(mail({ text: `APPROVE ${spliced}\n` }))).toMatchObject({ ok: false, reason: 'wrong_token', why: expect.stringContaining('does not verify') });
  });

  it('a reply in A\'s thread whose subject was changed to B is refused', () => {
    expect(prove(threaded(A, { subject: `Re: [${B.reference}] Deletion request waiting for approval` }))).toMatchObject({ ok: false, reason: 'wrong_token' });
  });

  it('a forged notification id is a wrong token; nothing at all is no token', () => {
    const forged = noteOf(A).replace(/\.[0-9a-f]{32}@/, `.${'ab'.repeat(16)}@`);
    expect(prove(mail({ inReplyTo: [forged] }))).toMatchObject({ ok: false, reason: 'wrong_token' });
    expect(prove(mail({ subject: `${A.reference}`, text: 'APPROVE\n' }))).toEqual({
      ok: false, reason: 'no_token', why: "the mail does not answer DR-2026-00042's notification and carries no code for APPROVE",
    });
  });

  it('a valid code lets a reply that is not understood be answered', () => {
    expect(prove(mail({ text: `${codeOf(A, 'reject')}\nhmm, not sure\n` }))).toEqual({ ok: true, via: 'code' });
  });
});
