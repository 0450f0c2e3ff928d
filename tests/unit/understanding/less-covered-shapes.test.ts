/**
 * Requests in shapes and languages the reader saw less of: a phone's run-on line with no
 * punctuation ("... verwijderen ik gebruik het niet meer"), a clause ended by the Arabic-script
 * comma "،", Hebrew verbs with their prefixes ("שתמחקו", "ותמחקו"), the handle after a dash
 * in a subject of any language, "my insta x" in Ukrainian and Russian, Vietnamese written
 * without diacritics. Each is read as a request; the refusals and questions of the same
 * languages stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Hallo') => understandWithEvidence(personMail(text, subject), READER_OPTS).understanding;
const OPENED = ['deletion_request', 'incomplete_request'];

describe('a reason after the wish ("I no longer use it") refuses nothing', () => {
  const REQUESTS: Array<[string, string, string]> = [
    ['nl', 'hallo kunnen jullie mijn gegevens wissen ik heb de app al lang niet meer', 'app'],
    ['nl', 'hey kunnen jullie al m\'n gegevens verwijderen ik gebruik het niet meer', 'vraagje'],
    ['ar', 'أرجو حذف البيانات الخاصة بي، لا أستخدم التطبيق منذ مدة.', 'طلب'],
    ['fa', 'لطفاً همه اطلاعات من را از برنامه‌تان پاک کنید، دیگه نمی‌خواهم آن را.', 'درخواست'],
  ];
  for (const [lang, text, subject] of REQUESTS) {
    it(`${lang}: read as a request`, () => {
      expect(read(text, subject).kind).toBe('incomplete_request');
    });
  }

  const REFUSALS: Array<[string, string]> = [
    ['nl', 'verwijder mijn gegevens alsjeblieft niet'],
    ['nl', 'verwijder mijn account nog niet ik gebruik het nog'],
    ['ar', 'لا تحذفوا بياناتي، من فضلك.'],
    ['fa', 'لطفاً اطلاعات من را پاک نکنید، هنوز از برنامه استفاده می‌کنم.'],
  ];
  for (const [lang, text] of REFUSALS) {
    it(`${lang}: a refusal is never opened`, () => {
      expect(OPENED).not.toContain(read(text, 'vraag').kind);
    });
  }
});

describe('Hebrew verbs with their prefixes', () => {
  it('"I want you to delete" (שתמחקו) with a profile link', () => {
    const u = read('שלום, אני מבקשת שתמחקו את המידע שלי מהאפליקציה.\nהפרופיל: https://instagram.com/noa.b_22', 'בקשה');
    expect(u).toMatchObject({ kind: 'deletion_request', instagramUsername: 'noa.b_22' });
  });
  it('"check and delete" (ותמחקו) the data', () => {
    const u = read('תבדקו ותמחקו את הנתונים שלי בבקשה, המשתמש שלי הוא @gil.r', 'נתונים');
    expect(u).toMatchObject({ kind: 'deletion_request', instagramUsername: 'gil.r' });
  });
  it('"do not delete" stays a refusal', () => {
    expect(OPENED).not.toContain(read('אל תמחקו את הנתונים שלי, אני עדיין משתמש באפליקציה.', 'נתונים').kind);
  });
  it('a question about deletion is never opened', () => {
    expect(OPENED).not.toContain(read('איך אני יכול למחוק בעצמי את המידע שלי?', 'שאלה').kind);
  });
});

describe('the handle after a dash in a subject of any language', () => {
  const CASES: Array<[string, string, string, string]> = [
    ['he', 'אבקש למחוק את כל הנתונים שלי מהאפליקציה שלכם.', 'מחיקת נתונים - roni.katz_9', 'roni.katz_9'],
    ['pl', 'Dzień dobry, proszę usunąć wszystkie moje dane z aplikacji.', 'Usunięcie danych – kasia_n.88', 'kasia_n.88'],
    ['el', 'Παρακαλώ διαγράψτε όλα τα δεδομένα μου από την εφαρμογή σας.', 'Διαγραφή δεδομένων | nikos.p_7', 'nikos.p_7'],
  ];
  for (const [lang, text, subject, handle] of CASES) {
    it(`${lang}: the subject's handle is the person's`, () => {
      expect(read(text, subject)).toMatchObject({ kind: 'deletion_request', instagramUsername: handle });
    });
  }
  it('a plain word after the dash is no handle', () => {
    const u = read('Dzień dobry, proszę usunąć wszystkie moje dane z aplikacji.', 'Usunięcie danych - pilne');
    expect(u).toMatchObject({ kind: 'incomplete_request', instagramUsername: null });
  });
});

describe('"my insta x" without punctuation', () => {
  it('uk', () => {
    expect(read('видаліть мої дані мій інст olena_k07 дякую', 'дані')).toMatchObject({ kind: 'deletion_request', instagramUsername: 'olena_k07' });
  });
  it('ru', () => {
    expect(read('удалите мои данные мой инст petro_v12 спасибо', 'данные')).toMatchObject({ kind: 'deletion_request', instagramUsername: 'petro_v12' });
  });
});

describe('Vietnamese without diacritics', () => {
  it('a request with "ig minh la x"', () => {
    const u = read('chao ad, xoa giup em du lieu cua em tren app voi, ig em la linh.nguyen_99 . cam on ad', 'xoa du lieu');
    expect(u).toMatchObject({ kind: 'deletion_request', instagramUsername: 'linh.nguyen_99' });
  });
  it('"my ig is x" with mình', () => {
    const u = read('ad oi xoa giup minh het du lieu tren ung dung nhe, ig minh la hoang.bao_21', 'xoa');
    expect(u).toMatchObject({ kind: 'deletion_request', instagramUsername: 'hoang.bao_21' });
  });
  it('a question asking how is never opened', () => {
    expect(OPENED).not.toContain(read('lam sao de minh tu xoa du lieu cua minh tren app?', 'hoi').kind);
  });
});

describe('an answer to the bot that asks to delete, naming nothing', () => {
  it('he: a subject asking for deletion with a prefixed noun ("בקשה למחיקת נתונים") is a sign', () => {
    expect(read('זה השם הנכון, תבדקו שוב ותמחקו בבקשה.', 'Re: Re: בקשה למחיקת נתונים').kind).not.toBe('other');
  });
  const reply = (text: string, subject: string) =>
    understandWithEvidence(personMail(text, subject, { inReplyTo: ['dr-ask.4711@pickrtech.com'] }), READER_OPTS).understanding;
  const ASKS: Array<[string, string, string]> = [
    ['he', 'זה השם הנכון, תבדקו שוב ותסירו בבקשה.', 'Re: PickrTech'],
    ['pl', 'To jest dobra nazwa, sprawdźcie jeszcze raz i proszę usunąć.', 'Re: PickrTech'],
    ['ru', 'Это правильное имя, проверьте ещё раз и удалите, пожалуйста.', 'Re: PickrTech'],
  ];
  for (const [lang, text, subject] of ASKS) {
    it(`${lang}: sent to staff, never ignored`, () => {
      expect(['possible_request', 'incomplete_request', 'deletion_request']).toContain(reply(text, subject).kind);
    });
  }
  const REFUSES: Array<[string, string, string]> = [
    ['he', 'אל תמחקו בבקשה, אני עדיין משתמש.', 'Re: בקשה למחיקת נתונים'],
    ['pl', 'Proszę nie usuwać, to pomyłka.', 'Re: Prośba o usunięcie danych'],
    ['ru', 'Не удаляйте, пожалуйста, я передумал.', 'Re: Удаление данных'],
  ];
  for (const [lang, text, subject] of REFUSES) {
    it(`${lang}: a refusal is never opened`, () => {
      expect(OPENED).not.toContain(reply(text, subject).kind);
    });
  }
});
