/**
 * Two shapes of a request that were read as asking nothing:
 * - a short assent to our question, "yes, delete everything", whose object is a bare
 *   "everything" in its language ("tutto", "tudo", "todo", "tout") after a plural imperative,
 *   while the handle stands only in our quoted mail;
 * - a request for one's own data beside a sentence that spares another account ("do NOT delete
 *   the company account, only mine"): the refusal of the other account does not take the wish back.
 * Neither is ever ignored. Refusals without a wish stay refusals.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Hello') => understandWithEvidence(personMail(text, subject), READER_OPTS);
const reply = (text: string, subject: string) => understandWithEvidence(personMail(text, subject, { inReplyTo: ['q1@pickrtech.com'], references: ['q1@pickrtech.com'] }), READER_OPTS);

describe('a short assent to delete everything, the handle only in our quoted mail: incomplete, never ignored', () => {
  const ASSENT: Array<[string, string, string]> = [
    ['it', 'Re: Conferma', 'Certo, eliminate pure tutto, grazie.\n\nGiulia\n\nIl 02/04/2025 09:10, PickrTech ha scritto:\n> L\'account è @giulia_b.art?'],
    ['pt', 'Re: Confirmação', 'Pode sim, excluam tudo.\n\nEm ter., 1 de abr., PickrTech escreveu:\n> A conta é @joao.pedro_sp?'],
    ['es', 'Re: Confirmación', 'Sí, borren todo por favor.\n\nEl mar, 1 abr 2025, PickrTech escribió:\n> ¿La cuenta es @lucia.mx_22?'],
    ['fr', 'Re: Confirmation', 'Oui, supprimez tout.\n\nLe 1 avr. 2025, PickrTech a écrit :\n> Le compte est-il @claire_lyon?'],
    ['de', 'Re: Bestätigung', 'Ja, löschen Sie bitte alles.\n\nAm 01.04.2025 schrieb PickrTech:\n> Ist das Konto @jonas.k_berlin?'],
    ['en', 'Re: Confirmation', 'Yes, go ahead and delete everything.\n\nOn Tue, Apr 1, 2025, PickrTech wrote:\n> Is the account @sam_reads_books?'],
  ];
  for (const [lang, subject, text] of ASSENT) {
    it(`${lang}: ${text.slice(0, 40)}`, () => {
      const { understanding: u } = reply(text, subject);
      expect(u.kind).toBe('incomplete_request');
      expect(u.instagramUsername).toBeNull();
    });
  }

  it('a report that everything was already deleted asks nothing', () => {
    expect(read('Ho già cancellato tutto dal telefono ieri sera.').understanding.kind).toBe('other');
  });
  it('"do not delete everything" stays no request', () => {
    expect(reply('No, non cancellate tutto.', 'Re: Conferma').understanding.kind).not.toBe('incomplete_request');
  });
});

describe('a wish for one\'s own data beside a refusal for another account: never ignored', () => {
  const SPARED: Array<[string, string]> = [
    ['hu', 'Kérem az adataim törlését. (A cég fiókját NE töröljék, csak az enyémet.)'],
    ['pl', 'Proszę usunąć moje dane z aplikacji. (Konta firmy NIE usuwajcie, tylko moje.)'],
    ['it', 'Per favore cancellate i miei dati. (L\'account dell\'azienda non cancellatelo, solo il mio.)'],
    ['en', 'Please delete my data. (Do not delete the company account, only mine.)'],
  ];
  for (const [lang, text] of SPARED) {
    it(`${lang}: ${text.slice(0, 40)}`, () => {
      expect(read(text).understanding.kind).not.toBe('other');
    });
  }
  it('a refusal alone stays no request', () => {
    expect(read('Kérem, NE töröljék az adataimat.').understanding.kind).toBe('other');
    expect(read('Proszę NIE usuwajcie moich danych.').understanding.kind).toBe('other');
  });
});
