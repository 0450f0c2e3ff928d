/**
 * Three answers: a request read with confidence, a possible request for staff, or nothing.
 * Every family is written in several languages, the ones with hand-written rules and the ones
 * read by their pack's words alone: a plain request, a question about deletion and a refusal
 * of it. A question or a refusal is never an opened request; a request is never ignored.
 */
import { describe, expect, it } from 'vitest';
import { readMail } from '../../../src/mail-in/read-mail.js';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS, type PersonMailOptions } from '../../support/person-mail.js';

const read = (text: string, subject = 'Hello', extra?: PersonMailOptions) => understandWithEvidence(personMail(text, subject, extra), READER_OPTS);
const REQUESTS = ['deletion_request', 'incomplete_request'];

/** A request, a question about deletion and a refusal, each naming the same handle, per language. */
const FAMILIES: Record<string, { handle: string; request: string; question: string; refusal: string }> = {
  pl: {
    handle: 'ola.nowak',
    request: 'Dzień dobry, proszę usunąć wszystkie moje dane z waszej aplikacji. Mój Instagram: @ola.nowak',
    question: 'Jak mogę usunąć moje dane z aplikacji? Instagram: @ola.nowak',
    refusal: 'Proszę nie usuwać moich danych, nadal korzystam z aplikacji. Instagram: @ola.nowak',
  },
  ru: {
    handle: 'ivan.petrov',
    request: 'Здравствуйте! Удалите, пожалуйста, все мои данные из вашего приложения. Мой Instagram: @ivan.petrov',
    question: 'Как удалить мои данные из приложения? Instagram: @ivan.petrov',
    refusal: 'Пожалуйста, не удаляйте мой аккаунт, я им пользуюсь. Instagram: @ivan.petrov',
  },
  uk: {
    handle: 'olena.k',
    request: 'Добрий день, прошу видалити всі мої дані з вашого застосунку. Мій Instagram: @olena.k',
    question: 'Як видалити мої дані з вашого застосунку? Instagram: @olena.k',
    refusal: 'Не видаляйте мій акаунт, будь ласка, я ним користуюся. Instagram: @olena.k',
  },
  cs: {
    handle: 'jana.novak',
    request: 'Dobrý den, prosím o smazání všech mých údajů z vaší aplikace. Můj Instagram: @jana.novak',
    question: 'Jak mohu smazat můj účet? Instagram: @jana.novak',
    refusal: 'Prosím, nemažte můj účet, stále ho používám. Instagram: @jana.novak',
  },
  sv: {
    handle: 'erik.larsson',
    request: 'Hej! Jag vill att ni raderar alla mina uppgifter från er app. Mitt Instagram: @erik.larsson',
    question: 'Hur raderar jag mitt konto? Instagram: @erik.larsson',
    refusal: 'Radera inte mitt konto, jag använder det fortfarande. Instagram: @erik.larsson',
  },
  id: {
    handle: 'budi.santoso',
    request: 'Halo, tolong hapus semua data saya dari aplikasi Anda. Instagram saya: @budi.santoso',
    question: 'Bagaimana cara menghapus akun saya? Instagram: @budi.santoso',
    refusal: 'Tolong jangan hapus akun saya, masih saya pakai. Instagram: @budi.santoso',
  },
  vi: {
    handle: 'minh.nguyen',
    request: 'Xin chào, vui lòng xóa toàn bộ dữ liệu của tôi khỏi ứng dụng. Instagram của tôi: @minh.nguyen',
    question: 'Làm thế nào để xóa dữ liệu của tôi? Instagram: @minh.nguyen',
    refusal: 'Xin đừng xóa tài khoản của tôi, tôi vẫn đang dùng. Instagram: @minh.nguyen',
  },
  zh: {
    handle: 'li.wei',
    request: '你好，请删除我在你们应用中的所有数据。我的Instagram账号：@li.wei',
    question: '怎么删除我的数据？Instagram: @li.wei',
    refusal: '请不要删除我的账号，我还在使用。Instagram: @li.wei',
  },
  ko: {
    handle: 'minji.kim',
    request: '안녕하세요. 앱에 저장된 제 개인정보를 모두 삭제해 주세요. 인스타그램: @minji.kim',
    question: '제 데이터를 어떻게 삭제하나요? 인스타그램: @minji.kim',
    refusal: '제 계정을 삭제하지 마세요. 아직 사용 중입니다. 인스타그램: @minji.kim',
  },
  he: {
    handle: 'noa.levi',
    request: 'שלום, אבקש למחוק את כל המידע שלי מהאפליקציה שלכם. האינסטגרם שלי: @noa.levi',
    question: 'איך מוחקים את החשבון שלי? Instagram: @noa.levi',
    refusal: 'בבקשה אל תמחקו את החשבון שלי, אני עדיין משתמשת בו. Instagram: @noa.levi',
  },
  el: {
    handle: 'maria.p',
    request: 'Γεια σας, παρακαλώ διαγράψτε όλα τα δεδομένα μου από την εφαρμογή σας. Instagram: @maria.p',
    question: 'Πώς μπορώ να διαγράψω τον λογαριασμό μου; Instagram: @maria.p',
    refusal: 'Παρακαλώ μη διαγράψετε τον λογαριασμό μου, τον χρησιμοποιώ ακόμα. Instagram: @maria.p',
  },
  ro: {
    handle: 'andrei.pop',
    request: 'Bună ziua, vă rog să ștergeți toate datele mele din aplicația dumneavoastră. Instagram: @andrei.pop',
    question: 'Cum pot șterge contul meu? Instagram: @andrei.pop',
    refusal: 'Vă rog nu ștergeți contul meu, încă îl folosesc. Instagram: @andrei.pop',
  },
  th: {
    handle: 'ploy.s',
    request: 'สวัสดีค่ะ กรุณาลบข้อมูลทั้งหมดของฉันออกจากแอปของคุณ Instagram: @ploy.s',
    question: 'จะลบบัญชีของฉันได้อย่างไร? Instagram: @ploy.s',
    refusal: 'กรุณาอย่าลบบัญชีของฉัน ฉันยังใช้อยู่ Instagram: @ploy.s',
  },
  'hi-Latn': {
    handle: 'rahul.sharma',
    request: 'Namaste, kripya mera saara data aapke app se hata dijiye. Mera Instagram @rahul.sharma hai',
    question: 'Mera account kaise delete karu? Instagram: @rahul.sharma',
    refusal: 'Please mera account delete mat karo, main abhi use kar raha hoon. Instagram: @rahul.sharma',
  },
  fi: {
    handle: 'mikko.l',
    request: 'Hei, poistakaa kaikki tietoni sovelluksestanne. Instagram: @mikko.l',
    question: 'Miten voin poistaa tilini? Instagram: @mikko.l',
    refusal: 'Älkää poistako tiliäni, käytän sitä vielä. Instagram: @mikko.l',
  },
};

describe('languages without hand-written rules, read by their pack', () => {
  for (const [lang, f] of Object.entries(FAMILIES)) {
    it(`${lang}: a request is read, with its handle and language`, () => {
      const { understanding: u, evidence: e } = read(f.request);
      expect(u).toMatchObject({ kind: 'deletion_request', instagramUsername: f.handle, language: lang, missing: [] });
      expect(e.kind.rule).toBe('wish.pack');
      expect(e.doubt?.join('\n')).toMatch(/words alone/);
    });

    it(`${lang}: a question about how deletion works is other, never opened`, () => {
      const { understanding: u, evidence: e } = read(f.question);
      expect(u.kind).toBe('other');
      expect(e.kind.rule).toMatch(/^other\./);
    });

    it(`${lang}: a refusal is never opened`, () => {
      expect(REQUESTS).not.toContain(read(f.refusal).understanding.kind);
    });
  }
});

describe('opposite intent is never a request', () => {
  const OPPOSITE = [
    'I did NOT request this, please do not delete anything, my account @xavier.k is still in use.',
    'Please delete my data. Actually, do not delete anything: keep my account. Instagram: @xavier.k',
    'Please cancel my deletion request, I want to keep my account. Instagram: @xavier.k',
    "I didn't ask for this. Don't delete my account. Instagram: @xavier.k",
    'Keep my account and my data, please. Instagram: @xavier.k',
    'Bitte löschen Sie meine Daten. Nein, bitte nicht löschen, ich habe das nicht beantragt. Benutzername: xavier.k',
    'Merci de supprimer mes données. En fait, ne supprimez rien, je n\'ai jamais demandé cela. Compte : xavier.k',
    'Por favor, borren mis datos. Perdón, no borren nada, yo no pedí esto. Usuario: xavier.k',
    'Verwijder mijn gegevens. Nee, toch niet: verwijder alsjeblieft niets. Gebruikersnaam: xavier.k',
    'Proszę usunąć moje dane. Jednak nie usuwajcie niczego, nie prosiłam o to. Instagram: @xavier.k',
    'Удалите мои данные. Нет, ничего не удаляйте, я не просил. Instagram: @xavier.k',
    'Lütfen verilerimi silin. Vazgeçtim, lütfen hiçbir şeyi silmeyin, ben istemedim. Kullanıcı adı: xavier.k',
  ];
  for (const text of OPPOSITE) {
    it(`at most possible: ${text.slice(0, 60)}`, () => {
      expect(REQUESTS).not.toContain(read(text).understanding.kind);
    });
  }

  it('says why when a sentence reads as a request but the mail also refuses', () => {
    const { understanding: u, evidence: e } = read('Please delete my data. Actually, do not delete anything: keep my account. Instagram: @xavier.k');
    expect(u).toMatchObject({ kind: 'possible_request', instagramUsername: 'xavier.k', statement: 'Please delete my data.' });
    expect(e.kind.rule).toBe('possible.opposite');
    expect(e.doubt?.[0]).toMatch(/^opposite intent: .*'do not delete'/);
  });

  it('keeps a request that only turns an opposite phrase round: "no longer want you to keep my data"', () => {
    const { understanding: u } = read('I no longer want you to keep my data. Please delete it all. Instagram: @abc.d');
    expect(u).toMatchObject({ kind: 'deletion_request', instagramUsername: 'abc.d' });
  });

  it('keeps a request that says something unrelated is still in use or asks to be kept posted', () => {
    expect(read('Please delete my data from your app. My email address is still in use. Instagram: @abc.d').understanding.kind).toBe('deletion_request');
    expect(read('Please delete my data. Please keep me posted. Instagram: @abc.d').understanding.kind).toBe('deletion_request');
  });
});

describe('mail with no sign of a request stays other', () => {
  const OTHER = [
    ['a newsletter', 'Nowa kolekcja już dostępna! Obserwuj nas na Instagramie @sklep.moda i zgarnij 20% rabatu.', 'Nowości tygodnia'],
    ['an invoice', 'Счёт за март во вложении. Оплатите, пожалуйста, до 15 числа.', 'Счёт №314'],
    ['spam', 'Congratulations! You have won a prize. Click here to claim it.', 'You won!'],
    ['a question unrelated to deletion', 'Do you have an API for scheduling posts to several accounts?', 'API question'],
    ['a handle alone', '@kasia.k', 'Hi'],
    ['a handle with a greeting', 'Cześć! Mój Instagram to @kasia.k, obserwuj mnie.', 'Cześć'],
    ['a law named in passing', 'We updated our terms to follow the GDPR and the LGPD. Nothing changes for you.', 'Our terms'],
    ['a thank-you answering the bot', 'Dziękuję bardzo!', 'Re: Your request'],
  ] as const;
  for (const [what, text, subject] of OTHER) {
    it(`${what} is other`, () => {
      expect(read(text, subject).understanding.kind).toBe('other');
    });
  }

  it('a thank-you answering the bot\'s own mail is other though it is a reply', () => {
    expect(read('Dziękuję bardzo!', 'Re: DR-2026-00001', { inReplyTo: ['dr-ack.12@pickrtech.com'] }).understanding.kind).toBe('other');
  });
});

describe('signs of a request without a confident reading', () => {
  it('a terse subject in a language without hand-written rules and a handle are a request, read from the subject', () => {
    const { understanding: u, evidence: e } = read('Instagram: @ola.nowak', 'Usunięcie danych');
    expect(u).toMatchObject({ kind: 'deletion_request', instagramUsername: 'ola.nowak', statement: 'Usunięcie danych' });
    expect(e.kind.rule).toBe('wish.pack-subject');
  });

  it('a law citation beside a polite "could you delete my account?" is a request', () => {
    // "Czy moglibyście…?" asks us to act: a request, not a question about deletion.
    const { understanding: u } = read('Zgodnie z RODO czy moglibyście usunąć moje konto? Instagram: @ola.nowak');
    expect(u).toMatchObject({ kind: 'deletion_request', instagramUsername: 'ola.nowak' });
  });

  it('a reply to the bot\'s own mail that speaks of deletion goes to staff', () => {
    const own = read('Nadal czekam na usunięcie. Instagram: @ola.nowak', 'Re: DR-2026-00001', { inReplyTo: ['dr-ack.12@pickrtech.com'] });
    expect(own.understanding).toMatchObject({ kind: 'possible_request', instagramUsername: 'ola.nowak' });
    const foreign = read('Nadal czekam na usunięcie. Instagram: @ola.nowak', 'Re: DR-2026-00001', { inReplyTo: ['dr-ack.12@elsewhere.example'] });
    expect(foreign.understanding.kind).toBe('other');
  });

  it('a polite request as a question lists what it lacks', () => {
    const { understanding: u } = read('Czy możecie usunąć moje dane z aplikacji?', 'Pytanie o dane');
    expect(u).toMatchObject({ kind: 'incomplete_request', instagramUsername: null, missing: ['instagramUsername'] });
  });

  it('reads only the mail\'s own words: a request in the quoted mail or the signature is no sign', () => {
    const quoted = 'Dziękuję!\n\nW dniu 2 marca 2026 Anna <anna@example.com> napisała:\n> Proszę usunąć wszystkie moje dane. Instagram: @anna.k';
    expect(read(quoted, 'Re: pytanie').understanding.kind).toBe('other');
    const signature = 'Dzień dobry, w załączniku faktura.\n\n-- \nUsuwamy dane za Ciebie! RODO, art. 17. Instagram: @firma.pl';
    expect(read(signature, 'Faktura').understanding.kind).toBe('other');
  });
});

describe('requests read today are still read', () => {
  const ENGLISH = [
    ['Please delete my data. Instagram username: jess_k', 'jess_k'],
    ['Hi, I would like all my data removed from your app. My Instagram is @tom.r', 'tom.r'],
    ['I exercise my right to erasure under Art. 17 GDPR. Username: lena_b', 'lena_b'],
  ] as const;
  for (const [text, handle] of ENGLISH) {
    it(`stays a request with nothing in doubt: ${text.slice(0, 40)}`, () => {
      const { understanding: u, evidence: e } = read(text);
      expect(u).toMatchObject({ kind: 'deletion_request', instagramUsername: handle });
      expect(e.doubt).toEqual([]);
    });
  }
});

describe('compound nouns in the languages with hand-written rules', () => {
  it('reads "al mijn Instagram-gegevens" and "alle meine Instagram-Daten" as the person\'s data', () => {
    const nl = read('Ik wil graag dat jullie al mijn Instagram-gegevens uit jullie app verwijderen.\nGebruikersnaam: sanne_v', 'Verzoek');
    expect(nl.understanding).toMatchObject({ kind: 'deletion_request', instagramUsername: 'sanne_v', language: 'nl' });
    const de = read('Ich möchte, dass Sie alle meine Instagram-Daten aus Ihrer App löschen.\nBenutzername: lena_k', 'Anfrage');
    expect(de.understanding).toMatchObject({ kind: 'deletion_request', instagramUsername: 'lena_k', language: 'de' });
  });
});

describe('HTML mail', () => {
  it('reads a request written in HTML only', async () => {
    const raw = [
      'From: Ola <ola@example.com>', 'To: contact@pickrtech.com', 'Subject: Prośba', 'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '',
      '<html><body><p>Dzień dobry,</p><p>proszę <b>usunąć</b> wszystkie moje dane z waszej aplikacji.</p><p>Mój Instagram: <a href="https://instagram.com/ola.nowak">@ola.nowak</a></p></body></html>',
    ].join('\r\n');
    const { understanding: u } = understandWithEvidence(await readMail(Buffer.from(raw)), READER_OPTS);
    expect(u).toMatchObject({ kind: 'deletion_request', instagramUsername: 'ola.nowak', language: 'pl' });
  });

  it('reads a Polish HTML "can you delete my account?" as a request', async () => {
    const raw = [
      'From: Ola <ola@example.com>', 'To: contact@pickrtech.com', 'Subject: Pytanie', 'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8', '',
      '<div>Czy możecie usunąć moje konto?</div><div>Instagram: @ola.nowak</div>',
    ].join('\r\n');
    const { understanding: u } = understandWithEvidence(await readMail(Buffer.from(raw)), READER_OPTS);
    expect(u).toMatchObject({ kind: 'deletion_request', instagramUsername: 'ola.nowak' });
  });
});
