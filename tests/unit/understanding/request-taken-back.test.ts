/**
 * A request taken back: "I asked for the deletion, but I changed my mind", "I cancel my
 * deletion request", "it was sent by mistake", in every pack's language. The sentence that
 * reports the earlier request ("Wczoraj prosiłem o usunięcie moich danych") is no wish once
 * the mail takes it back: the mail asks for nothing and is `other`, never opened.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Hello') => understandWithEvidence(personMail(text, subject), READER_OPTS);

describe('a request taken back asks for nothing', () => {
  const TAKEN_BACK: Array<[string, string]> = [
    ['ko', '지난주에 계정 삭제를 요청했는데 마음이 바뀌었습니다. 삭제하지 말아 주세요. 인스타: @jun.ho_7'],
    ['ko', '데이터 삭제 요청 취소합니다. 계정 @jun.ho_7 은 계속 쓸게요.'],
    ['sv', 'Jag bad om radering av mina uppgifter förra veckan men har ångrat mig. Mitt konto är @lina.b_3'],
    ['no', 'Jeg ba dere slette kontoen min, men jeg har ombestemt meg. Brukernavn: lina.b_3'],
    ['da', 'Jeg bad om at få slettet mine data, men jeg har fortrudt. Brugernavn: lina.b_3'],
    ['pl', 'Wczoraj prosiłem o usunięcie moich danych, ale zmieniłem zdanie. Login: lina.b_3'],
    ['ru', 'Я просил удалить мои данные, но передумал. Ник: lina.b_3'],
    ['uk', 'Я просила видалити мій акаунт, але передумала. Нік: lina.b_3'],
    ['cs', 'Minulý týden jsem žádal o smazání svých údajů, ale rozmyslel jsem si to. Účet: lina.b_3'],
    ['hu', 'Kértem az adataim törlését, de meggondoltam magam. Felhasználónév: lina.b_3'],
    ['fi', 'Pyysin tietojeni poistamista, mutta muutin mieleni. Käyttäjätunnus: lina.b_3'],
    ['el', 'Ζήτησα τη διαγραφή των δεδομένων μου, αλλά άλλαξα γνώμη. Instagram: lina.b_3'],
    ['zh', '我之前申请删除我的数据，但是我改变主意了。Instagram: lina.b_3'],
    ['ar', 'طلبت حذف بياناتي أمس لكن غيرت رأيي. انستغرام: lina.b_3'],
    ['he', 'ביקשתי למחוק את הנתונים שלי, אבל התחרטתי. אינסטגרם: lina.b_3'],
    ['fa', 'دیروز درخواست حذف اطلاعاتم را دادم ولی منصرف شدم. اینستاگرام: lina.b_3'],
    ['vi', 'Hôm qua tôi đã yêu cầu xóa dữ liệu của tôi nhưng tôi đã đổi ý. Instagram: lina.b_3'],
    ['id', 'Saya kemarin minta hapus data saya, tapi saya berubah pikiran. Instagram: lina.b_3'],
    ['th', 'เมื่อวานฉันขอให้ลบข้อมูลของฉัน แต่ตอนนี้เปลี่ยนใจแล้ว Instagram: lina.b_3'],
    ['hi', 'मैंने कल अपना डेटा हटाने का अनुरोध किया था, लेकिन अब मेरा मन बदल गया है। Instagram: lina.b_3'],
    ['hi-Latn', 'Maine kal apna data delete karne ko bola tha, par ab mind change ho gaya. IG: lina.b_3'],
    ['ro', 'Am cerut ștergerea datelor mele, dar m-am răzgândit. Instagram: lina.b_3'],
  ];
  for (const [lang, text] of TAKEN_BACK) {
    it(`${lang}: ${text.slice(0, 40)}`, () => {
      const { understanding: u, evidence: e } = read(text);
      expect(u.kind).toBe('other');
      expect(e.doubt?.join('\n') ?? '').toMatch(/opposite intent/);
    });
  }
});

describe('a wish beside a changed plan is still read', () => {
  const WISHES: Array<[string, string]> = [
    ['pl', 'Zmieniłem plany i nie będę już korzystać z aplikacji. Proszę usunąć moje dane. Login: lina.b_3'],
    ['ru', 'Планы изменились. Удалите, пожалуйста, мои данные. Ник: lina.b_3'],
  ];
  for (const [lang, text] of WISHES) {
    it(`${lang}: a request`, () => {
      expect(read(text).understanding.kind).toBe('deletion_request');
    });
  }
});
