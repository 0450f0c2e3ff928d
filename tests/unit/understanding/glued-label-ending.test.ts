/**
 * A letter or two glued to a label's colon is the word's own ending, not a handle: Finnish writes
 * "tili-ID:t" (account IDs), Swedish "ID:n". Read as a label, it gave the handle "t" over the
 * handle the mail names on its own line. A handle written after the colon, glued or spaced, is read.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string) => understand(personMail(text, 'Poisto'), READER_OPTS);

describe('a word ending glued to a colon is no handle', () => {
  it.each([
    ['fi', 'Hei, poistakaa kaikki tietoni (tunnisteet, tili-ID:t ja lokit) sovelluksestanne.\n\nInstagram-käyttäjätunnukseni: mirja_kuvat\n\nKiitos', 'mirja_kuvat'],
    ['sv', 'Hej! Radera alla mina data, även konto-ID:n och loggarna.\nMitt Instagram: @olle.snickeri\nTack', 'olle.snickeri'],
  ])('%s', (_lang, text, handle) => {
    const u = read(text);
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe(handle);
  });

  it('a handle glued to the colon is still read', () => {
    const u = read('Please delete my data from your app.\nInstagram:kai.rt\nThanks');
    expect(u.instagramUsername).toBe('kai.rt');
  });
});
