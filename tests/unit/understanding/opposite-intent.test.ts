/**
 * Opposite intent, by family and in several languages: a mail whose only deletion words are
 * refused or taken back ("do not delete", "I did not ask for this", "cancel my request", "I
 * changed my mind") asks for nothing and is `other`; a mail that also affirms a wish goes to
 * staff; a refused keep ("I no longer want you to keep my data") is a wish. A negation in a
 * language written without spaces refuses only the erasure word it stands beside.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Hello') => understandWithEvidence(personMail(text, subject), READER_OPTS);

describe('a mail that only refuses or takes back deletion asks for nothing', () => {
  const ONLY_OPPOSITE: Array<[string, string, string]> = [
    ['pl', 'Nie prosiłam o usunięcie danych! Proszę niczego nie usuwać, moje konto @mara.v jest w użyciu.', 'Re: Twoja prośba'],
    ['ru', 'Я не просил удалять мои данные. Ничего не удаляйте, пожалуйста, мой аккаунт @mara.v в работе.', 'Re: Ваш запрос'],
    ['uk', 'Я не просив видаляти мої дані. Нічого не видаляйте, будь ласка, акаунт @mara.v працює.', 'Re: Ваш запит'],
    ['th', 'ฉันไม่ได้ขอให้ลบข้อมูล กรุณาอย่าลบบัญชีของฉัน Instagram: @mara.v', 'Re: คำขอของคุณ'],
    ['zh', '我没有申请删除数据，请不要删除我的账号。Instagram: @mara.v', 'Re: 您的请求'],
    ['hi-Latn', 'Maine koi request nahi bheji. Mera account delete mat karo, main use kar rahi hoon. Instagram: @mara.v', 'Re: request'],
    ['it', 'NON cancellate niente! Non sono stata io a chiedere la cancellazione, il mio account @mara.v è ancora in uso.', 'Re: richiesta'],
    ['id', 'Saya berubah pikiran. Tolong batalkan permintaan penghapusan data saya, akun @mara.v masih saya pakai.', 'Re: permintaan'],
    ['ro', 'M-am răzgândit, vă rog să anulați cererea de ștergere a datelor. Contul meu @mara.v este încă folosit.', 'Re: cerere'],
    ['en', 'I got a mail saying my data deletion request was received. I did NOT ask for this, please do not delete anything: @mara.v is in use.', 'Re: Your request'],
  ];
  for (const [lang, text, subject] of ONLY_OPPOSITE) {
    it(`${lang}: other, with the opposite named in the doubt`, () => {
      const { understanding: u, evidence: e } = read(text, subject);
      expect(u.kind).toBe('other');
      expect(u.instagramUsername).toBeNull();
      expect(e.doubt?.join('\n')).toMatch(/opposite intent/);
    });
  }

  it('a complaint that the data is still not deleted, under our own subject, is never dropped', () => {
    const u = read('Already two weeks and my data is still not deleted. Delete it now. IG: @mara.v', 'Re: Your data deletion request').understanding;
    expect(u.kind).not.toBe('other');
    const hg = read('2 hafte ho gaye, abhi tak mera data delete nahi hua. Turant delete karo. IG: @mara.v', 'Re: Your data deletion request').understanding;
    expect(hg.kind).not.toBe('other');
  });

  const ANSWERING_OUR_SUBJECT: Array<[string, string]> = [
    ['he', 'לא ביקשתי שום דבר! החשבון שלי @mara.v עדיין בשימוש.'],
    ['id', 'Saya berubah pikiran. Tolong batalkan permintaan penghapusan saya, akun @mara.v masih saya pakai.'],
    ['ro', 'M-am răzgândit, vă rog să anulați cererea de ștergere. Contul meu @mara.v este încă folosit.'],
    ['en', 'I did not ask for this! Our account @mara.v is still in use.'],
  ];
  for (const [lang, text] of ANSWERING_OUR_SUBJECT) {
    it(`${lang}: an answer to our "Your data deletion request" that denies or takes it back is other`, () => {
      expect(read(text, 'Re: Your data deletion request').understanding.kind).toBe('other');
    });
  }

  it('fr: a request taken back ("changé d\'avis", "annuler ma demande") is never opened', () => {
    const u = read("Je vous ai écrit pour demander la suppression de mes données. J'ai changé d'avis : merci d'annuler ma demande. Compte : @mara.v", 'Annulation de ma demande de suppression').understanding;
    expect(['deletion_request', 'incomplete_request']).not.toContain(u.kind);
  });
});

describe('a mail that affirms a wish and also refuses goes to staff', () => {
  const BOTH: Array<[string, string]> = [
    ['pl', 'Usuńcie moje dane z aplikacji. Tylko nie usuwajcie mojego konta na Instagramie @mara.v.'],
    ['ru', 'Удалите мои данные из приложения. Но не удаляйте мой аккаунт @mara.v.'],
    ['zh', '请删除我的数据。不要删除我的账号 @mara.v。'],
  ];
  for (const [lang, text] of BOTH) {
    it(`${lang}: possible_request`, () => {
      expect(read(text).understanding.kind).toBe('possible_request');
    });
  }
});

describe('a refused keep is a wish', () => {
  it('en and ru: "no longer want you to keep my data" stays a request', () => {
    expect(read('I no longer want you to keep my data. Delete my account please. Instagram: @mara.v').understanding.kind).toBe('deletion_request');
    expect(read('Я больше не хочу, чтобы вы хранили мои данные. Удалите мой аккаунт. Instagram: @mara.v').understanding.kind).toBe('deletion_request');
  });
});

describe('in a language written without spaces, a negation refuses only the erasure beside it', () => {
  const REQUESTS: Array<[string, string]> = [
    ['th', 'สวัสดีครับ ตอนนี้ไม่ได้ใช้แอปแล้ว จึงขอให้ลบข้อมูลทั้งหมดของผมด้วยครับ Instagram: @mara.v'],
    ['zh', '我已经不用你们的应用了，请删除我的所有数据。Instagram: @mara.v'],
  ];
  for (const [lang, text] of REQUESTS) {
    it(`${lang}: a request, read with confidence`, () => {
      expect(read(text).understanding).toMatchObject({ kind: 'deletion_request', instagramUsername: 'mara.v', language: lang });
    });
  }
});
