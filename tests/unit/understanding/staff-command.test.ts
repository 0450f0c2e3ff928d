import { describe, it, expect } from 'vitest';
import { parseStaffCommand } from '../../../src/understanding/staff-command.js';
import { visibleText } from '../../../src/understanding/visible-text.js';

describe('parseStaffCommand', () => {
  it.each([
    'APPROVE',
    'approve',
    'Approve.',
    'APPROVE!',
    '  approve  ',
    '\n\nAPPROVE\n\nthanks',
    'Approved',
    '*APPROVE*',
    '\ufeffApprove',
    'aPpRoVe',
    'APPROVE\n\nThanks, Maria',
    'APPROVE\n> Reply APPROVE or REJECT <reason>',
  ])('approves %j', (text) => {
    expect(parseStaffCommand(text)).toEqual({ action: 'approve' });
  });

  it.each([
    ['REJECT not the account owner', 'not the account owner'],
    ['reject: wrong account', 'wrong account'],
    ['Reject - duplicate of DR-2026-00001', 'duplicate of DR-2026-00001'],
    ['REJECT\nThe sender is not the account owner.\nPlease ask for proof.', 'The sender is not the account owner. Please ask for proof.'],
    ['REJECT\n\nno such account\n> REJECT quoted', 'no such account'],
    ['Rejected. Spam.', 'Spam.'],
    ['reject   many    spaces', 'many spaces'],
  ])('rejects %j with a reason', (text, reason) => {
    expect(parseStaffCommand(text)).toEqual({ action: 'reject', reason });
  });

  it.each([
    ['EXTEND legal review of the account needed', 'legal review of the account needed'],
    ['extend: waiting for the account owner to confirm', 'waiting for the account owner to confirm'],
    ['Extend\nWe need to check backups first.\n> quoted', 'We need to check backups first.'],
    ['EXTENDED - backups', 'backups'],
  ])('extends %j with a reason', (text, reason) => {
    expect(parseStaffCommand(text)).toEqual({ action: 'extend', reason });
  });

  it('keeps a long reason to 2000 characters', () => {
    const r = parseStaffCommand(`REJECT ${'x'.repeat(5000)}`);
    expect(r.action === 'reject' && r.reason.length).toBe(2000);
  });

  it.each([
    ['Looks good to me', 'Looks good to me'],
    ['I approve of this', 'I approve of this'],
    ['approvement', 'approvement'],
    ['rejection letter', 'rejection letter'],
    ['extension please', 'extension please'],
    ['Not sure.\nAPPROVE', 'Not sure.'],
    ['> APPROVE', ''],
    ['> APPROVE\n> REJECT spam', ''],
    ['', ''],
    ['OK', 'OK'],
    ["Don't approve", "Don't approve"],
  ])('finds no command in %j', (text, firstLine) => {
    expect(parseStaffCommand(text)).toEqual({ action: 'unknown', firstLine, problem: 'no_command' });
  });

  it.each([
    'Approve?',
    'approve ?',
    'APPROVE?!',
    'Reject this one?',
    'EXTEND again?',
  ])('reads %j as a question, not a command', (text) => {
    expect(parseStaffCommand(text)).toMatchObject({ action: 'unknown', problem: 'question' });
  });

  it.each([
    'APPROVE or REJECT',
    'approve/reject',
    'Approve, or extend if legal objects',
    'REJECT / APPROVE',
    'reject or approve',
    'Extend or reject',
    'APPROVE REJECT EXTEND',
    'approved, rejected',
  ])('reads %j as ambiguous', (text) => {
    expect(parseStaffCommand(text)).toMatchObject({ action: 'unknown', problem: 'ambiguous', firstLine: text });
  });

  it.each([
    'REJECT',
    'reject.',
    'EXTEND',
    'Extend:',
    'REJECT <reason the requester will read>',
    'EXTEND <reason the requester will read>',
    'REJECT\n> because quoted',
    'REJECT -- !!',
  ])('refuses %j: REJECT and EXTEND need a reason', (text) => {
    expect(parseStaffCommand(text)).toMatchObject({ action: 'unknown', problem: 'reason_missing' });
  });
});

describe('parseStaffCommand and quotes', () => {
  it('reads the reason only up to the quote', () => {
    expect(parseStaffCommand('REJECT\nwrong person\n> original text\nlater words')).toEqual({ action: 'reject', reason: 'wrong person' });
  });
  it('finds the command below leading quoted lines', () => {
    expect(parseStaffCommand('> Reply APPROVE or REJECT <reason>\n\nAPPROVE')).toEqual({ action: 'approve' });
  });
  it('never takes a command that only appears quoted', () => {
    expect(parseStaffCommand('Will check tomorrow.\n\n> APPROVE\n> REJECT <reason>')).toMatchObject({ action: 'unknown', problem: 'no_command' });
  });
  it('survives hostile input', () => {
    expect(parseStaffCommand('\0'.repeat(100_000)).action).toBe('unknown');
    expect(parseStaffCommand(`APPROVE${' x'.repeat(200_000)}`)).toMatchObject({ action: 'unknown', problem: 'not_alone' });
    expect(parseStaffCommand('\n'.repeat(300_000) + 'APPROVE').action).toBe('unknown');
  });
});

describe('parseStaffCommand: APPROVE REDACT', () => {
  it.each(['APPROVE REDACT', 'approve redact', 'Approve Redact.'])('reads %j as an approval that redacts mentions', (text) => {
    expect(parseStaffCommand(text)).toEqual({ action: 'approve', redactMentions: true });
  });
  it('plain APPROVE asks for no redaction', () => {
    expect(parseStaffCommand('APPROVE')).toEqual({ action: 'approve' });
  });
});

describe('parseStaffCommand: only an unambiguous command decides', () => {
  it.each([
    'Approve? No - the sender is not the account owner, Bob please check',
    'Approve? No - I am not sure the sender owns this account, can someone check first',
    'Approve? not yet',
    'approve ? no',
    'APPROVE?? maybe',
  ])('reads %j as a question', (text) => {
    expect(parseStaffCommand(text)).toMatchObject({ action: 'unknown', problem: 'question' });
  });

  it.each([
    'Approve: NO',
    'approve not yet',
    'Approve - looks fine',
    'Approve, thanks Maria',
    'approve, but only after legal has looked',
    'approve if the sender proves ownership',
    'approve after the backup check',
    'Approve once Bob confirms',
    'APPROVE pending legal',
    'approve - no wait',
    'Approve: nope',
    'approved by me, not by legal yet',
  ])('does not approve on %j: APPROVE must stand alone', (text) => {
    expect(parseStaffCommand(text)).toMatchObject({ action: 'unknown', problem: 'not_alone' });
  });

  it.each([
    "Don't approve",
    'do not approve',
    'We should approve this one',
    'I would approve',
    'Not sure we can approve',
    'No. Approve later',
  ])('finds no command in %j', (text) => {
    expect(parseStaffCommand(text)).toMatchObject({ action: 'unknown', problem: 'no_command' });
  });

  it.each([
    'APPROVE\nREJECT spam',
    'APPROVE\nNo wait, the sender is not the owner',
    'Approve\n\nno - let me check first',
    'APPROVE\n? should we',
    'APPROVE\nActually I would rather reject this',
  ])('reads %j as ambiguous: the lines below take it back', (text) => {
    expect(parseStaffCommand(text)).toMatchObject({ action: 'unknown', problem: 'ambiguous' });
  });

  it.each([
    'Reject? I think we should approve this one',
    'REJECT ? approve instead',
    'Extend? no',
  ])('reads %j as a question; nothing is mailed to the requester', (text) => {
    expect(parseStaffCommand(text)).toMatchObject({ action: 'unknown', problem: 'question' });
  });

  it.each([
    'Reject: no',
    'REJECT not yet',
    'reject - maybe, if Bob agrees',
    'EXTEND if legal asks for it',
    'Extend: no, approve it instead',
    'REJECT\nno wait',
  ])('refuses %j: the reason takes the command back', (text) => {
    expect(parseStaffCommand(text)).toMatchObject({ action: 'unknown' });
    expect(parseStaffCommand(text).action).toBe('unknown');
  });

  it.each([
    ['REJECT not the account owner', 'not the account owner'],
    ['REJECT: no proof the sender owns the account', 'no proof the sender owns the account'],
    ['EXTEND waiting for legal', 'waiting for legal'],
  ])('keeps a real reason %j', (text, reason) => {
    expect(parseStaffCommand(text)).toEqual({ action: text.split(/[\s:]/)[0]!.toLowerCase(), reason });
  });

  it('reads a bare EXTEND above an Outlook header block without `>` as missing its reason', () => {
    const text = 'EXTEND\n\nFrom: PickrTech Deletion Bot <contact@pickrtech.com>\nSent: Monday, 7 December 2026 09:12\nTo: Staff <staff@pickrtech.com>\nSubject: [DR-2026-00042] Deletion request waiting for approval\n\nDeletion request DR-2026-00042 is waiting for your decision.';
    expect(parseStaffCommand(text)).toMatchObject({ action: 'unknown', problem: 'reason_missing' });
  });

  it('reads the reason of a bare REJECT only up to an Outlook header block', () => {
    const text = 'REJECT\nnot the account owner\n-----Original Message-----\nFrom: PickrTech <contact@pickrtech.com>\nSent: today';
    expect(parseStaffCommand(text)).toEqual({ action: 'reject', reason: 'not the account owner' });
  });
});

describe('parseStaffCommand on crafted blank runs', () => {
  // Just under the 200,000 characters the parser reads, so the word after the run is still read.
  const run = ' \t\u2003'.repeat(66_660);
  it('stays linear on 200,000 spaces, tabs and em-spaces before a word', () => {
    expect(parseStaffCommand(`REJECT${run}x`)).toEqual({ action: 'reject', reason: 'x' });
  });
  it('stays linear on the same run inside an APPROVE line', () => {
    expect(parseStaffCommand(`APPROVE${run}no`)).toMatchObject({ action: 'unknown', problem: 'not_alone' });
  });
});

/** What the parser sees in production: the reply's own words, quote and signature removed. */
const asReplied = (text: string): string => visibleText(text, 'RE: [DR-2026-00042] Deletion request waiting for approval');

describe('parseStaffCommand: APPROVE with own lines below it', () => {
  it.each([
    'Approve\nIs this right?',
    'Approve.\nShould we?',
    'Approve\nor not?',
    'Approve\nJust kidding',
    'Approve\nActually, hold off until legal replies',
    'Approve\nno such account though',
    'Approve\nREDACT?',
    'APPROVE\nREDACT',
    'APPROVE\njk',
    'APPROVE\nhold off please',
    'APPROVE\nplease wait for Bob',
    'APPROVE\nunless legal objects',
    'APPROVE\nnot yet',
    "APPROVE\nyou don't have to rush though",
    'APPROVE\nDon\u2019t send it yet',
    'APPROVE\nhmm',
    'APPROVE\nchecked it, but legal has not answered',
    'APPROVE\n\nMaria\nNope, sorry, wrong thread',
    'APPROVE\nnot sure about this one',
    'APPROVE\nnever mind',
    'APPROVE\n\nthe sender may not be the owner, approve or not, up to you',
  ])('does not approve on %j: the lines below doubt or question it', (text) => {
    expect(parseStaffCommand(text)).toMatchObject({ action: 'unknown', problem: 'ambiguous' });
    expect(parseStaffCommand(asReplied(text))).toMatchObject({ action: 'unknown', problem: 'ambiguous' });
  });

  it.each([
    'APPROVE',
    'Approve.',
    'APPROVE\n\nMaria',
    'APPROVE\n\nMaria Lopez\nPickrTech',
    'APPROVE\n\nThanks,\nMaria',
    'Approve\nThanks!',
    'APPROVE\nChecked the account, it is hers.',
    'APPROVE\n\nNoah Butler\nHead of Support, PickrTech',
    'APPROVE\n\nMaria\n\nOn Mon, 7 Dec 2026 at 09:12, PickrTech <contact@pickrtech.com> wrote:\n> Reply APPROVE or REJECT <reason>\n> Is this right?',
  ])('approves %j', (text) => {
    expect(parseStaffCommand(text)).toEqual({ action: 'approve' });
    expect(parseStaffCommand(asReplied(text))).toEqual({ action: 'approve' });
  });

  it('approves with redaction on "APPROVE REDACT" above a signature', () => {
    expect(parseStaffCommand(asReplied('APPROVE REDACT\n\nThanks,\nMaria'))).toEqual({ action: 'approve', redactMentions: true });
  });
});

describe('parseStaffCommand: a REJECT or EXTEND reason that argues for another command', () => {
  it.each([
    'Reject - actually I think we should approve',
    'Reject, we should approve it',
    'Reject I think not, approve',
    'REJECT\nOn second thought we should approve this',
    'EXTEND\nor just reject it, not sure',
    'Extend - or approved already',
    'REJECT the requester asked us to extend it',
  ])('reads %j as ambiguous; nothing is mailed to the requester', (text) => {
    expect(parseStaffCommand(text)).toMatchObject({ action: 'unknown', problem: 'ambiguous' });
  });

  it.each([
    ['REJECT\nrejected: the sender is not the owner', 'reject', 'rejected: the sender is not the owner'],
    ['EXTEND waiting for the approver at legal', 'extend', 'waiting for the approver at legal'],
  ])('keeps the reason of %j', (text, action, reason) => {
    expect(parseStaffCommand(text)).toEqual({ action, reason });
  });
});

describe('parseStaffCommand: the reason ends at a quoted header block in any language', () => {
  it.each([
    'EXTEND\nVan: PickrTech <contact@pickrtech.com>\nVerzonden: maandag 7 december 2026 09:12\nAan: staff@pickrtech.com\nOnderwerp: [DR-2026-00042] Deletion request',
    'EXTEND\nKimden: PickrTech <contact@pickrtech.com>\nGönderildi: 7 Aralık 2026\nKonu: [DR-2026-00042] Deletion request',
    'REJECT\nDa: PickrTech <contact@pickrtech.com>\nInviato: lunedì 7 dicembre 2026\nOggetto: [DR-2026-00042] Deletion request',
  ])('does not mail the header block of %j as the reason', (text) => {
    expect(parseStaffCommand(text)).toMatchObject({ action: 'unknown', problem: 'reason_missing' });
  });

  it('keeps the reason above a Dutch header block', () => {
    expect(parseStaffCommand('REJECT\nniet de eigenaar\nVan: PickrTech <contact@pickrtech.com>\nVerzonden: maandag')).toEqual({ action: 'reject', reason: 'niet de eigenaar' });
  });
});

describe('parseStaffCommand stays linear on crafted follow-up lines', () => {
  it('reads 200,000 characters of blanks and words below APPROVE', () => {
    expect(parseStaffCommand(`APPROVE\n${'hold \t'.repeat(30_000)}x`)).toEqual({ action: 'approve' });
    expect(parseStaffCommand(`APPROVE\n${'a '.repeat(90_000)}?`)).toMatchObject({ action: 'unknown', problem: 'ambiguous' });
  });
});
