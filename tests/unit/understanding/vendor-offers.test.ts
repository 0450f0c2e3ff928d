/**
 * A business offering to automate the handling of deletion requests, with a short call of so
 * many minutes or a meeting, is no request, in every language: it names erasure, the law and
 * its article ("art. 17 RODO", "152-ФЗ"), but asks for a meeting, not for anyone's data to go.
 * A request that mentions something automatic is still read.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Hello') => understandWithEvidence(personMail(text, subject, { from: 'sales@vendor.example' }), READER_OPTS);

describe('a vendor offering to automate deletion requests', () => {
  const OFFERS: Array<[string, string]> = [
    ['pl', 'Nasza platforma automatyzuje obsługę wniosków RODO o usunięcie danych (art. 17). Czy znajdzie Pan 20 minut na rozmowę?'],
    ['ru', 'Мы автоматизируем обработку запросов на удаление персональных данных по 152-ФЗ. Найдёте 15 минут на созвон?'],
    ['sv', 'Vi automatiserar hanteringen av GDPR-begäranden om radering av personuppgifter. Har ni 20 minuter för ett kort samtal?'],
    ['cs', 'Naše služba automatizuje vyřizování žádostí o výmaz osobních údajů podle čl. 17 GDPR. Máte 15 minut na krátký hovor?'],
    ['id', 'Kami mengotomatiskan permintaan penghapusan data pribadi sesuai UU PDP. Apakah Anda punya waktu 15 menit untuk panggilan singkat?'],
    ['en', 'We automate GDPR Art. 17 erasure requests for apps like yours. Do you have 15 minutes for a call next week?'],
  ];
  for (const [lang, text] of OFFERS) {
    it(`${lang}: other, never opened`, () => {
      const { understanding: u, evidence: e } = read(text, 'Partnership');
      expect(u.kind).toBe('other');
      expect(e.kind.rule).toBe('other.vendor');
    });
  }
});

describe('requests that mention something automatic', () => {
  const REQUESTS: Array<[string, string]> = [
    ['pl', 'Proszę usunąć moje dane, aplikacja automatycznie publikowała moje posty. Mój login na Instagramie to kasia.w_7'],
    ['en', 'Your app posted automatically for 10 minutes without asking me. Please delete all my data. My Instagram is @ray.t_4'],
  ];
  for (const [lang, text] of REQUESTS) {
    it(`${lang}: still a request`, () => {
      expect(read(text).understanding.kind).toMatch(/request/);
    });
  }
});
