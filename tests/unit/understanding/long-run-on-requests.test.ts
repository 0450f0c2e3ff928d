/**
 * An angry request written as one long run-on sentence: the wish stands in one clause, and a
 * complaint that nothing was deleted ("it apparently does not delete", "which means you did not
 * delete it") or a "keep nothing" stands in another. The complaint neither refuses the wish nor
 * hides it. A run-on that only refuses, or asks how, is still no request. And a request whose
 * only handle is PickrTech's own page is a request without a handle.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS, type PersonMailOptions } from '../../support/person-mail.js';

const read = (text: string, subject = 'Hello', extra: PersonMailOptions = {}) => understand(personMail(text, subject, { from: 'worker@firma.example', ...extra }), READER_OPTS);

describe('a request in one clause of a long run-on line is read', () => {
  const RUN_ON: Array<[string, string, string]> = [
    ['fi', 'Kirjoitan jo toisen kerran enkä ole saanut mitään vastausta, mikä on todella huonoa palvelua kun kyse on lakisääteisestä oikeudesta, joten sanon sen vielä kerran: poistakaa kaikki minun tietoni palvelustanne, käyttäjänimeni on @saara.lind_92 ja olen jo poistanut sovelluksen luvat mutta se ei tietenkään poista teidän palvelimillanne olevia tietoja, ja vastaus osoitteeseen saara.private@example.org koska tätä osoitetta en enää käytä.', 'saara.lind_92'],
    ['hu', 'Már másodszor írok, és még mindig semmi, tavaly kértem, hogy töröljék az adataimat, de az ismerőseim szerint a profilom még mindig fent van, ami azt jelenti, hogy nem törölték, szóval utoljára mondom: a fiókom @saara.lind_92, TÖRÖLJÉK AZ ÖSSZES ADATOMAT a rendszerükből, és a választ erre a címre küldjék: saara.private@example.org, különben panaszt teszek', 'saara.lind_92'],
    ['de', 'Ich schreibe jetzt zum dritten Mal und habe immer noch keine Antwort bekommen, was wirklich unglaublich ist, denn laut meinen Freunden ist mein Profil immer noch sichtbar, was heißt dass ihr nichts gelöscht habt, also ein letztes Mal: löscht endlich alle meine Daten aus eurem System, mein Instagram ist @saara.lind_92, und die Bestätigung bitte an saara.private@example.org, sonst beschwere ich mich bei der Datenschutzbehörde', 'saara.lind_92'],
    ['sv', 'Det här är tredje gången jag skriver och fortfarande inget svar, vilket är otroligt, mina vänner säger att min profil fortfarande syns vilket betyder att ni inte raderade något, så en sista gång: radera alla mina uppgifter från ert system, mitt Instagram är @saara.lind_92, och skicka bekräftelsen till saara.private@example.org', 'saara.lind_92'],
  ];
  for (const [lang, text, handle] of RUN_ON) {
    it(`${lang}: deletion_request with the handle and the address written out`, () => {
      const u = read(text, 'Harmadszor / Kolmas kerta / Third time');
      expect(u.kind).toBe('deletion_request');
      expect(u.instagramUsername).toBe(handle);
      expect(u.confirmationEmail).toBe('saara.private@example.org');
      expect(u.confirmationSource).toBe('explicit');
    });
  }

  it('fa: "delete my data and keep nothing of me", without a comma, is a request', () => {
    const u = read('الان می‌خوام همه داده‌هام از سرور شما پاک بشه و هیچ چیزی از من نگه ندارید. اکانتم @saara.lind_92 هست.', 'حذف اطلاعات');
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe('saara.lind_92');
  });
});

describe('a request naming only PickrTech\'s own page is a request without a handle', () => {
  const OWN_ONLY: Array<[string, string, string]> = [
    ['fa', 'سلام، من از طریق پیج pickrtech در اینستاگرام با برنامه شما آشنا شدم.\nالان می‌خوام همه داده‌هام از سیستم شما حذف بشه و هیچ اطلاعاتی از من نگه ندارید.', 'حذف داده‌ها'],
    ['fi', 'Löysin sovelluksenne @pickrtech-sivun kautta Instagramissa.\nPoistakaa kaikki minun tietoni järjestelmästänne, enkä halua että mitään jää talteen.', 'Tietojen poisto'],
    ['hu', 'Az Instagramon a @pickrtech oldalon keresztül találtam rá az alkalmazásukra.\nTöröljék az összes adatomat a rendszerükből, és semmit ne tároljanak rólam.', 'Adattörlés'],
    ['pl', 'Znalazłam waszą aplikację przez profil @pickrtech na Instagramie.\nProszę usunąć wszystkie moje dane z waszego systemu i niczego o mnie nie przechowywać.', 'Usunięcie danych'],
  ];
  for (const [lang, text, subject] of OWN_ONLY) {
    it(`${lang}: incomplete_request, confirmed to the Reply-To`, () => {
      const u = read(text, subject, { replyTo: [{ address: 'own.private@example.org', name: '' }] });
      expect(u.kind).toBe('incomplete_request');
      expect(u.instagramUsername).toBeNull();
      expect(u.confirmationEmail).toBe('own.private@example.org');
      expect(u.confirmationSource).toBe('reply_to');
    });
  }
});

describe('a long run-on line that only refuses or asks is still no request', () => {
  const NOT_A_REQUEST: Array<[string, string]> = [
    ['fi', 'Sain teiltä viestin että tietoni poistetaan, mutta en ole pyytänyt mitään sellaista, joten älkää poistako mitään, tilini @saara.lind_92 on edelleen käytössä ja haluan jatkaa sovelluksen käyttöä, kiitos ymmärryksestä ja mukavaa viikonloppua.'],
    ['hu', 'Kaptam egy levelet, hogy törlik az adataimat, de én ilyet nem kértem, szóval kérem, ne töröljenek semmit, a fiókom @saara.lind_92 továbbra is használatban van, és szeretném tovább használni az alkalmazást, köszönöm a megértést.'],
    ['pl', 'Dostałam wiadomość, że moje dane zostaną usunięte, ale nie chcę, żeby usuwać moje dane, konto @saara.lind_92 jest w użyciu, i bardzo proszę o potwierdzenie, że nic nie zostanie usunięte, dziękuję i pozdrawiam serdecznie.'],
  ];
  for (const [lang, text] of NOT_A_REQUEST) {
    it(`${lang}: never opened as a request`, () => {
      const u = read(text, 'Re: Your data');
      expect(['other', 'possible_request']).toContain(u.kind);
    });
  }
});
