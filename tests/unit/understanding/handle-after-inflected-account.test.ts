/**
 * Handles written where the reader used to miss them, in three shapes:
 *
 * - a business writing for its own account names it bare after the word for the account in an
 *   inflected case ("k účtu kavarna_u_mostu", "danych konta x", "для аккаунта x", "zum Konto x"):
 *   "our" business is the writer's own, and a new page in the signature ("Follow us: @new") is
 *   never taken over the account the body names;
 * - a parent writing for a minor child names the child's handle in the third person ("Το όνομα
 *   χρήστη του είναι x", "su usuario es x", "son nom d'utilisateur est x");
 * - a handle in brackets after a possessive word for Instagram ("mun instan (x) tiedot").
 *
 * Guards: a friend's account stays a friend's; a child's handle quoted only in the forwarded part
 * below is read as before.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const SENDER = 'writer@example.org';
const read = (text: string, subject = '') => understand(personMail(text, subject, { from: SENDER }), READER_OPTS);

type Case = [lang: string, subject: string, text: string, kind: string, handle: string];

const BUSINESS: Case[] = [
  ['cs', 'Smazání dat', `Dobrý den,

naše kavárna dříve používala Váš nástroj pro publikování na instagramový účet kavarna_u_mostu. Tento účet jsme zrušili a založili nový, proto Vás prosím o smazání všech dat, která k účtu kavarna_u_mostu máte.

Děkuji
Jana Nováková
Kavárna U Mostu
Sledujte nás na Instagramu: @kavarna.umostu.brno`, 'deletion_request', 'kavarna_u_mostu'],
  ['cs', 'smazani dat', `dobry den, nase firma mela u vas propojeny ucet kvetiny_lada.cz ale uz ho nepouzivame. prosim smazte vsechna data k uctu kvetiny_lada.cz. diky, Lada`, 'deletion_request', 'kvetiny_lada.cz'],
  ['pl', 'Usunięcie danych', `Dzień dobry,
nasza piekarnia korzystała z waszej aplikacji na koncie piekarnia_zlota.klos. Prosimy o usunięcie wszystkich danych konta piekarnia_zlota.klos, bo zamknęliśmy ten profil.
Pozdrawiam
Marta
Obserwuj nas: @zlotyklos_nowy`, 'deletion_request', 'piekarnia_zlota.klos'],
  ['ru', 'Удаление данных', `Здравствуйте! Наш салон раньше пользовался вашим сервисом для аккаунта salon_lotos.spb. Просим удалить все данные аккаунта salon_lotos.spb, мы его больше не используем.
С уважением, Ольга
Наш новый инстаграм: @lotos_beauty_new`, 'deletion_request', 'salon_lotos.spb'],
  ['uk', 'Видалення даних', `Добрий день. Наша кав'ярня користувалася вашим додатком для акаунта kavarnia_dim.lviv. Просимо видалити всі дані акаунта kavarnia_dim.lviv, ми його закрили.
Дякую, Оксана`, 'deletion_request', 'kavarnia_dim.lviv'],
  ['hu', 'Adattörlés', `Jó napot! A cukrászdánk korábban használta az alkalmazásukat, a edes_percek.bp fiók már nem működik. Kérjük, töröljék az edes_percek.bp fiókhoz tartozó összes adatot.
Üdv, Kati`, 'deletion_request', 'edes_percek.bp'],
  ['de', 'Datenlöschung', `Hallo, unsere Bäckerei hat euer Tool früher benutzt. Bitte löscht alle Daten zum Konto baeckerei_sonne.hh, das Konto gibt es nicht mehr.
Grüße
Folgt uns auf Instagram: @sonne.backt`, 'deletion_request', 'baeckerei_sonne.hh'],
  ['fa', 'حذف اطلاعات', `سلام، فروشگاه ما قبلاً با حساب arash_n.photo از اپلیکیشن شما استفاده می‌کرد. اطلاعات حساب arash_n.photo را حذف کنید. ممنون`, 'deletion_request', 'arash_n.photo'],
  // The account is named, and the writer doubts the wish: staff ask, with the handle found.
  ['fa', 'حذف اطلاعات؟', `سلام، فروشگاه ما قبلاً با حساب arash_n.photo از اپلیکیشن شما استفاده می‌کرد. اطلاعات حساب arash_n.photo را حذف کنید. مطمئن نیستم، شاید فقط اتصال را قطع کنم.`, 'possible_request', 'arash_n.photo'],
];

const PARENT: Case[] = [
  ['el', 'Διαγραφή δεδομένων', `Σας προωθώ το μήνυμα του γιου μου. Είναι ανήλικος και θέλουμε να διαγραφούν όλα τα δεδομένα του λογαριασμού του στο Instagram από την εφαρμογή σας. Το όνομα χρήστη του είναι nikos.m_2009. Παρακαλώ στείλτε την επιβεβαίωση σε εμένα.`, 'deletion_request', 'nikos.m_2009'],
  ['es', 'datos de mi hija', `Hola, mi hija tiene 14 años y usó su app sin permiso. Por favor borren todos sus datos. Su usuario es lucia.g_2011. La confirmación me la mandan a mí.`, 'deletion_request', 'lucia.g_2011'],
  ['fr', 'données de mon fils', `Bonjour, mon fils a 13 ans et a utilisé votre application. Merci de supprimer toutes ses données. Son nom d'utilisateur est theo.b_2012.`, 'deletion_request', 'theo.b_2012'],
  ['de', 'Daten meines Sohnes', `Hallo, mein Sohn ist 13 und hat eure App benutzt. Bitte löschen Sie alle seine Daten. Sein Benutzername ist leon.k_2012. Die Bestätigung bitte an mich.`, 'deletion_request', 'leon.k_2012'],
  ['pl', 'dane syna', `Dzień dobry, mój syn ma 12 lat i korzystał z waszej aplikacji. Proszę usunąć wszystkie jego dane. Jego nazwa użytkownika to kuba_w2013.`, 'deletion_request', 'kuba_w2013'],
  ['ru', 'данные сына', `Здравствуйте, мой сын несовершеннолетний. Удалите пожалуйста все его данные. Его ник artem_2011.k`, 'deletion_request', 'artem_2011.k'],
  ['tr', 'oğlumun verileri', `Merhaba, oğlum 13 yaşında. Lütfen tüm verilerini silin. Oğlumun kullanıcı adı emir.k_2012.`, 'deletion_request', 'emir.k_2012'],
  ['it', 'dati di mia figlia', `Buongiorno, mia figlia ha 12 anni e ha usato la vostra app. Per favore cancellate tutti i suoi dati, il suo username è giulia.r_2013. grazie`, 'deletion_request', 'giulia.r_2013'],
  ['pt', 'dados do meu filho', `oi, meu filho tem 13 anos e usou o app de vcs sem eu saber. podem apagar todos os dados dele? o usuário dele é pedrinho_2012`, 'deletion_request', 'pedrinho_2012'],
  ['nl', 'gegevens zoon', `Hallo, mijn zoon is 14. Willen jullie al zijn gegevens verwijderen? Zijn gebruikersnaam is daan.v_2011.`, 'deletion_request', 'daan.v_2011'],
  ['uk', 'дані сина', `Добрий день. Мій син неповнолітній, видаліть будь ласка всі його дані. Його нік: andrii_k.2012`, 'deletion_request', 'andrii_k.2012'],
];

const BRACKETED: Case[] = [
  ['fi', 'tiedot', `moi, haluaisin et poistatte mun instan (ainovirtanen_) tiedot. tai en tiiä, ehkä vaan sovellus pois? mietin vielä`, 'possible_request', 'ainovirtanen_'],
  ['fi', 'poisto', `hei poistakaa mun instan (mikko.k_91) tiedot kiitos`, 'deletion_request', 'mikko.k_91'],
  ['fi', 'poisto?', `moi, voisitteko poistaa minun instagramin (sanni.l_03) tiedot? tai en oo varma, mietin vielä`, 'possible_request', 'sanni.l_03'],
  ['en', 'data', `hi can you delete my insta (jess.k_22) data pls`, 'deletion_request', 'jess.k_22'],
  ['de', 'daten', `hallo bitte löscht alle daten von mein insta (lena.m_04) danke`, 'deletion_request', 'lena.m_04'],
  ['pt', 'dados', `oi, apaga os dados do meu insta (bia.souza_) por favor`, 'deletion_request', 'bia.souza_'],
];

describe('a handle after a word for the account in an inflected case, a third-person possessive, or in brackets', () => {
  for (const [group, cases] of [['business', BUSINESS], ['parent', PARENT], ['bracketed', BRACKETED]] as const) {
    it.each(cases)(`${group} %s: %s`, (_lang, subject, text, kind, handle) => {
      const u = read(text, subject);
      expect(u.kind).toBe(kind);
      expect(u.instagramUsername).toBe(handle);
    });
  }

  it('sends the confirmation of a child\'s deletion to the parent who writes', () => {
    expect(read(PARENT[0]![2], PARENT[0]![1]).confirmationEmail).toBe(SENDER);
  });
});

describe('a handle after the account word in a mail that says no "our"', () => {
  it.each([
    // It names the account, not whose: the sentence is no more the writer's own than before; staff see the handle.
    ['cs', 'Dobrý den, prosím smažte data k účtu petra_n95. Díky', 'possible_request', 'petra_n95'],
    // The erasure verb first asks for the writer already: the handle fills the request.
    ['ru', 'Здравствуйте. Удалите данные аккаунта sveta_k.88, пожалуйста.', 'deletion_request', 'sveta_k.88'],
  ])('%s', (_lang, text, kind, handle) => {
    const u = read(text);
    expect(u.kind).toBe(kind);
    expect(u.instagramUsername).toBe(handle);
  });

  it('reads no mail domain after the account word as a handle', () => {
    expect(read('Hallo, bitte löscht alle Daten zum Konto web.de, danke').instagramUsername).toBeNull();
  });
});

describe('guards: readings that stay', () => {
  it('never takes a new page named in the signature when the body names the old account', () => {
    for (const [, subject, text] of BUSINESS) {
      const u = read(text, subject);
      expect(['kavarna.umostu.brno', 'zlotyklos_nowy', 'lotos_beauty_new', 'sonne.backt']).not.toContain(u.instagramUsername);
    }
  });

  it.each([
    ['en', `Hi, please delete all the data of my friend's account lily.b_99, she asked me to.`],
    ['pl', `Dzień dobry, proszę usunąć dane z konta mojej koleżanki ola.k_97, ona nie umie.`],
    ['cs', `Dobrý den, prosím smažte data k účtu mé kamarádky petra.n_95.`],
    ['ru', `Здравствуйте, удалите пожалуйста данные аккаунта моего друга dima_k.88.`],
  ])('%s: a friend\'s account is never the writer\'s', (_lang, text) => {
    const u = read(text);
    expect(['lily.b_99', 'ola.k_97', 'petra.n_95', 'dima_k.88']).not.toContain(u.instagramUsername);
  });

  it.each([
    ['pt', 'Oi, minha amiga não tem email. O usuário dela é bia_k22, apaguem os dados dela por favor.'],
    ['el', 'Γεια σας, η φίλη μου δεν έχει email. Το όνομα χρήστη της είναι eleni_k22, διαγράψτε τα δεδομένα της παρακαλώ.'],
  ])('%s: a friend\'s handle after "her" stays unread, as before', (_lang, text) => {
    const u = read(text);
    expect(u.kind).toBe('incomplete_request');
    expect(u.instagramUsername).toBeNull();
  });

  it('asks nothing when a son\'s handle is quoted only in a forwarded part the parent asks nothing of', () => {
    const u = read(`Hallo, mein Sohn hat mir das geschickt, was haltet ihr davon?

---------- Weitergeleitete Nachricht ----------
Von: Leon <leon.k@example.de>
Datum: Mo., 7. Dez. 2026 um 08:55 Uhr
Betreff: insta
An: Papa <${SENDER}>

Papa, guck mal, mein insta ist leon.k_2012`, 'WG: insta');
    expect(u.kind).toBe('other');
    expect(u.instagramUsername).toBeNull();
  });

  it('reads the son\'s handle his own forwarded words give, when the parent asks for his data', () => {
    const u = read(`Hallo, mein Sohn hat mich gebeten, das weiterzuleiten. Bitte löschen Sie seine Daten.

---------- Weitergeleitete Nachricht ----------
Von: Leon <leon.k@example.de>
Datum: Mo., 7. Dez. 2026 um 08:55 Uhr
Betreff: Daten
An: Papa <${SENDER}>

Papa, kannst du das machen? mein insta ist leon.k_2012`, 'WG: Daten');
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe('leon.k_2012');
  });
});
