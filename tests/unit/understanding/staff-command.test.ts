import { describe, it, expect } from 'vitest';
import { parseStaffCommand } from '../../../src/understanding/staff-command.js';

describe('parseStaffCommand', () => {
  it.each([
    'APPROVE',
    'approve',
    'Approve.',
    'APPROVE!',
    'Approve - looks fine',
    '  approve  ',
    '\n\nAPPROVE\n\nthanks',
    'Approved',
    '*APPROVE*',
    '\ufeffApprove',
    'aPpRoVe',
    'APPROVE\nREJECT spam',
    'Approve, thanks Maria',
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
    ['REJECT the requester asked us to extend it', 'the requester asked us to extend it'],
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
    expect(parseStaffCommand(`APPROVE${' x'.repeat(200_000)}`).action).toBe('approve');
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
