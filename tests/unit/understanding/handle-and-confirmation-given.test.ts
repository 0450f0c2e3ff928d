/**
 * The handle and the confirmation address a request gives, in the shapes people write them:
 * a label that says whose account it is ("Tên tài khoản Instagram của cháu:", "Instagram-Konto
 * meiner Tochter:", "Min Instagram-bruger er:", "حساب من:", "Client Instagram:", "Kundenkonto:"),
 * a hyphenated compound of the platform ("Instagram-käyttäjätunnukseni:"), a page that wears our
 * own name ("@pickrtech.support, is it fake?"), an agency's own account it asks us not to touch,
 * an address for the confirmation after a long clause ("Per la conferma usate l'indirizzo di mia
 * figlia che mi aiuta col computer: x"), and an address the writer only says they wrote to by
 * mistake ("помилково відправив не на ту адресу (x)"), which is no place to confirm.
 */
import { describe, expect, it } from 'vitest';
import { readMail } from '../../../src/mail-in/read-mail.js';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

interface Case {
  lang: string;
  text: string;
  handle: string | null;
  /** The confirmation address the person gave, or null when it is the sender's. */
  confirmation: string | null;
  from?: string;
  html?: string;
  kind?: string;
}

const read = (c: Case) =>
  understand(personMail(c.text, 'Data', { from: c.from ?? 'person@example.com', html: c.html ?? null }), READER_OPTS);

function expectReading(c: Case): void {
  const u = read(c);
  expect(u.kind).toBe(c.kind ?? 'deletion_request');
  expect(u.instagramUsername).toBe(c.handle);
  expect(u.confirmationEmail).toBe(c.confirmation ?? c.from ?? 'person@example.com');
  expect(u.confirmationSource).toBe(c.confirmation === null ? 'sender' : 'explicit');
}

const LABELS: Case[] = [
  { lang: 'vi', from: 'ba.nguyen@yahoo.com.vn', confirmation: null, handle: 'minhkhoa.gaming_2011', text: `Chào anh chị,
Tôi là mẹ của cháu Minh Khoa, cháu mới 14 tuổi. Xin hãy xóa toàn bộ dữ liệu của cháu trong ứng dụng.
Tên tài khoản Instagram của cháu: minhkhoa.gaming_2011
Cảm ơn anh chị nhiều.` },
  { lang: 'da', from: 'mikkel.s@gmail.com', confirmation: null, handle: 'mikkel.sorensen.dk', text: 'Hej,\n\nJeg vil gerne have slettet alle mine data fra jeres app.\n\nMin Instagram-bruger er: *mikkel.sorensen.dk*\n\nMvh Mikkel',
    html: '<html><body><p>Hej,</p><p>Jeg vil gerne have slettet alle mine data fra jeres app.</p><p>Min Instagram-bruger er: <b>mikkel.sorensen.dk</b></p><p>Mvh Mikkel</p></body></html>' },
  { lang: 'no', confirmation: null, handle: 'ola.nordmann.no', text: 'Hei, jeg ønsker at dere sletter alle mine data fra appen.\nMin Instagram-bruker er: ola.nordmann.no' },
  { lang: 'fa', confirmation: null, handle: 'negar.art_studio', text: `سلام وقت بخیر. یک صفحه با نام @pickrtech.support به من پیام داده و رمزم را خواسته، آیا این صفحه جعلی است؟
لطفا تمام اطلاعات من را از برنامه حذف کنید.
حساب من: @negar.art_studio` },
  { lang: 'fa', confirmation: null, handle: 'negar.art_studio', text: `سلام. صفحه @pickrtech.support به من پیام داد، جعلی است؟
لطفا تمام اطلاعات من را از برنامه حذف کنید. @negar.art_studio` },
  { lang: 'en', confirmation: null, handle: 'jade.w_art', text: 'Hi, a page called @pickrtech_official DMed me for my login, is that really yours?? Anyway please delete all my data from your app, I am @jade.w_art' },
  { lang: 'de', confirmation: null, handle: 'lena.mueller_09', text: `Hallo, ich bin die Mutter von Lena (13). Bitte löschen Sie alle Daten meiner Tochter aus Ihrer App.
Instagram-Konto meiner Tochter: lena.mueller_09
Danke` },
  { lang: 'es', confirmation: null, handle: 'diego.gamer_2013', text: `Hola, soy el padre de Diego, tiene 12 años. Borren por favor todos los datos de mi hijo de su aplicación.
Cuenta de Instagram de mi hijo: diego.gamer_2013
Gracias` },
  { lang: 'fr', confirmation: null, handle: 'ines.dessin_12', text: "Bonjour, je suis la maman d'Inès. Merci de supprimer toutes les données de ma fille de votre application.\nCompte Instagram de ma fille : ines.dessin_12" },
  { lang: 'pl', confirmation: null, handle: 'kuba.gry_2012', text: 'Cześć, proszę usunąć wszystkie dane mojego syna z aplikacji, ma 11 lat.\nKonto Instagram mojego syna: kuba.gry_2012' },
];

const AGENCIES: Case[] = [
  { lang: 'en', from: 'hello@socialboost.co.th', confirmation: null, handle: 'baansomtam.official', text: `Hello, please delete all data your app holds for our client's Instagram account.
Client Instagram: @BaanSomtam.Official
(Our own agency account @socialboost_th should stay connected, please don't touch it.)
Thanks` },
  { lang: 'de', from: 'info@pixelwerk.de', confirmation: null, handle: 'friseur_haarwerk_koeln', text: `Hallo, bitte löschen Sie alle Daten unserer Kundin aus Ihrer App, wir betreuen sie nicht mehr.
Kundenkonto: @friseur_haarwerk_koeln
Unser eigenes Agenturkonto @pixelwerk_agentur bleibt verbunden, lassen Sie es in Ruhe.` },
];

const CONFIRMATIONS: Case[] = [
  { lang: 'it', from: 'franco.rinaldi@libero.it', handle: 'franco_rinaldi52', confirmation: 'chiara.rinaldi@gmail.com', text: `Buongiorno, vi chiedo di cancellare tutti i miei dati dalla vostra app. Il mio account Instagram è @franco_rinaldi52.
Per la conferma usate per favore l'indirizzo di mia figlia che mi aiuta col computer: chiara.rinaldi@gmail.com
perché questa casella la controllo poco.
Grazie, Franco` },
  { lang: 'es', from: 'carmen60@hotmail.es', handle: 'carmen.ruiz_60', confirmation: 'pablo.ruiz.m@gmail.com', text: `Borren todos mis datos de la app, por favor. Mi Instagram: @carmen.ruiz_60
Para la confirmación usen por favor la dirección de mi hijo, que es quien me ayuda con el ordenador: pablo.ruiz.m@gmail.com
porque este correo casi no lo miro.` },
  { lang: 'fr', from: 'gerard.petit@wanadoo.fr', handle: 'gerard.petit_55', confirmation: 'lucas.petit@orange.fr', text: `Bonjour, supprimez toutes mes données de votre application svp. Mon Instagram : @gerard.petit_55
Pour la confirmation, merci d'utiliser l'adresse de mon petit-fils qui m'aide avec l'ordinateur : lucas.petit@orange.fr
car je ne regarde presque jamais cette boîte.` },
  { lang: 'de', from: 'helga.s@t-online.de', handle: 'helga.schmidt_51', confirmation: 'tim.schmidt@gmx.de', text: `Hallo, bitte löschen Sie alle meine Daten aus der App. Mein Instagram: @helga.schmidt_51
Für die Bestätigung nehmen Sie bitte die Adresse meines Sohnes, der mir mit dem Computer hilft: tim.schmidt@gmx.de
weil ich dieses Postfach selten lese.` },
  { lang: 'uk', from: 'oleh.koval@ukr.net', handle: 'oleh.kovalenko', confirmation: null, text: `Пересилаю вам, бо спочатку помилково відправив не на ту адресу (support@pickr.com) і мені ніхто не відповів.

---------- Forwarded message ---------
From: Oleh Kovalenko <oleh.koval@ukr.net>
To: support@pickr.com
Subject: Видалення даних

Добрий день! Прошу видалити всі мої дані з вашого застосунку. Мій Instagram: @oleh.kovalenko
Дякую.` },
  { lang: 'pl', from: 'marek.nowak@wp.pl', handle: 'marek.nowak_77', confirmation: null, text: 'Wysyłam ponownie, bo wcześniej przez pomyłkę napisałem na zły adres (pomoc@pickr.pl) i nikt nie odpowiedział. Proszę usunąć wszystkie moje dane z aplikacji. Mój Instagram: @marek.nowak_77' },
];

describe('a label that says whose account it is', () => {
  it.each(LABELS.map((c) => [c.lang, c] as const))('%s: the labelled handle', (_lang, c) => expectReading(c));
});

describe('an agency names its client\'s account and keeps its own', () => {
  it.each(AGENCIES.map((c) => [c.lang, c] as const))('%s: the client\'s handle, never the agency\'s', (_lang, c) => expectReading(c));
});

describe('where to confirm', () => {
  it.each(CONFIRMATIONS.map((c) => [c.lang, c] as const))('%s: the address given for it, never one written to by mistake', (_lang, c) => expectReading(c));
});

describe('a hyphenated compound of the platform is a label, never a separator', () => {
  /** A raw mail with an 8-bit body in ISO-8859-15. */
  const raw = (body: string): Buffer =>
    Buffer.concat([
      Buffer.from('From: Paivi <paivi.k@luukku.com>\r\nTo: contact@pickrtech.com\r\nSubject: Tietojen poisto\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=ISO-8859-15\r\nContent-Transfer-Encoding: 8bit\r\n\r\n', 'latin1'),
      Buffer.from(body.replace(/\n/g, '\r\n'), 'latin1'),
    ]);
  it.each([
    'Hei,\npoistakaa kaikki tietoni sovelluksestanne.\nInstagram-käyttäjätunnukseni: paivin_kasityot\nKiitos, Päivi',
    'Hei, poistakaa kaikki tietoni, jotka liittyvät Instagram-tiliini.\nInstagram-tunnukseni: paivin_kasityot',
    'Hei, poistakaa kaikki tietoni. Minun Instagram-tilini: paivin_kasityot',
  ])('fi: %s', async (body) => {
    const u = understand(await readMail(raw(body)), READER_OPTS);
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe('paivin_kasityot');
  });

  it.each([
    ['fi', 'Hei, poistakaa kaikki tietoni. Instagram-t: x'],
    ['de', 'Hallo, bitte löschen Sie alle meine Daten. Mein Instagram-t ist weg.'],
  ])('%s: no one-letter handle from inside a word', (_lang, text) => {
    const u = read({ lang: _lang, text, handle: null, confirmation: null });
    expect(u.instagramUsername).toBeNull();
  });
});

describe('guards: readings that stay', () => {
  const GUARDS: Case[] = [
    // A lookalike of our own page asked about, the writer's handle only in a sentence.
    { lang: 'en', confirmation: null, handle: 'sam.rivers_88', text: 'Hi, please delete all my data from your app.\nBy the way, @pickrtech.help messaged me asking for my password - is that fake?\nMy Instagram: @sam.rivers_88' },
    { lang: 'es', confirmation: null, handle: 'lucia.fotos_mx', text: 'Hola, borren por favor todos mis datos de su app. Mi cuenta: @lucia.fotos_mx\nPor cierto, ¿la cuenta @pickrtech_oficial es suya? Me pidió mi contraseña, creo que es falsa.' },
    // The writer's own labelled line, already read.
    { lang: 'vi', confirmation: null, handle: 'thu.trang_99', text: 'Chào anh chị, xin xóa toàn bộ dữ liệu của tôi trong ứng dụng.\nTên tài khoản Instagram của tôi: thu.trang_99\nCảm ơn.' },
    { lang: 'sv', confirmation: null, handle: 'elin.bakar_85', text: 'Hej, jag vill att ni raderar alla mina uppgifter ur appen.\nMitt Instagram-användarnamn är: elin.bakar_85' },
    { lang: 'tr', confirmation: null, handle: 'emir.oyun_2011', text: 'Merhaba, oğlumun uygulamadaki tüm verilerini silmenizi rica ediyorum.\nOğlumun Instagram hesabı: emir.oyun_2011' },
    // A forward after a wrong address, the address named without a mistake word's help: still the sender.
    { lang: 'de', from: 'jonas.weber@web.de', confirmation: null, handle: 'jonas.weber_93', text: 'Ich leite das weiter, weil ich es zuerst versehentlich an die falsche Adresse (hilfe@pickr.de) geschickt habe.\n\n---------- Forwarded message ---------\nFrom: Jonas Weber <jonas.weber@web.de>\nTo: hilfe@pickr.de\nSubject: Datenlöschung\n\nHallo, bitte löschen Sie alle meine Daten aus Ihrer App. Mein Instagram: @jonas.weber_93\nDanke' },
    { lang: 'en', from: 'tom.baker@gmail.com', confirmation: null, handle: 'tom.baker_uk', text: 'Hi, I sent this to the wrong address first (help@pickr.io) by mistake, so here it is again: please delete all my data from your app. My Instagram: @tom.baker_uk' },
    // An address given for the confirmation in a parenthesis stays explicit, after a mistake in an earlier sentence too.
    { lang: 'en', confirmation: 'kate.m.new@gmail.com', handle: 'kate.m_92', text: 'Please delete all my data from your app, Instagram: @kate.m_92. Send the confirmation (to kate.m.new@gmail.com) please, this inbox is full.' },
    { lang: 'en', confirmation: 'kate.m.new@gmail.com', handle: 'kate.m_92', text: 'I wrote to the wrong address by mistake last week. Please delete all my data from your app, Instagram: @kate.m_92. Please confirm to my new address (kate.m.new@gmail.com).' },
    { lang: 'it', confirmation: 'luca.b@outlook.it', handle: 'luca.bianchi_', text: 'Ciao, cancellate tutti i miei dati dalla vostra app. Instagram: @luca.bianchi_\nPer la conferma: luca.b@outlook.it' },
    // An agency's own account named with no hands-off words, the client's labelled: the client's.
    { lang: 'de', from: 'office@agency.example.org', confirmation: 'kontakt@cafe-sonnenschein.de', handle: 'cafe_sonnenschein_koeln', text: 'Im Auftrag unseres Mandanten ersuchen wir um die Löschung sämtlicher Daten zu dessen Instagram-Profil.\nInstagram: @cafe_sonnenschein_koeln\nDie Bestätigung bitte direkt an den Mandanten: kontakt@cafe-sonnenschein.de' },
    // A handle the writer labels as theirs keeps being read even when it holds a word like ours.
    { lang: 'en', confirmation: null, handle: 'pickr_fan_2001', text: 'Please delete all my data from your app.\nInstagram username: pickr_fan_2001' },
  ];
  it.each(GUARDS.map((c) => [c.lang, c.text.slice(0, 50), c] as const))('%s: %s', (_lang, _t, c) => expectReading(c));

  it.each([
    ['en', 'Hi, is @pickrtech.support your real page? It asked me for my password. I think it is fake.'],
    ['uk', 'Вибачте, я помилково відправив лист на вашу адресу, він був для іншої компанії.'],
  ])('%s: no request at all', (_lang, text) => {
    const u = read({ lang: _lang, text, handle: null, confirmation: null });
    expect(['other', 'possible_request']).toContain(u.kind);
    expect(u.instagramUsername).toBeNull();
  });

  it.each([
    ['en', 'Is @pickrtech.support a fake page of yours? Anyway, please delete all my data from your app.'],
    ['es', 'La cuenta @pickrtech_soporte me escribió, ¿es falsa? De todos modos borren todos mis datos de su app, por favor.'],
  ])('%s: a page wearing our name is never the handle to erase', (_lang, text) => {
    const u = read({ lang: _lang, text, handle: null, confirmation: null });
    expect(u.kind).toBe('incomplete_request');
    expect(u.instagramUsername).toBeNull();
  });
});
