/**
 * Mail that speaks of deletion but is no request, by family, read the same way in every
 * language: the deletion of another company's account (the company names are the same in
 * every language), and mail sent from an address that imitates ours (a phishing mail that
 * threatens deletion). Each is `other`; the requests beside them are still read.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Hello', from?: string) => understandWithEvidence(personMail(text, subject, { from }), READER_OPTS);

describe("another company's account", () => {
  const OTHER_COMPANY: Array<[string, string, string]> = [
    ['pl', 'Pomóżcie mi usunąć moje konto na Facebooku, zapomniałem hasła.', 'Usunięcie konta Facebook'],
    ['uk', 'Допоможіть, будь ласка, видалити мій акаунт у Фейсбуці, я забув пароль.', 'Видалити акаунт'],
    ['ru', 'Помогите удалить мой аккаунт в Фейсбуке, я не помню пароль.', 'Удалить аккаунт'],
    ['cs', 'Chci smazat svůj účet na TikToku, nevím jak.', 'Smazání účtu'],
    ['el', 'Θέλω να διαγράψω τον λογαριασμό μου στο Facebook.', 'Διαγραφή λογαριασμού'],
    ['ko', '제 페이스북 계정을 삭제하고 싶어요.', '계정 삭제'],
    ['sv', 'Jag vill radera mitt WhatsApp-konto helt.', 'Radera konto'],
  ];
  for (const [lang, text, subject] of OTHER_COMPANY) {
    it(`${lang}: other, never opened`, () => {
      const { understanding: u, evidence: e } = read(text, subject);
      expect(u.kind).toBe('other');
      expect(e.kind.rule).toBe('other.other-company');
    });
  }

  const OURS_TOO: Array<[string, string]> = [
    ['pl', 'Usunąłem już konto na Facebooku. Proszę usunąć też wszystkie moje dane z waszej aplikacji. Instagram: @mara.v'],
    ['ru', 'Я удалил аккаунт в Фейсбуке, а теперь удалите, пожалуйста, мои данные из вашего приложения. Instagram: @mara.v'],
  ];
  for (const [lang, text] of OURS_TOO) {
    it(`${lang}: a request that also names another company's deletion is not dropped`, () => {
      expect(read(text).understanding.kind).not.toBe('other');
    });
  }
});

describe('a sender imitating our own address', () => {
  const LOOKALIKES = ['staff@pickrtеch.com', 'security@pickrtech-verify.com'.replace('pickrtech-verify', 'pіckrtech'), 'team@p1ckrtech.com'];
  for (const from of LOOKALIKES) {
    it(`${from}: a threat to delete the account unless verified is other`, () => {
      const { understanding: u, evidence: e } = read('Your account data will be permanently deleted within 24 hours unless you verify your account. Verify: http://example.com/login', 'Action needed', from);
      expect(u.kind).toBe('other');
      expect(e.kind.rule).toBe('other.lookalike-sender');
    });
  }

  it('our own domain and unrelated domains are read as usual', () => {
    expect(read('Proszę usunąć wszystkie moje dane. Instagram: @mara.v', 'Prośba', 'mara@pickrtech.com.example.org').understanding.kind).toBe('deletion_request');
    expect(read('Proszę usunąć wszystkie moje dane. Instagram: @mara.v', 'Prośba', 'mara@example.pl').understanding.kind).toBe('deletion_request');
  });
});

describe('hostile senders', () => {
  it('a domain of 200,000 look-alike letters is compared in one walk', () => {
    const { understanding: u } = read('Proszę usunąć wszystkie moje dane. Instagram: @mara.v', 'Prośba', `x@${'р'.repeat(200_000)}.com`);
    expect(u.kind).toBe('deletion_request');
  });

  it('200,000 characters of posts, accounts and erasure words in one sentence are read in one walk', () => {
    const { understanding: u } = read(`${'usuń post, konto '.repeat(12_000)}`, 'Hello');
    expect(u.kind).not.toBe('deletion_request');
  });

  it('200,000 characters of questions about deletion are read in one walk', () => {
    expect(read('Jak usunąć moje dane? '.repeat(10_000), 'Pytanie').understanding.kind).toBe('other');
    expect(read('Πώς διαγράφω τον λογαριασμό μου; '.repeat(7_000), 'Ερώτηση').understanding.kind).toBe('other');
  });

  it('200,000 characters of company names and erasure words in one clause are read in one walk', () => {
    const { understanding: u } = read(`${'usuń facebook '.repeat(15_000)}`, 'Hello');
    expect(u.kind).toBe('other');
  });
});

describe('a post, a photo, a story', () => {
  const CONTENT: Array<[string, string, string]> = [
    ['sv', 'Hur tar jag bort ett inlägg som jag publicerade via er app? Jag vill bara radera inlägget, inte mitt konto.', 'Ta bort inlägg?'],
    ['ro', 'Am programat o postare pe contul meu (@mara.v) și vreau să o șterg, dar nu găsesc butonul.', 'Întrebare'],
    ['cs', 'Chci smazat jednu fotku, kterou jsem nahrála přes vaši aplikaci, ne svůj účet.', 'Fotka'],
    ['ru', 'Как удалить пост, который я запланировала через ваше приложение?', 'Вопрос'],
    ['zh', '我想删除我通过你们的应用发布的一张照片。', '照片'],
  ];
  for (const [lang, text, subject] of CONTENT) {
    it(`${lang}: deleting one post or photo is other, never opened`, () => {
      const { understanding: u, evidence: e } = read(text, subject);
      expect(u.kind).toBe('other');
      expect(e.kind.rule).toBe('other.content');
    });
  }

  const WITH_ACCOUNT: Array<[string, string]> = [
    ['cs', 'Smažte prosím můj účet i fotky. Instagram: @mara.v'],
    ['pl', 'Usuńcie moje konto razem ze zdjęciami i postami. Instagram: @mara.v'],
    ['sv', 'Radera mitt konto och alla mina bilder. Instagram: @mara.v'],
  ];
  for (const [lang, text] of WITH_ACCOUNT) {
    it(`${lang}: the account with its photos or posts is never dropped`, () => {
      expect(read(text).understanding.kind).not.toBe('other');
    });
  }
});

describe("a vendor's pitch", () => {
  const PITCHES: Array<[string, string]> = [
    ['zh', '我们提供用户数据删除请求的自动化处理服务，已服务上百家企业。如您有兴趣，可以约一个线上演示。'],
    ['ru', 'Мы предлагаем автоматизацию обработки запросов на удаление данных ваших пользователей. Можем показать демо за 15 минут.'],
    ['pl', 'Oferujemy automatyzację obsługi wniosków o usunięcie danych. Zapraszamy na bezpłatne demo.'],
    ['ko', '개인정보 삭제 요청 자동화 솔루션을 제공합니다. 데모를 보여드릴 수 있습니다.'],
    ['id', 'Kami menawarkan otomatisasi untuk permintaan penghapusan data pengguna Anda. Coba uji coba gratis 14 hari.'],
  ];
  for (const [lang, text] of PITCHES) {
    it(`${lang}: automation with a demo or a trial is other`, () => {
      const { understanding: u, evidence: e } = read(text, 'Oferta');
      expect(u.kind).toBe('other');
      expect(e.kind.rule).toBe('other.vendor');
    });
  }

  it('a request that speaks of automatic deletion is still read', () => {
    expect(read('Myślałam, że aplikacja automatycznie usuwa dane po odłączeniu. Proszę usunąć wszystkie moje dane. Instagram: @mara.v').understanding.kind).toBe('deletion_request');
    expect(read('Aplikacja nie usunęła automatycznie moich danych. Proszę usunąć wszystkie moje dane. Instagram: @mara.v').understanding.kind).not.toBe('other');
  });

  it('200,000 characters of automation words are read in one walk', () => {
    expect(read('automat '.repeat(25_000), 'demo').understanding.kind).toBe('other');
  });
});

describe('a wish for some day, not for now, in the languages with hand-written rules', () => {
  const LATER: Array<[string, string]> = [
    ['en', 'I use your app with @mara.v. Maybe later I will want all my data deleted, but first I want to know what you store.'],
    ['de', 'Ich nutze eure App mit @mara.v. Vielleicht möchte ich später alle meine Daten löschen lassen, aber erst will ich wissen, was ihr speichert.'],
    ['fr', "J'utilise votre application avec @mara.v. Peut-être que plus tard je voudrai supprimer mes données, mais d'abord je veux savoir ce que vous gardez."],
    ['nl', 'Ik gebruik jullie app met @mara.v. Misschien wil ik later al mijn gegevens laten verwijderen, maar eerst wil ik weten wat jullie bewaren.'],
    ['es', 'Uso vuestra app con @mara.v. Quizás más adelante quiera borrar mis datos, pero antes quiero saber qué guardáis.'],
    ['it', 'Uso la vostra app con @mara.v. Forse più avanti vorrò cancellare i miei dati, ma prima vorrei sapere cosa conservate.'],
  ];
  for (const [lang, text] of LATER) {
    it(`${lang}: "maybe later" is other`, () => {
      expect(read(text, 'Question').understanding.kind).toBe('other');
    });
  }

  it('200,000 characters of "maybe" without a full stop are read in one walk', () => {
    expect(read(`${'maybe vielleicht '.repeat(12_000)}delete my data later`, 'Question').understanding.kind).toBe('other');
  });

  it('a request that is not put off is still read', () => {
    expect(read('Please delete all my data now. Maybe you can also tell me later what you stored. Instagram: @mara.v').understanding.kind).toBe('deletion_request');
  });
});

describe('a question about how deletion works, in the languages read by their packs', () => {
  const QUESTIONS: Array<[string, string]> = [
    ['cs', 'Jak si můžu sám smazat data z aplikace? Chci to udělat sám v nastavení.'],
    ['ru', 'Если я перестану пользоваться приложением, мои данные удалятся автоматически?'],
    ['ko', '연동을 해제하면 제 데이터는 자동으로 삭제되나요?'],
    ['pl', 'Jak długo przechowujecie dane i kiedy je usuwacie?'],
    ['sv', 'Hur länge sparar ni min data innan den raderas?'],
  ];
  for (const [lang, text] of QUESTIONS) {
    it(`${lang}: other`, () => {
      const { understanding: u, evidence: e } = read(text, 'Pytanie');
      expect(u.kind).toBe('other');
      expect(e.kind.rule).toBe('other.question');
    });
  }

  const POLITE: Array<[string, string]> = [
    ['cs', 'Ahoj, můžete mi prosím smazat data z vaší aplikace? Instagram: @mara.v'],
    ['no', 'Kan dere slette alle dataene mine? Instagram: @mara.v'],
    ['ru', 'Не могли бы вы удалить мои данные? Instagram: @mara.v'],
    ['ko', '제 데이터를 삭제해 주실 수 있나요? 인스타: @mara.v'],
    ['zh', '请问能否删除我的数据？Instagram: @mara.v'],
  ];
  for (const [lang, text] of POLITE) {
    it(`${lang}: a question that asks us to delete is never dropped`, () => {
      expect(read(text, 'Hello').understanding.kind).not.toBe('other');
    });
  }
});
