import { describe, it, expect } from 'vitest';
import { parseStaffCommand } from '../../../src/understanding/staff-command.js';

/** Staff's answer to a triage notification: REQUEST @handle, REQUEST, IGNORE, as strict as APPROVE. */
describe('parseStaffCommand: triage answers', () => {
  it.each([
    ['REQUEST @alice', 'alice'],
    ['request @alice', 'alice'],
    ['Request @Alice.Smith', 'alice.smith'],
    ['request   @X', 'x'],
    ['REQUEST @jess_k.', 'jess_k'],
    ['REQUEST @jess_k!', 'jess_k'],
    ['REQUEST: @jess_k', 'jess_k'],
    ['REQUEST - @jess_k', 'jess_k'],
    ['*REQUEST @jess_k*', 'jess_k'],
    ['REQUEST @_under_', '_under_'],
    ['REQUEST @a', 'a'],
    ['REQUEST @' + 'a'.repeat(30), 'a'.repeat(30)],
    ['\n\nREQUEST @jess_k\n\nThanks, Maria', 'jess_k'],
    ['REQUEST @jess_k\n> REQUEST @someone_else', 'jess_k'],
    ['> Reply REQUEST @handle or IGNORE\n\nREQUEST @jess_k', 'jess_k'],
    ['Requested @jess_k', 'jess_k'],
  ])('reads %j as REQUEST for that handle', (text, username) => {
    expect(parseStaffCommand(text)).toEqual({ action: 'request', username });
  });

  it.each(['REQUEST', 'request', 'Request.', 'REQUEST!', '  request  ', 'REQUEST\n\nThanks, Maria', '*REQUEST*'])(
    'reads %j as REQUEST without a handle',
    (text) => {
      expect(parseStaffCommand(text)).toEqual({ action: 'request', username: null });
    },
  );

  it.each(['IGNORE', 'ignore', 'Ignore.', 'Ignored', 'IGNORE!', '*IGNORE*', 'IGNORE\n\nThanks, Maria', 'IGNORE\n> REQUEST @x'])(
    'reads %j as IGNORE',
    (text) => {
      expect(parseStaffCommand(text)).toEqual({ action: 'ignore' });
    },
  );

  it.each([
    'REQUEST @x?',
    'REQUEST?',
    'request ?',
    'IGNORE?',
    'Ignore this one?',
    'REQUEST @x ?',
    'REQUEST @jess_k\nIs that the right account?',
    'IGNORE\nor should we?',
  ])('reads %j as a question, not a command', (text) => {
    expect(parseStaffCommand(text)).toMatchObject({ action: 'unknown' });
    expect(parseStaffCommand(text)).toMatchObject({ problem: expect.stringMatching(/^(question|ambiguous)$/) });
  });

  it.each([
    'REQUEST @x or IGNORE',
    'IGNORE or REQUEST @x',
    'request/ignore',
    'REQUEST @x APPROVE',
    'IGNORE, approve',
    'APPROVE or IGNORE',
    'REQUEST @x\nIGNORE',
    'IGNORE\nREQUEST @x',
    'REQUEST @x\n@y',
    'REQUEST @x\nactually, wait',
    'IGNORE\njust kidding',
    'IGNORE\nno, hold on',
    'REQUEST @x @y',
  ])('reads %j as ambiguous', (text) => {
    expect(parseStaffCommand(text)).toMatchObject({ action: 'unknown', problem: 'ambiguous' });
  });

  it.each([
    'REQUEST alice',
    'REQUEST please',
    'REQUEST it',
    'IGNORE it',
    'Ignore this spam',
    'REQUEST @x please',
    'REQUEST @x if legal agrees',
    'IGNORE not yet',
    'REQUEST @x but check first',
  ])('reads %j as not alone: a triage command stands alone on its line', (text) => {
    expect(parseStaffCommand(text)).toMatchObject({ action: 'unknown', problem: 'not_alone' });
  });

  it.each([
    'REQUEST @' + 'a'.repeat(31),
    'REQUEST @.alice',
    'REQUEST @al..ice',
    'REQUEST @123',
    'REQUEST @alice-smith',
    'REQUEST @álice',
    'REQUEST @аlice', // Cyrillic а
    'REQUEST @',
    'REQUEST @alice@example.com',
  ])('refuses %j: not a handle Instagram allows', (text) => {
    expect(parseStaffCommand(text)).toMatchObject({ action: 'unknown', problem: 'bad_username' });
  });

  it.each([
    ['Requesting more info from legal', 'no_command'],
    ['I request that we wait', 'no_command'],
    ['Ignoring this for now', 'no_command'],
    ["Don't ignore", 'no_command'],
    ['> REQUEST @x', 'no_command'],
  ])('finds no command in %j', (text, problem) => {
    expect(parseStaffCommand(text)).toMatchObject({ action: 'unknown', problem });
  });

  it('keeps APPROVE, REJECT and EXTEND as they were', () => {
    expect(parseStaffCommand('APPROVE')).toEqual({ action: 'approve' });
    expect(parseStaffCommand('REJECT the request is not from the owner')).toEqual({ action: 'reject', reason: 'the request is not from the owner' });
    expect(parseStaffCommand('REJECT request withdrawn by phone')).toEqual({ action: 'reject', reason: 'request withdrawn by phone' });
    expect(parseStaffCommand('REJECT or IGNORE')).toMatchObject({ action: 'unknown', problem: 'ambiguous' });
  });

  it('survives hostile input in linear time', () => {
    expect(parseStaffCommand(`REQUEST @${'a'.repeat(200_000)}`)).toMatchObject({ action: 'unknown' });
    expect(parseStaffCommand(`REQUEST ${'@a '.repeat(100_000)}`)).toMatchObject({ action: 'unknown' });
    expect(parseStaffCommand(`IGNORE\n${'x '.repeat(50_000)}`).action).toBe('ignore');
    expect(parseStaffCommand(`IGNORE${'\n'.repeat(300_000)}`).action).toBe('unknown');
  });
});
