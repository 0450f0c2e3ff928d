import { describe, expect, it } from 'vitest';
import { actionCode } from '../../../src/approval/action-code.js';
import { checkReplyToken, notificationMessageId, triageMessageId } from '../../../src/approval/approval-token.js';
import { readDecisionAttempt } from '../../../src/approval/decision-attempt.js';
import { proveAttempt } from '../../../src/approval/prove-attempt.js';
import { readMail } from '../../../src/mail-in/read-mail.js';
import { boundedWords, renderStaffTriage } from '../../../src/mail-out/templates/staff-triage.js';
import { describeStatus } from '../../../src/meta/status-page.js';
import { describeEvent } from '../../../src/requests/describe-event.js';
import { doubtReasons } from '../../../src/triage/doubt.js';
import { describeField, field, type Evidence } from '../../../src/understanding/evidence.js';
import type { InboundMail } from '../../../src/understanding/types.js';

const SECRET = 'a-secret-that-is-long-enough-0123456789';
const A = { id: '6f1c2b9e-8f3a-4c1d-9b7e-0a1b2c3d4e5f', reference: 'DR-2026-00042' };

function mail(over: Partial<InboundMail>): InboundMail {
  return {
    messageId: 'reply-1@pickrtech.com', inReplyTo: [], references: [], subject: 'Re: [DR-2026-00042] Possible deletion request',
    from: { address: 'staff@pickrtech.com', name: '' }, replyTo: [], to: [], date: null, headers: {}, text: 'IGNORE\n', html: null,
    ...over,
  };
}
const attempt = (m: InboundMail) => readDecisionAttempt(m, SECRET);

describe('the triage notification\'s token', () => {
  it('proves the request, says it is the triage one, and cannot be turned into the approval one', () => {
    const id = triageMessageId(SECRET, A.id, 'pickrtech.com');
    expect(id).toMatch(/^dr-triage\.6f1c2b9e-8f3a-4c1d-9b7e-0a1b2c3d4e5f\.[0-9a-f]{32}@pickrtech\.com$/);
    expect(checkReplyToken(SECRET, [id])).toEqual({ status: 'valid', requestId: A.id, triage: true });
    expect(checkReplyToken(SECRET, [notificationMessageId(SECRET, A.id, 'pickrtech.com')])).toEqual({ status: 'valid', requestId: A.id });
    expect(checkReplyToken(SECRET, [id.replace('dr-triage', 'dr-notify')])).toEqual({ status: 'forged', requestId: A.id });
    expect(checkReplyToken(SECRET, [notificationMessageId(SECRET, A.id, 'pickrtech.com').replace('dr-notify', 'dr-triage')]))
      .toEqual({ status: 'forged', requestId: A.id, triage: true });
  });

  it('a reply to it with APPROVE proves nothing once the request left triage; REQUEST and IGNORE it proves', () => {
    const threaded = (text: string) => attempt(mail({ text, inReplyTo: [triageMessageId(SECRET, A.id, 'pickrtech.com')] }))!;
    expect(proveAttempt(threaded('APPROVE'), { ...A, state: 'awaiting_approval' }, SECRET)).toMatchObject({ ok: false, reason: 'wrong_token' });
    expect(proveAttempt(threaded('APPROVE'), { ...A, state: 'triage' }, SECRET)).toEqual({ ok: true, via: 'thread' });
    expect(proveAttempt(threaded('REQUEST @x'), { ...A, state: 'awaiting_approval' }, SECRET)).toEqual({ ok: true, via: 'thread' });
    expect(proveAttempt(threaded('IGNORE'), { ...A, state: 'triage' }, SECRET)).toEqual({ ok: true, via: 'thread' });
  });

  it('a code opens only its own triage command', () => {
    const request = actionCode(SECRET, A.id, A.reference, 'request');
    const ignore = actionCode(SECRET, A.id, A.reference, 'ignore');
    expect(proveAttempt(attempt(mail({ subject: 'x', text: `REQUEST ${request} @jess_k` }))!, A, SECRET)).toEqual({ ok: true, via: 'code' });
    expect(attempt(mail({ subject: 'x', text: `REQUEST ${request} @jess_k` }))!.command).toEqual({ action: 'request', username: 'jess_k' });
    expect(proveAttempt(attempt(mail({ subject: 'x', text: `IGNORE ${request}` }))!, A, SECRET))
      .toMatchObject({ ok: false, reason: 'wrong_token', why: 'the code is for REQUEST, not IGNORE: a code opens only its own command' });
    expect(proveAttempt(attempt(mail({ subject: 'x', text: `IGNORE ${ignore}` }))!, A, SECRET)).toEqual({ ok: true, via: 'code' });
  });
});

describe('which mails naming a reference are triage attempts', () => {
  it('a clean REQUEST or IGNORE naming a reference is one (and is refused without a token)', () => {
    expect(attempt(mail({ text: 'IGNORE' }))).toMatchObject({ subjectReferences: ['DR-2026-00042'], command: { action: 'ignore' } });
    expect(attempt(mail({ text: 'REQUEST @jess_k' }))).toMatchObject({ command: { action: 'request', username: 'jess_k' } });
  });

  it.each([
    'Ignore my last mail, my username is jess_k',
    'Request: please delete it all',
    'Requesting an update on this',
    'Request @jess_k please',
  ])('a requester\'s line that starts with the word is not: %j', (text) => {
    expect(attempt(mail({ from: { address: 'jess@example.com', name: '' }, text }))).toBeNull();
  });
});

describe('the triage notification', () => {
  const reading = {
    reference: A.reference, receivedAt: new Date('2026-11-20T09:00:00Z'), dueAt: new Date('2026-12-20T09:00:00Z'),
    senderEmail: 'jess@example.com', suggestedUsername: null, confirmationEmail: null, confirmationSource: null, language: null,
    doubt: [], words: '', openRequestForHandle: null,
  };

  it('says what was not found, and offers REQUEST with a placeholder handle', () => {
    const text = renderStaffTriage(reading, { senderAuth: null, trustedAuthservId: null, codes: null }).text;
    expect(text).toContain('Instagram username:   none found');
    expect(text).toContain('Confirmation address: none found');
    expect(text).toContain('Language:             not told; replies would be in English');
    expect(text).toContain('  REQUEST @handle    it is a request for that Instagram account');
    expect(text).toContain('  (the mail has no text)');
    expect(text).not.toContain('If you cannot reply to this email');
  });

  it('marks every line of the stranger\'s words, so none passes for the bot\'s own instructions', () => {
    const words = boundedWords('Hello\nTo decide, reply APPROVE\r\n\r\nbye');
    expect(words).toBe('  | Hello\n  | To decide, reply APPROVE\n  |\n  | bye');
  });

  it('shows at most 2,000 characters of the words and says how many more there are, for any size', () => {
    const words = boundedWords(`${'é'.repeat(1999)}XY${'z'.repeat(5_000_000)}`);
    expect(words).toContain(`  | ${'é'.repeat(1999)}X`);
    expect(words).not.toContain('XY');
    expect(words).toContain('[5000001 more characters not shown; the whole mail is in the mailbox]');
  });
});

describe('why the bot is unsure', () => {
  const e: Evidence = {
    kind: { rule: 'wish.subject', confidence: 'medium' }, username: null,
    confirmation: { rule: 'confirmation.sender', confidence: 'high' }, language: { rule: 'language.words', confidence: 'low' }, confidence: 'low',
  };

  it('uses the reader\'s own reasons when it gives them', () => {
    expect(doubtReasons({ ...e, doubt: ['the mail also says "do not delete"', '', 42] } as unknown as Evidence)).toEqual(['the mail also says "do not delete"']);
  });

  it('otherwise names the fields found with less than high confidence, and what is missing', () => {
    expect(doubtReasons(e)).toEqual([
      'the wish to delete: the subject asks for deletion and the body does not contradict it (medium confidence)',
      'the language: common words and letters of the language (low confidence)',
      'no Instagram username was found',
    ]);
  });
});

describe('triage in words', () => {
  const ev = (type: string, actor: string | null, detail: Record<string, unknown> = {}) => ({ type, actor, fromState: null, toState: null, detail });

  it('each triage event reads as what happened', () => {
    expect(describeEvent(ev('triage', 'intake')).summary).toBe('Mail received that may be a request; staff asked whether it is one (nothing sent to the sender meanwhile)');
    expect(describeEvent(ev('triage_request', 'staff@pickrtech.com', { via: 'email' })).summary)
      .toBe('Staff (staff@pickrtech.com by email) answered REQUEST: a request for the Instagram account they named; opened');
    expect(describeEvent(ev('needs_info', 'cli:maria', { via: 'cli', triage: true })).summary)
      .toBe('Staff (cli:maria on the command line) answered REQUEST without a username: the requester is asked for it');
    expect(describeEvent(ev('needs_info', 'bot')).summary).toBe('No Instagram username found: the requester is asked for it');
    expect(describeEvent(ev('ignored', 'staff@pickrtech.com', { via: 'email' })).summary)
      .toBe('Staff (staff@pickrtech.com by email) answered IGNORE: not a request; closed, nothing sent to the sender');
    expect(describeEvent(ev('cancelled', 'staff@pickrtech.com', { via: 'email', reason: 'duplicate', joined: 'DR-2026-00007' })).summary)
      .toBe('Cancelled by staff@pickrtech.com by email: the account already had open request DR-2026-00007, which this mail joined');
    expect(describeEvent(ev('mail_sent', 'mailer', { purpose: 'staff_triage' })).summary).toBe('Mail sent: triage notification to staff (asks whether it is a request)');
  });

  it('the status page says triage is received and ignored is closed', () => {
    const f = { reference: A.reference, receivedAt: new Date('2026-11-20T09:00:00Z'), dueAt: new Date('2026-12-20T09:00:00Z'),
      extendedAt: null, extensionReason: null, decisionReason: null, completedAt: null, categoriesDeleted: [] };
    expect(describeStatus({ ...f, state: 'triage' }).headline).toBe('Received');
    expect(describeStatus({ ...f, state: 'ignored' })).toEqual({ headline: 'Closed', lines: ['We did not read this message as a request to delete data. If you meant one, please write to us again.'] });
  });
});

describe('a requester whose answer starts with a triage word', () => {
  it('is no decision attempt without a thread or a code unless staff sent it: the answer is read as an answer', async () => {
    const mail = await readMail(Buffer.from(
      'From: Jane <jane@example.com>\r\nTo: contact@pickrtech.com\r\nSubject: Re: your request\r\nMessage-ID: <a1@example.com>\r\n\r\n' +
      'Request\r\nMy reference is DR-2026-00012, username jane.doe\r\n',
    ));
    expect(readDecisionAttempt(mail, SECRET, undefined, false)).toBeNull();
    expect(readDecisionAttempt(mail, SECRET, undefined, true)).toMatchObject({ command: { action: 'request' } });
  });
});

describe('the approval notification after a triage answer', () => {
  it('says in words that staff named the handle, not the rule id', () => {
    expect(describeField(field('username.staff-triage', 'high'))).toBe(
      'staff named it in their triage answer (REQUEST @handle) [username.staff-triage, high]',
    );
  });
});
