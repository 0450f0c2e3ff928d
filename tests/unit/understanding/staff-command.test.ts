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
  ])('rejects %j with a reason', (text, reason) => {
    expect(parseStaffCommand(text)).toEqual({ action: 'reject', reason });
  });

  it.each([
    ['REJECT', 'REJECT'],
    ['reject.', 'reject.'],
    ['Approve?', 'Approve?'],
    ['I approve of this', 'I approve of this'],
    ['approvement', 'approvement'],
    ['Looks good to me', 'Looks good to me'],
    ['> APPROVE', ''],
    ['> APPROVE\n> REJECT spam', ''],
    ['', ''],
    ['Not sure.\nAPPROVE', 'Not sure.'],
    ['rejection letter', 'rejection letter'],
  ])('is unknown for %j', (text, firstLine) => {
    expect(parseStaffCommand(text)).toEqual({ action: 'unknown', firstLine });
  });
});

describe('parseStaffCommand and quotes', () => {
  it('reads the reason only up to the quote', () => {
    expect(parseStaffCommand('REJECT\nwrong person\n> original text\nlater words')).toEqual({ action: 'reject', reason: 'wrong person' });
  });
  it('finds the command below leading quoted lines', () => {
    expect(parseStaffCommand('> Reply APPROVE or REJECT <reason>\n\nAPPROVE')).toEqual({ action: 'approve' });
  });
});
