/**
 * "Our client" is found by where each "our" ends: the client word right after it (a space or a
 * particle between) names the person an agency writes for, in any pack's words; an "our" further
 * off names none. A line of many of both, never side by side, is read in one walk and names none.
 */
import { describe, expect, it } from 'vitest';
import { writesOnBehalf } from '../../../src/understanding/on-behalf.js';

describe('our client, side by side', () => {
  it.each([
    'please delete all data your app holds for our client\'s Instagram account',
    'bitte löschen Sie alle Daten unserer Kundin',
    'merci de supprimer les données de notre cliente',
    '弊社のお客様のデータを削除してください',
  ])('%s', (line) => {
    expect(writesOnBehalf(line)).toBe(true);
  });

  it.each([
    'our long-time client asked us about your app',
    'I am a client of your app, our family uses it',
  ])('not side by side: %s', (line) => {
    expect(writesOnBehalf(line)).toBe(false);
  });

  it('a line of 93,500 characters of clients and ours apart names none', () => {
    expect(writesOnBehalf('client xx our xx '.repeat(5_500))).toBe(false);
    expect(writesOnBehalf(`${'client xx our xx '.repeat(5_500)}our client`)).toBe(true);
  });
});
