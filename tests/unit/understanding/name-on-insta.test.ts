/**
 * The handle given in the casual words people use when they answer our question ("What is your
 * Instagram username?") in a reply: "mein Name bei Insta ist x", "on insta I'm x", "insta: x",
 * "sur insta je suis x", "в инсте я x", "インスタでは x です", "אני באינסטה x". The reply answers
 * our mail by its thread (a Message-ID in our domain, written with or without its angle
 * brackets), so the thread is the wish: a request for that handle, confirmed to the sender.
 * A first name, a signature, "OK" or "Danke" names no handle, and a friend's handle beside the
 * person's own is never taken. The same words in a first mail that asks for the deletion give
 * the handle too.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

/** Our question, as each mail client quotes it below the answer. */
const ASKED = ['> Hello,', '> thank you for your request. What is your Instagram username?', '> Kind regards,', '> PickrTech'].join('\n');
const WROTE: Record<string, string> = {
  de: 'Am Mo., 7. Dez. 2026 um 10:12 Uhr schrieb PickrTech <contact@pickrtech.com>:',
  en: 'On Mon, 7 Dec 2026 at 10:12, PickrTech <contact@pickrtech.com> wrote:',
  fr: 'Le lun. 7 déc. 2026 à 10:12, PickrTech <contact@pickrtech.com> a écrit :',
  es: 'El lun, 7 dic 2026 a las 10:12, PickrTech (<contact@pickrtech.com>) escribió:',
  it: 'Il giorno lun 7 dic 2026 alle ore 10:12 PickrTech <contact@pickrtech.com> ha scritto:',
  nl: 'Op ma 7 dec 2026 om 10:12 schreef PickrTech <contact@pickrtech.com>:',
  pt: 'Em seg., 7 de dez. de 2026 às 10:12, PickrTech <contact@pickrtech.com> escreveu:',
  ru: 'пн, 7 дек. 2026 г. в 10:12, PickrTech <contact@pickrtech.com>:',
  pl: 'W dniu pon., 7.12.2026 o 10:12 PickrTech <contact@pickrtech.com> napisał(a):',
  ja: '2026年12月7日(月) 10:12 PickrTech <contact@pickrtech.com>:',
  tr: 'PickrTech <contact@pickrtech.com>, 7 Ara 2026 Pzt, 10:12 tarihinde şunu yazdı:',
  he: 'בתאריך יום ב׳, 7 בדצמ׳ 2026 ב-10:12 מאת PickrTech <contact@pickrtech.com>:',
  sv: 'Den mån 7 dec. 2026 kl 10:12 skrev PickrTech <contact@pickrtech.com>:',
  cs: 'po 7. 12. 2026 v 10:12 odesílatel PickrTech <contact@pickrtech.com> napsal:',
  ar: 'في الاثنين، ٧ ديسمبر ٢٠٢٦ في ١٠:١٢ كتب PickrTech <contact@pickrtech.com>:',
  ko: '2026년 12월 7일 (월) 오전 10:12, PickrTech <contact@pickrtech.com>님이 작성:',
};
const SUBJECT: Record<string, string> = { de: 'Re: Ihre Löschanfrage', fr: 'RE: Votre demande de suppression', es: 'RE: Su solicitud de eliminación' };

/** A reply to our question under the thread id of our mail, our mail quoted below the new words. */
function reply(lang: string, text: string, thread = '<req-1@pickrtech.com>', subject = SUBJECT[lang] ?? 'Re: Your deletion request') {
  const mail = personMail(`${text}\n\n${WROTE[lang] ?? WROTE.en}\n${ASKED}\n`, subject, { inReplyTo: [thread] });
  return understand(mail, READER_OPTS);
}

const ANSWERS: Array<[string, string, string]> = [
  ['de', 'Hi, mein Name bei Insta ist tobi.kraus', 'tobi.kraus'],
  ['de', 'Hallo,\nbei Insta bin ich lena_wolf93\nLG Lena', 'lena_wolf93'],
  ['en', "on insta I'm sam.reed", 'sam.reed'],
  ['en', "I'm jess.k_22 on IG, thanks", 'jess.k_22'],
  ['en', 'insta: mark.otto_7', 'mark.otto_7'],
  ['en', 'Hey, my IG is zoe.harper88', 'zoe.harper88'],
  ['en', 'my name there is dan.cole_1', 'dan.cole_1'],
  ['fr', 'Bonjour, sur insta je suis claire.dubois_4', 'claire.dubois_4'],
  ['es', 'Hola! en insta soy pablo.gomez_9', 'pablo.gomez_9'],
  ['it', 'Ciao, su insta sono giulia.ricci_3', 'giulia.ricci_3'],
  ['nl', 'Hoi, op insta ben ik sanne.devries_2', 'sanne.devries_2'],
  ['pt', 'Oi, no insta sou joao.pereira_5', 'joao.pereira_5'],
  ['ru', 'Здравствуйте, в инсте я ivan.petrov_8', 'ivan.petrov_8'],
  ['pl', 'Dzień dobry, na insta jestem kasia.nowak_91', 'kasia.nowak_91'],
  ['ja', 'インスタでは yuki.tanaka_7 です', 'yuki.tanaka_7'],
  ['tr', "Merhaba, insta'da ayse.kaya_1", 'ayse.kaya_1'],
  ['he', 'שלום, אני באינסטה noa.levi_9', 'noa.levi_9'],
  ['sv', 'Hej! På insta är jag lina.berg_92', 'lina.berg_92'],
  ['cs', 'Dobrý den, na instě jsem pavel.novak_3', 'pavel.novak_3'],
  ['ar', 'مرحبا، على الانستا أنا omar.hassan_7', 'omar.hassan_7'],
  ['ko', '안녕하세요, 인스타에서는 soo.bin_7 이에요', 'soo.bin_7'],
];

describe('a reply to our question giving the handle in casual words answers the request', () => {
  it.each(ANSWERS)('%s: %s', (_lang, text, handle) => {
    const u = reply(_lang, text);
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe(handle);
    expect(u.confirmationEmail).toBe('person@example.com');
    expect(u.confirmationSource).toBe('sender');
  });

  it('our thread id reads the same without its angle brackets, as the mail reader hands it on', () => {
    const u = reply('de', 'Hi, mein Name bei Insta ist tobi.kraus', 'req-6012@pickrtech.com');
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe('tobi.kraus');
  });

  it("a friend's handle beside the person's own: the own one is taken", () => {
    const u = reply('en', 'my friend on insta is mia.k_4, but delete mine: lena.k_5');
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe('lena.k_5');
  });
});

describe('a reply that names no handle keeps its reading', () => {
  it.each([
    ['de', 'Danke'],
    ['de', 'Danke!\n\nGrüße\nTobi'],
    ['de', 'Mein Name ist Tobi'],
    ['de', 'OK'],
    ['en', 'thanks, Tobi'],
  ])('%s: %s asks nothing', (_lang, text) => {
    const u = reply(_lang, text);
    expect(u.kind).toBe('other');
    expect(u.instagramUsername).toBeNull();
  });

  it.each([
    ['en', 'my name is Tobi'],
    ['en', 'OK'],
    ['en', 'on insta I\'m Tobi'],
  ])('%s: %s under a subject naming the deletion: still without a handle', (_lang, text) => {
    const u = reply(_lang, text);
    expect(u.kind).toBe('incomplete_request');
    expect(u.instagramUsername).toBeNull();
  });

  it("a friend's handle alone is never the person's", () => {
    const u = reply('en', 'my friend on insta is mia.k_4');
    expect(u.kind).not.toBe('deletion_request');
    expect(u.instagramUsername).toBeNull();
  });

  it('a thread id of another domain is no answer to our mail', () => {
    expect(reply('en', "Sure, I'm sam.reed", '<req-1@example.org>', 'Re: party').kind).toBe('other');
    expect(reply('en', "Sure, I'm sam.reed", '<req-1@pickrtech.com>', 'Re: party').kind).toBe('deletion_request');
  });
});

describe('the same words in a first mail that asks for the deletion give the handle', () => {
  it.each([
    ['de', 'Hallo, bitte löscht alle meine Daten. Mein Name bei Insta ist tobi.kraus', 'tobi.kraus'],
    ['en', "Please delete all my data. On insta I'm sam.reed", 'sam.reed'],
    ['en', "Please delete my data, I'm jess.k_22 on IG", 'jess.k_22'],
    ['en', 'Please delete my data. My IG is zoe.harper88', 'zoe.harper88'],
    ['fr', 'Bonjour, merci de supprimer mes données. Sur insta je suis claire.dubois_4', 'claire.dubois_4'],
    ['es', 'Hola, borren mis datos por favor. En insta soy pablo.gomez_9', 'pablo.gomez_9'],
    ['it', 'Ciao, cancellate i miei dati per favore. Su insta sono giulia.ricci_3', 'giulia.ricci_3'],
    ['nl', 'Hoi, verwijder al mijn gegevens alstublieft. Op insta ben ik sanne.devries_2', 'sanne.devries_2'],
    ['pt', 'Oi, apaguem meus dados por favor. No insta sou joao.pereira_5', 'joao.pereira_5'],
    ['ru', 'Здравствуйте, удалите, пожалуйста, мои данные. В инсте я ivan.petrov_8', 'ivan.petrov_8'],
    ['pl', 'Dzień dobry, proszę usunąć moje dane. Na insta jestem kasia.nowak_91', 'kasia.nowak_91'],
    ['sv', 'Hej, radera mina uppgifter tack. På insta är jag lina.berg_92', 'lina.berg_92'],
    ['ja', 'データを削除してください。インスタでは yuki.tanaka_7 です', 'yuki.tanaka_7'],
    ['tr', "Merhaba, verilerimi silin lütfen. Insta'da ayse.kaya_1", 'ayse.kaya_1'],
    ['he', 'שלום, בבקשה תמחקו את המידע שלי. אני באינסטה noa.levi_9', 'noa.levi_9'],
    ['cs', 'Dobrý den, prosím o smazání mých údajů. Na instě jsem pavel.novak_3', 'pavel.novak_3'],
    ['ar', 'مرحبا، أرجو حذف بياناتي. على الانستا أنا omar.hassan_7', 'omar.hassan_7'],
    ['ko', '안녕하세요, 제 데이터를 삭제해 주세요. 인스타에서는 soo.bin_7 이에요', 'soo.bin_7'],
  ])('%s: %s', (_lang, text, handle) => {
    const u = understand(personMail(text, 'Data'), READER_OPTS);
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe(handle);
  });

  it('a first mail with the words and no request asks nothing', () => {
    expect(understand(personMail("Hi! On insta I'm sam.reed, follow me", 'Hi'), READER_OPTS).kind).toBe('other');
  });
});
