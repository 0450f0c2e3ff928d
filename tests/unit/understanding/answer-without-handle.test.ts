/**
 * An answer to our question ("What is your Instagram username?") that gives no handle: the person
 * forgot it or lost the account, and asks us to erase what goes with their e-mail address instead.
 * The deletion they asked for goes on without its handle: an incomplete request, confirmed to the
 * sender, never a mail ignored. A polite ask with a negation in it ("Kan dere ikke bare slette
 * alt…", "Vous ne pouvez pas juste tout supprimer ?", "能不能…删除", "삭제해 주실 수 없을까요?") asks
 * all the same. A reply that takes the request back, or only thanks, asks nothing.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

/** Our question, as the bot writes it in English or in the person's language. */
const QUESTION: Record<string, string> = {
  en: 'Thank you for your request. To find your data we need your Instagram username. What is it?',
  de: 'Vielen Dank für Ihre Anfrage. Um Ihre Daten zu finden, benötigen wir Ihren Instagram-Benutzernamen. Wie lautet er?',
  fr: 'Merci pour votre demande. Pour retrouver vos données, nous avons besoin de votre nom d\'utilisateur Instagram. Quel est-il ?',
  es: 'Gracias por su solicitud. Para encontrar sus datos necesitamos su nombre de usuario de Instagram. ¿Cuál es?',
  ja: 'お問い合わせありがとうございます。データを確認するため、Instagramのユーザーネームを教えていただけますか？',
  ru: 'Спасибо за ваш запрос. Чтобы найти ваши данные, нам нужно ваше имя пользователя в Instagram. Какое оно?',
};
/** The line each mail client writes above the quoted mail. */
const WROTE: Record<string, string> = {
  en: 'On Mon, 7 Dec 2026 at 10:12, PickrTech <contact@pickrtech.com> wrote:',
  de: 'Am Mo., 7. Dez. 2026 um 10:12 Uhr schrieb PickrTech <contact@pickrtech.com>:',
  fr: 'Le lun. 7 déc. 2026 à 10:12, PickrTech <contact@pickrtech.com> a écrit :',
  es: 'El lun, 7 dic 2026 a las 10:12, PickrTech (<contact@pickrtech.com>) escribió:',
  it: 'Il giorno lun 7 dic 2026 alle ore 10:12 PickrTech <contact@pickrtech.com> ha scritto:',
  pt: 'Em seg., 7 de dez. de 2026 às 10:12, PickrTech <contact@pickrtech.com> escreveu:',
  nl: 'Op ma 7 dec 2026 om 10:12 schreef PickrTech <contact@pickrtech.com>:',
  sv: 'Den mån 7 dec. 2026 kl 10:12 skrev PickrTech <contact@pickrtech.com>:',
  da: 'Den man. 7. dec. 2026 kl. 10.12 skrev PickrTech <contact@pickrtech.com>:',
  no: 'man. 7. des. 2026 kl. 10:12 skrev PickrTech <contact@pickrtech.com>:',
  fi: 'PickrTech <contact@pickrtech.com> kirjoitti ma 7.12.2026 klo 10.12:',
  ru: 'пн, 7 дек. 2026 г. в 10:12, PickrTech <contact@pickrtech.com>:',
  pl: 'W dniu pon., 7.12.2026 o 10:12 PickrTech <contact@pickrtech.com> napisał(a):',
  tr: 'PickrTech <contact@pickrtech.com>, 7 Ara 2026 Pzt, 10:12 tarihinde şunu yazdı:',
  ja: '2026年12月7日(月) 10:12 PickrTech <contact@pickrtech.com>:',
  ko: '2026년 12월 7일 (월) 오전 10:12, PickrTech <contact@pickrtech.com>님이 작성:',
  zh: 'PickrTech <contact@pickrtech.com> 于2026年12月7日周一 10:12写道：',
};

/** An answer to our question in its thread, our mail quoted under the client's line. */
function reply(lang: string, text: string, subject = 'Re: Your deletion request') {
  const quoted = (QUESTION[lang] ?? QUESTION.en!).split('\n').map((l) => `> ${l}`).join('\n');
  const mail = personMail(`${text}\n\n${WROTE[lang] ?? WROTE.en}\n> Hello,\n${quoted}\n> PickrTech\n`, subject, {
    inReplyTo: ['<req-5590@pickrtech.com>'],
  });
  return understand(mail, READER_OPTS);
}

describe('an answer that gives no handle and asks to erase by the e-mail address goes on without the handle', () => {
  it.each([
    ['ja', 'すみません、インスタのユーザー名を覚えていません。アカウントも前に消してしまったので確認のしようがないです。このメールアドレスに紐づいているデータを削除していただけませんか？'],
    ['ja', 'ユーザーネーム、忘れちゃいました…。このメールアドレスで登録したはずなので、それで探して消してもらえますか？'],
    ['no', 'Hei, jeg har dessverre glemt brukernavnet mitt, og jeg får ikke logget inn lenger. Kan dere ikke bare slette alle dataene som hører til denne e-postadressen?'],
    ['de', 'Hallo, ich weiß meinen Benutzernamen leider nicht mehr, das Konto gibt es schon lange nicht mehr. Könnten Sie nicht einfach alles löschen, was zu dieser E-Mail-Adresse gehört?'],
    ['de', 'Den Benutzernamen habe ich vergessen, sorry. Bitte löschen Sie meine Daten anhand dieser E-Mail-Adresse.'],
    ['fr', 'Bonjour, je ne me souviens plus de mon nom d\'utilisateur, j\'ai perdu l\'accès au compte. Vous ne pouvez pas juste tout supprimer avec cette adresse e-mail ?'],
    ['es', 'Hola, la verdad es que no recuerdo mi usuario, perdí la cuenta hace tiempo. ¿No pueden simplemente borrar todo lo asociado a este correo?'],
    ['it', 'Ciao, purtroppo non ricordo più il nome utente, l\'account è stato chiuso. Non potete semplicemente cancellare tutti i dati legati a questo indirizzo email?'],
    ['pt', 'Olá, esqueci o meu nome de usuário e não consigo mais entrar na conta. Vocês não podem simplesmente apagar tudo o que estiver ligado a este e-mail?'],
    ['nl', 'Hoi, ik weet mijn gebruikersnaam helaas niet meer, het account is al jaren weg. Kunnen jullie niet gewoon alles verwijderen wat bij dit e-mailadres hoort?'],
    ['sv', 'Hej, jag kommer tyvärr inte ihåg mitt användarnamn, kontot raderades för länge sedan. Kan ni inte bara radera allt som är kopplat till den här e-postadressen?'],
    ['da', 'Hej, jeg kan desværre ikke huske mit brugernavn, og jeg kan ikke logge ind længere. Kan I ikke bare slette alle data, der hører til denne e-mailadresse?'],
    ['fi', 'Hei, en valitettavasti muista käyttäjänimeäni, tili poistettiin jo vuosia sitten. Ettekö voisi vain poistaa kaikki tähän sähköpostiosoitteeseen liittyvät tiedot?'],
    ['ru', 'Здравствуйте, я не помню свой ник, доступа к аккаунту больше нет. Не могли бы вы просто удалить все данные, связанные с этой почтой?'],
    ['ru', 'Логин я забыла, аккаунт давно удалён. Можете просто удалить всё, что привязано к этому адресу почты?'],
    ['pl', 'Dzień dobry, niestety nie pamiętam nazwy użytkownika, straciłam dostęp do konta. Czy nie moglibyście po prostu usunąć wszystkich danych powiązanych z tym adresem e-mail?'],
    ['tr', 'Merhaba, kullanıcı adımı maalesef hatırlamıyorum, hesaba artık giremiyorum. Bu e-posta adresine bağlı tüm verilerimi silemez misiniz?'],
    ['ko', '안녕하세요, 아이디가 기억나지 않아요. 계정도 오래전에 없어졌어요. 이 이메일 주소로 찾아서 제 데이터를 삭제해 주실 수 없을까요?'],
    ['zh', '你好，我忘记了我的用户名，账号也登录不上了。能不能直接按这个邮箱把我的数据都删除？'],
    ['en', 'Sorry, I honestly can\'t remember my username, I deleted that Instagram account ages ago. Can\'t you just delete everything linked to this email address?'],
    ['en', 'I lost access to the account and forgot the username. Could you delete my data using this email instead?'],
  ])('%s: %s', (lang, text) => {
    const u = reply(lang, text);
    expect(u.kind).toBe('incomplete_request');
    expect(u.instagramUsername).toBeNull();
    expect(u.confirmationEmail).toBe('person@example.com');
    expect(u.confirmationSource).toBe('sender');
  });
});

describe('an answer that only says the handle is forgotten keeps the request going', () => {
  it.each([
    ['ja', 'ユーザーネームを忘れてしまいました。アカウントにもログインできません。'],
    ['no', 'Beklager, jeg husker ikke brukernavnet. Kontoen ble slettet for et par år siden.'],
    ['de', 'Ich habe meinen Benutzernamen leider vergessen.'],
    ['en', 'Sorry, I don\'t remember my username anymore, the account is gone.'],
  ])('%s: %s', (lang, text) => {
    const u = reply(lang, text);
    expect(u.kind).toBe('incomplete_request');
    expect(u.confirmationEmail).toBe('person@example.com');
    expect(u.confirmationSource).toBe('sender');
  });
});

describe('under a subject that names no deletion, the answer alone keeps the request going', () => {
  const subject = 'Re: We need your Instagram username';
  it.each([
    ['ja', 'インスタのユーザー名、忘れてしまって分かりません。すみません。'],
    ['no', 'Jeg husker dessverre ikke brukernavnet, kontoen har jeg ikke hatt på lenge.'],
    ['de', 'Sorry, den Benutzernamen weiß ich nicht mehr.'],
    ['fr', 'Désolée, j\'ai oublié mon nom d\'utilisateur.'],
    ['pl', 'Niestety nie pamiętam nazwy użytkownika.'],
    ['ko', '죄송해요, 아이디가 기억나지 않아요.'],
    ['zh', '不好意思，我忘记用户名了。'],
    ['en', 'Honestly I can\'t remember the username, I lost access to that account.'],
    ['no', 'Kan dere ikke bare slette alt som er knyttet til denne e-postadressen?'],
    ['sv', 'Kan ni inte bara radera allt som hör till den här adressen?'],
  ])('%s: %s', (lang, text) => {
    const u = reply(lang, text, subject);
    expect(u.kind).toBe('incomplete_request');
    expect(u.confirmationEmail).toBe('person@example.com');
    expect(u.confirmationSource).toBe('sender');
  });

  it.each([
    ['en', 'thanks!'],
    ['en', 'I forgot to say thank you for the quick answer!'],
    ['en', 'I forgot my username, but never mind, please don\'t delete anything.'],
    ['de', 'Ich habe den Benutzernamen vergessen, aber bitte löschen Sie nichts.'],
  ])('%s: %s asks nothing', (lang, text) => {
    expect(reply(lang, text, subject).kind).toBe('other');
  });
});

describe('a first mail that has forgotten the handle asks all the same', () => {
  it('en: "I forgot my Instagram username, can you delete my data using this email?"', () => {
    const u = understand(personMail('I forgot my Instagram username, can you delete my data using this email?', 'Data deletion'), READER_OPTS);
    expect(u.kind).toBe('incomplete_request');
    expect(u.confirmationEmail).toBe('person@example.com');
  });
});

describe('an answer that takes the request back or only thanks asks nothing', () => {
  it.each([
    ['en', 'Actually, please don\'t delete anything, I changed my mind'],
    ['en', 'thanks!'],
    ['de', 'Danke!'],
    ['de', 'Bitte löschen Sie nichts, ich habe es mir anders überlegt.'],
    ['fr', 'Finalement, ne supprimez rien, j\'ai changé d\'avis.'],
  ])('%s: %s', (lang, text) => {
    expect(reply(lang, text).kind).toBe('other');
  });
});
