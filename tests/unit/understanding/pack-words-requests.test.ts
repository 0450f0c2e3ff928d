/**
 * Requests in the words people write, which a pack must hold: the Arabic "إتلاف" (destruction)
 * of the data, the Czech genitive "dat" ("smazání všech mých dat"), the Persian loanword
 * "دیتا" (data), the Swedish "tar bort" (removes). Each is read as a request, never ignored.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

describe('requests in words a pack must hold', () => {
  const REQUESTS: Array<[string, string, string]> = [
    ['ar', 'أطلب منكم إتلاف جميع بياناتي المحفوظة لديكم في تطبيقكم.', 'طلب'],
    ['cs', 'Dobrý den, prosím o smazání všech mých dat z vaší aplikace.', 'Žádost'],
    ['fa', 'سلام، لطفا دیتای منو از برنامه‌تون پاک کنید. دیگه استفاده نمی‌کنم.', 'درخواست'],
    ['sv', 'Hej, jag vill att ni tar bort all min data hos er.', 'Hej'],
  ];
  for (const [lang, text, subject] of REQUESTS) {
    it(`${lang}: a request, never ignored`, () => {
      const u = understandWithEvidence(personMail(text, subject), READER_OPTS).understanding;
      expect(u.kind).not.toBe('other');
    });
  }
});

describe('a question that asks us, and a relative pronoun, in the languages read by their packs', () => {
  const read = (text: string) => understandWithEvidence(personMail(text, 'Hello'), READER_OPTS).understanding;
  const REQUESTS: Array<[string, string]> = [
    ['cs', 'Ahoj, můžete mi prosím smazat data z vaší aplikace? Instagram: @mara.v'],
    ['no', 'Kan dere slette alle dataene mine? Instagram: @mara.v'],
    ['ro', 'Aș dori să ștergeți toate datele mele pe care le dețineți. Instagram: @mara.v'],
    ['uk', 'Прошу видалити всі мої дані, які ви зберігаєте. Instagram: @mara.v'],
  ];
  for (const [lang, text] of REQUESTS) {
    it(`${lang}: read as a request with confidence`, () => {
      expect(read(text)).toMatchObject({ kind: 'deletion_request', instagramUsername: 'mara.v' });
    });
  }

  const NOT_OPENED: Array<[string, string]> = [
    ['cs', 'Můžete mi říct, jak smazat moje data? Instagram: @mara.v'],
    ['pl', 'Czy możecie mi powiedzieć, jak usunąć moje dane? Instagram: @mara.v'],
    ['ro', 'Cum pot să șterg datele mele? Instagram: @mara.v'],
  ];
  for (const [lang, text] of NOT_OPENED) {
    it(`${lang}: a question asking how is never opened`, () => {
      expect(['deletion_request', 'incomplete_request']).not.toContain(read(text).kind);
    });
  }
});
