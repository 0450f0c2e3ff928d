/**
 * Leaving a newsletter or a mailing list is no data deletion request: "remove me from your
 * mailing list", "töröljenek a hírlevélről", "schrijf me uit" read `other`, in every language
 * that has the words. A mail that also asks to erase the data stays a request.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string) => understandWithEvidence(personMail(text, 'Hello'), READER_OPTS).understanding;

describe('a mail that only leaves a newsletter', () => {
  const UNSUBSCRIBE: Array<[string, string]> = [
    ['en', 'Hi,\n\nplease remove me from your mailing list, I never signed up for it. My Instagram is @ella.p_20 if you need it.\n\nElla'],
    ['de', 'Hallo,\n\nbitte löschen Sie mich aus Ihrem Newsletter-Verteiler, ich habe mich nie angemeldet.\n\nTim'],
    ['nl', 'Hallo,\n\nverwijder mij alstublieft uit de nieuwsbrief, ik wil die mails niet meer.\n\nEva'],
    ['es', 'Hola,\n\npor favor bórrenme de su lista de correo, no quiero recibir más boletines.\n\nLuis'],
    ['fr', 'Bonjour,\n\nmerci de me désabonner de votre newsletter, je ne veux plus rien recevoir.\n\nJules'],
    ['hu', 'Jó napot,\n\nkérem, töröljenek a hírlevelükről, nem kérek több levelet. Az Instagramom zsofi.k_88.\n\nZsófi'],
    ['ro', 'Bună ziua,\n\nvă rog să mă ștergeți din lista de newsletter, nu m-am abonat niciodată.\n\nMaria'],
    ['fa', 'سلام\nلطفا منو از خبرنامه حذف کنید، دیگه ایمیل نمیخوام. اینستاگرامم mina.r_4 هست.\nممنون'],
    ['hu', 'Kérem, töröljenek a levelezőlistájukról. Instagramom: zsofi.k_88'],
    ['pl', 'Proszę usunąć mnie z listy mailingowej. Mój Instagram: @ola.w_12'],
    ['hu', 'Jó napot, kérem töröljenek a hírlevélből, a fiókom zsofi.k_88 ha kell, csak ne jöjjön több levél'],
    ['ro', 'Vă rog să mă ștergeți din newsletter, contul meu de Instagram e @maria.i_3 dacă trebuie'],
    ['th', 'สวัสดีครับ\n\nกรุณาลบผมออกจากจดหมายข่าวด้วยครับ ไม่อยากได้อีเมลแล้ว\n\nสมชาย'],
  ];
  for (const [lang, text] of UNSUBSCRIBE) {
    it(`${lang}: ${text.slice(0, 40).replace(/\n/g, ' ')}`, () => {
      const u = read(text);
      expect(u.kind).toBe('other');
      expect(u.instagramUsername).toBeNull();
    });
  }
  const STILL_REQUESTS: Array<[string, string]> = [
    ['en', 'Please delete all my data and unsubscribe me from the newsletter. My Instagram is @ella.p_20.'],
    ['de', 'Bitte löschen Sie alle meine Daten und melden Sie mich vom Newsletter ab. Mein Instagram: @tim.r_5'],
    ['nl', 'Verwijder al mijn gegevens en schrijf me uit van de nieuwsbrief. Mijn Instagram is @eva.d_9.'],
    ['hu', 'Kérem, töröljék az összes adatomat, és a hírlevélről is iratkoztassanak le. Instagram: zsofi.k_88'],
  ];
  for (const [lang, text] of STILL_REQUESTS) {
    it(`${lang} stays a request: ${text.slice(0, 40)}`, () => {
      expect(read(text).kind).toBe('deletion_request');
    });
  }
});
