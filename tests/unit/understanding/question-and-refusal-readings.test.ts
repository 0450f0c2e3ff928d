/**
 * Sentences whose question, refusal or exclusion was misread, and their near misses:
 * - "whatever data you have on me, delete it all" ("ne kadar veri varsa", "todo lo que tengan",
 *   "tout ce que vous avez sur moi"): a relative clause, no question; a request;
 * - "have you really deleted all my data?" in an answer to our mail: a question whether it was
 *   done asks nothing; "can you delete my data?" still asks;
 * - "delete nothing, don't touch my account" beside a sentence that only reports ("I pressed the
 *   delete button by mistake", "I got a mail that my data would be deleted"): a refusal;
 * - "tell me how long you keep my data" (no question mark), "I wanted to know how to delete my
 *   data": asks to be told, no request; "delete my data and tell me how long it takes" still asks.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Hello') => understandWithEvidence(personMail(text, subject), READER_OPTS).understanding;
const answer = (text: string) =>
  understandWithEvidence(personMail(text, 'Re: Your data has been deleted', { inReplyTo: ['done1@pickrtech.com'], references: ['done1@pickrtech.com'] }), READER_OPTS)
    .understanding;

describe('"whatever you have on me, delete it all" is a request', () => {
  const WHATEVER: Array<[string, string]> = [
    ['tr', 'Merhaba,\n\nsisteminizde benimle ilgili ne kadar bilgi varsa hepsini silin lütfen. Uygulamayı zaten kaldırdım.\n\nİyi günler'],
    ['tr', 'Selam, uygulamanızda hesabımla ilgili hangi veriler varsa silinmesini rica ediyorum.'],
    ['en', 'Hello,\n\nWhatever you have stored on me, wipe it all. I closed my account last week.\n\nBest'],
    ['de', 'Guten Tag,\n\nalles, was Sie über mich gespeichert haben, bitte komplett löschen. Das Konto gibt es schon nicht mehr.\n\nGrüße'],
    ['es', 'Hola,\n\ntodo lo que tengan guardado de mí, bórrenlo por completo. Ya cerré la cuenta hace tiempo.\n\nSaludos'],
    ['es', 'Buenas, todo lo que tengáis sobre mí, borradlo.'],
    ['fr', 'Bonjour,\n\ntout ce que vous avez sur moi, effacez-le. J\'ai déjà fermé mon compte.\n\nCordialement'],
    ['it', 'Salve,\n\ntutto quello che avete su di me, cancellatelo. L\'account l\'ho già chiuso.\n\nSaluti'],
    ['pt', 'Oi,\n\ntudo o que vocês têm sobre mim, apaguem por favor. Já encerrei a conta.\n\nAbraço'],
    ['nl', 'Hoi,\n\nalles wat jullie over mij hebben opgeslagen, graag wissen. Mijn account is al weg.\n\nGroet'],
  ];
  for (const [lang, text] of WHATEVER) {
    it(`${lang}: ${text.slice(0, 50)}`, () => {
      const u = read(text);
      expect(u.kind).toBe('incomplete_request');
      expect(u.instagramUsername).toBeNull();
    });
  }

  it('with the handle named it is a full request', () => {
    const u = read('Merhaba, uygulamanızda benimle ilgili ne kadar veri varsa silin. Instagram kullanıcı adım: @deniz.kaya_77');
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe('deniz.kaya_77');
  });

  it('a Turkish question about how much is kept or how long deleting takes stays a question', () => {
    expect(read('Merhaba, verilerimi ne kadar sürede silersiniz?').kind).toBe('other');
    expect(read('Merhaba, hesabımı sildikten sonra verilerimi ne kadar süre saklıyorsunuz?').kind).toBe('other');
  });
  it('"please delete my data, whatever you have" stays a request', () => {
    expect(read('Please delete my data, whatever you have.').kind).toBe('incomplete_request');
    expect(read('Bitte löschen Sie meine Daten, alles, was Sie haben.').kind).toBe('incomplete_request');
  });
  it('"I don\'t want you to keep anything, delete it" stays a request', () => {
    expect(read("I don't want you to keep anything of mine, delete my data.").kind).toBe('incomplete_request');
  });
});

describe('an answer to our mail asking whether the deletion was done asks nothing', () => {
  const DONE: Array<[string, string]> = [
    ['fr', 'Bonjour,\n\nPetite question avant de désinstaller : avez-vous vraiment effacé toutes mes données, y compris mes anciennes photos ?\n\nBonne journée'],
    ['fr', 'Est-ce que vous avez bien supprimé mon compte et mes données ?'],
    ['de', 'Hallo,\n\nkurze Rückfrage: Haben Sie auch wirklich meine gesamten Daten entfernt, auch die alten Fotos?\n\nViele Grüße'],
    ['es', 'Hola,\n\nuna duda: ¿han eliminado también mis datos de las copias de seguridad?\n\nUn saludo'],
    ['es', '¿De verdad borraron todos mis datos, fotos incluidas?'],
    ['it', 'Buongiorno,\n\nuna domanda: avete eliminato proprio tutti i miei dati, anche le foto vecchie?\n\nCordiali saluti'],
    ['pt', 'Olá,\n\numa dúvida: vocês excluíram mesmo todos os meus dados, até as fotos antigas?\n\nAbraços'],
    ['pt', 'Vocês já apagaram minha conta e meus dados de verdade?'],
    ['nl', 'Hallo,\n\neven checken: hebben jullie echt al mijn gegevens gewist, ook de oude foto\'s?\n\nGroetjes'],
    ['tr', 'Merhaba,\n\nemin olmak istiyorum: eski fotoğraflar da dahil bütün verilerimi gerçekten sildiniz mi?\n\nSağ olun'],
  ];
  for (const [lang, text] of DONE) {
    it(`${lang}: ${text.slice(0, 50)}`, () => {
      expect(answer(text).kind).toBe('other');
    });
  }

  it('"can you delete my data?" still asks, in an answer too', () => {
    expect(answer('¿Pueden borrar también mis fotos y todos mis datos?').kind).toBe('incomplete_request');
    expect(read('Pouvez-vous supprimer toutes mes données ?').kind).toBe('incomplete_request');
    expect(read('Können Sie bitte alle meine Daten löschen?').kind).toBe('incomplete_request');
    expect(read('Potete cancellare tutti i miei dati?').kind).toBe('incomplete_request');
  });
});

describe('a refusal of everything beside a sentence that only reports is a refusal', () => {
  const REFUSALS: Array<[string, string]> = [
    ['fa', 'سلام\n\nخواهش می‌کنم هیچ چیزی از داده‌های من حذف نکنید! دیشب اشتباهی روی دکمه حذف اطلاعاتم زدم. نام کاربری من neda.rahimi_art است، به حسابم دست نزنید.\n\nممنون'],
    ['fa', 'سلام\n\nلطفا هیچی پاک نکنید. یه ایمیل برام اومد که اطلاعاتم حذف میشه. آیدی من neda.rahimi_art هست.\n\nمرسی'],
    ['ar', 'مرحبا\n\nأرجو ألا تحذفوا أي شيء! ضغطت بالخطأ على زر حذف بياناتي. اسم المستخدم omar.h_photos، لا تلمسوا حسابي.\n\nشكرا'],
    ['he', 'היי,\n\nבבקשה אל תמחקו כלום! לחצתי בטעות על מחיקת המידע שלי. שם המשתמש שלי dana.cohen_pics, אל תיגעו בחשבון.\n\nתודה'],
    ['hi', 'नमस्ते,\n\nकृपया कुछ भी डिलीट मत कीजिए! मैंने गलती से अपना डेटा डिलीट करने वाला बटन दबा दिया। मेरा आईडी rohan.verma_clicks है।\n\nधन्यवाद'],
    ['el', 'Γεια σας,\n\nμη σβήσετε τίποτα παρακαλώ! Έλαβα ένα email ότι τα δεδομένα μου θα διαγραφούν. Το όνομα χρήστη μου είναι nikos.pap_photo.\n\nΕυχαριστώ'],
    ['ru', 'Добрый день!\n\nПожалуйста, ничего не удаляйте! Я случайно нажала кнопку удаления моих данных. Мой ник olga.smirnova_ph, не трогайте его.\n\nСпасибо'],
    ['uk', 'Вітаю!\n\nБудь ласка, нічого не видаляйте! Я випадково натиснула кнопку видалення моїх даних. Мій нік oksana.k_photo.\n\nДякую'],
    ['pl', 'Dzień dobry,\n\nproszę niczego nie usuwać! Przez pomyłkę kliknęłam przycisk usunięcia moich danych. Mój login to ola.zielinska_foto.\n\nPozdrawiam'],
  ];
  for (const [lang, text] of REFUSALS) {
    it(`${lang}: ${text.slice(0, 40)}`, () => {
      const u = read(text);
      expect(u.kind).toBe('other');
      expect(u.instagramUsername).toBeNull();
    });
  }

  it('a refusal of another account beside a wish of one\'s own is never ignored', () => {
    expect(read('Здравствуйте. Хочу удалить мои данные. Аккаунт компании не удаляйте.').kind).not.toBe('other');
    expect(read('Witam. Chcę usunąć moje dane z aplikacji. Konta firmowego nie usuwajcie.').kind).not.toBe('other');
  });
  it('"nothing from my brother\'s account" spares that account only: a wish beside it is never ignored', () => {
    expect(read('Bună ziua. Doresc ștergerea datelor mele. Din contul fratelui meu nu ștergeți nimic.').kind).not.toBe('other');
    expect(read('Здравствуйте. Мои данные хотела бы удалить. С аккаунта брата ничего не удаляйте.').kind).not.toBe('other');
  });
  it('a wish asked for beside "delete nothing else" is never ignored', () => {
    expect(read('Здравствуйте. Пожалуйста, удалите мои данные. Больше ничего не удаляйте, фото оставьте.').kind).not.toBe('other');
    expect(read('سلام. لطفاً اطلاعات من رو حذف کنید. هیچ چیز دیگه‌ای پاک نکنید.').kind).not.toBe('other');
  });
});

describe('asking to be told how long data is kept, or how to delete it, is no request', () => {
  const TOLD: Array<[string, string]> = [
    ['ko', '안녕하세요\n\n제 개인정보를 얼마나 보관하고 언제 삭제하는지 알려주세요\n\n감사합니다'],
    ['ko', '안녕하세요\n\n제 데이터를 얼마 동안 보관하다가 삭제하시는지 알려 주세요\n\n감사합니다'],
    ['zh', '你好\n\n麻烦告诉我你们会把我的资料保存多久才删除\n\n谢谢'],
    ['pt', 'Oi,\n\nqueria saber como excluir meus dados do app\n\nValeu'],
    ['es', 'Hola,\n\nquería saber cómo borrar mis datos de la aplicación\n\nGracias'],
    ['fr', 'Bonjour,\n\nje voudrais savoir comment effacer mes données\n\nMerci'],
    ['it', 'Ciao,\n\nvolevo sapere come si cancellano i miei dati\n\nGrazie'],
    ['de', 'Hallo,\n\nich wollte wissen, wie ich meine Daten löschen kann\n\nDanke'],
    ['nl', 'Hoi,\n\nik wilde graag weten hoe ik mijn gegevens kan wissen\n\nGroetjes'],
    ['en', 'Hi,\n\nI wanted to know how to erase my data from the app\n\nThanks'],
  ];
  for (const [lang, text] of TOLD) {
    it(`${lang}: ${text.slice(0, 40)}`, () => {
      const u = read(text);
      expect(u.kind).toBe('other');
    });
  }

  // The deletion named before the question ("after I leave, how long …"): the words alone cannot tell it from
  // "delete my data and tell me how long it takes", so staff read it; it is never opened.
  const AFTER: Array<[string, string]> = [
    ['ko', '안녕하세요\n\n탈퇴한 뒤에 제 정보를 얼마 동안 보관하시는지 알려주세요\n\n감사합니다'],
    ['ko', '계정 삭제 후 제 데이터를 며칠 동안 보관하는지 알려주세요'],
    ['zh', '你好\n\n注销账号以后你们会把我的资料保存多久，麻烦告诉我\n\n谢谢'],
  ];
  for (const [lang, text] of AFTER) {
    it(`${lang}: ${text.slice(0, 30)} is never opened`, () => {
      expect(['other', 'possible_request']).toContain(read(text).kind);
    });
  }

  it('a wish beside such a question still asks', () => {
    expect(read('제 데이터를 삭제해 주시고 얼마나 걸리는지 알려주세요').kind).not.toBe('other');
    expect(read('제 데이터를 삭제하고 얼마나 걸리는지 알려주세요').kind).not.toBe('other');
    expect(read('Удалите мои данные и скажите, сколько времени это займёт.').kind).toBe('incomplete_request');
    expect(read('请删除我的所有数据，并告诉我需要多久。').kind).toBe('incomplete_request');
    expect(read('Oi, apaguem meus dados por favor, queria saber quanto tempo demora.').kind).toBe('incomplete_request');
    expect(read('Please delete my data; I also want to know how long it takes.').kind).toBe('incomplete_request');
    expect(read('Gostaria de saber se vocês podem apagar meus dados.').kind).toBe('incomplete_request');
    expect(read('Quisiera saber si pueden borrar mis datos.').kind).toBe('incomplete_request');
  });
});
