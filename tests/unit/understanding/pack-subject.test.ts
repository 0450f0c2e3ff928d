/**
 * A terse subject of the person's own is the wish in a language read by its pack, as in the
 * languages with hand-written rules: "Ta bort min data" over "Hej, vill att ni tar bort allt. Tack!".
 * Not when the body refuses or asks, when the subject asks or shouts, or when it is our own.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS, type PersonMailOptions } from '../../support/person-mail.js';

const read = (text: string, subject: string, extra?: PersonMailOptions) => understandWithEvidence(personMail(text, subject, extra), READER_OPTS);

describe('a terse subject is the wish', () => {
  const SUBJECTS: Array<[string, string, string]> = [
    ['sv', 'Ta bort min data', 'Hej, gör det snabbt. Tack!'],
    ['pl', 'Usunięcie moich danych', 'Dzień dobry, z góry dziękuję.'],
    ['cs', 'Smazání mých údajů', 'Dobrý den, děkuji předem.'],
    ['ru', 'Удалите мои данные', 'Здравствуйте, заранее спасибо.'],
    ['id', 'Hapus data saya', 'Halo kak, makasih ya.'],
  ];
  for (const [lang, subject, body] of SUBJECTS) {
    it(`${lang}: "${subject}" is an incomplete request without a handle`, () => {
      const { understanding: u, evidence: e } = read(body, subject);
      expect(u).toMatchObject({ kind: 'incomplete_request', statement: subject });
      expect(e.kind.rule).toBe('wish.pack-subject');
    });
  }
});

describe('a subject that is no wish', () => {
  it('pl: over a body that asks how, it goes to staff at most', () => {
    expect(read('Jak mogę usunąć moje dane z aplikacji?', 'Usunięcie danych').understanding.kind).not.toMatch(/^(deletion|incomplete)_request$/);
  });
  it('pl: a subject that shouts or asks is not read as a wish', () => {
    expect(read('Sprawdź naszą ofertę.', 'Usuń swoje dane z internetu!').understanding.kind).not.toMatch(/^(deletion|incomplete)_request$/);
    expect(read('Dzień dobry.', 'Jak usunąć moje dane?').understanding.kind).not.toMatch(/^(deletion|incomplete)_request$/);
  });
  it('ru: a subject of seven words or more is not terse', () => {
    expect(read('Спасибо.', 'Удалите мои данные из всех ваших систем сразу').understanding.kind).not.toMatch(/^(deletion|incomplete)_request$/);
  });
  it('a reply to our own mail does not carry our subject as the wish', () => {
    const u = read('Dziękuję!', 'Re: Usunięcie moich danych', { inReplyTo: ['dr-ack.12@pickrtech.com'] }).understanding;
    expect(u.kind).not.toMatch(/^(deletion|incomplete)_request$/);
  });
});
