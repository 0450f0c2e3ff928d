/**
 * Whose handle, whose address. A handle in a company signature is the company's or a shop's as
 * often as the sender's; a handle the person names as a friend's, a partner's or a sister's is
 * someone else's: erasing it erases another person's data. An address the person gives in the
 * words ("confirmation to x", "Adres do odpowiedzi: x") is where to confirm, even after a
 * sentence with a "not" in it; an address in a signature's legal notice (a DPO's) never is.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { splitVisible } from '../../../src/understanding/visible-text.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string) => understand(personMail(text, 'Data', { from: 'work.person@company.example' }), READER_OPTS);

const DISCLAIMER_EN =
  'This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Any copying or distribution is forbidden.';

function corporate(signOff: string, name: string, lines: string[], notice: string): string {
  return [signOff, name, ...lines, '', notice, '', DISCLAIMER_EN, '', DISCLAIMER_EN].join('\n');
}

describe('a handle only in a long company signature is not the person\'s', () => {
  it.each([
    ['en', 'Hello,\n\nPlease delete all the data your app holds about me, I stopped using it.\n\n' +
      corporate('Kind regards', 'Oliver Grant', ['Head of Partnerships', 'Northwind Trading Ltd', '12 Quay Street, Bristol BS1 4DJ', 'T: +44 117 496 0123 | M: +44 7700 900 456', 'oliver.grant@northwind.example | www.northwind.example', 'Instagram: @northwind.trading | LinkedIn: /company/northwind'], 'Registered in England No. 0456123')],
    ['de', 'Guten Tag,\n\nbitte löschen Sie sämtliche Daten, die Ihre App über mich gespeichert hat.\n\n' +
      corporate('Vielen Dank und beste Grüße', 'Jonas Weber', ['Leiter Vertrieb', 'Weber & Söhne GmbH | Lindenallee 4 | 50667 Köln', 'Tel.: +49 221 555 0190', 'jonas.weber@weber-soehne.example', 'Instagram: @jonas.weber.vertrieb'], 'Sitz der Gesellschaft: Köln, HRB 99812. Geschäftsführer: Karl Weber.')],
    ['fr', 'Bonjour,\n\nje vous demande de supprimer toutes mes données de votre application.\n\n' +
      corporate('Cordialement,', 'Camille Moreau', ['Responsable communication', 'Atelier Moreau SAS', '8 rue des Lilas, 69003 Lyon', 'Tél. : +33 4 72 00 11 22', 'Instagram : @atelier.moreau.lyon'], 'Ce message et ses pièces jointes sont confidentiels. Si vous n’en êtes pas le destinataire, merci de le détruire et d’en avertir l’expéditeur.')],
    ['it', 'Buongiorno,\n\nvi chiedo di cancellare tutti i miei dati dalla vostra applicazione.\n\n' +
      corporate('Distinti saluti', 'Dott. Marco Rinaldi', ['Direttore commerciale', 'Rinaldi Arredamenti S.r.l.', 'Via Roma 21, 10121 Torino', 'Tel. +39 011 555 8899', 'Instagram: @rinaldi_arredamenti'], 'Le informazioni contenute in questo messaggio sono riservate. Se avete ricevuto questa e-mail per errore, cancellatela e avvisate il mittente.')],
    ['sv', 'Hej,\n\nvänligen radera alla mina uppgifter ur er app, jag använder den inte längre.\n\n' +
      corporate('Med vänliga hälsningar', 'Karin Lund', ['Marknadschef', 'Lund Design AB', 'Storgatan 5, 111 22 Stockholm', 'Tel: +46 8 555 123 45', 'Instagram: @lund.design.ab'], 'Detta e-postmeddelande kan innehålla konfidentiell information. Om du fått det av misstag, radera det och meddela avsändaren.')],
  ])('%s: the request is incomplete, the signature\'s handle is not taken', (_lang, text) => {
    const u = read(text);
    expect(u.kind).toBe('incomplete_request');
    expect(u.instagramUsername).toBeNull();
  });

  it('keeps the words before the sign-off and leaves the name, the contact block and the notice out', () => {
    const text = 'Hi,\n\nplease erase my data. My Instagram username is ella_mark.\n\n' +
      corporate('Best regards', 'Ella Mark', ['Studio Mark Ltd', 'T: +44 20 7946 0000', 'Instagram: @studio.mark'], 'Registered office: London.');
    const parts = splitVisible(text);
    expect(parts.body).toContain('ella_mark');
    expect(parts.body).not.toContain('studio.mark');
    expect(read(text).instagramUsername).toBe('ella_mark');
  });

  it('a DPO address in the signature\'s privacy notice is no confirmation address', () => {
    const text = 'Dear team,\n\nplease delete all data about my account. Instagram username: nora.vest\n\nPlease confirm by replying to this message.\n\n' +
      corporate('Yours sincerely,', 'Nora Vest', ['Partner, Vest & Co. Solicitors', 'E: nora@vest-law.example | W: www.vest-law.example'], 'To exercise your data protection rights (access, erasure) please contact dpo@vest-law.example.');
    const u = understand(personMail(text, 'Data', { from: 'nora@vest-law.example' }), READER_OPTS);
    expect(u.instagramUsername).toBe('nora.vest');
    expect(u.confirmationEmail).toBe('nora@vest-law.example');
    expect(u.confirmationSource).toBe('sender');
  });
});

describe('a handle the person names as someone else\'s is never theirs', () => {
  it.each([
    ['en', 'My friend @lily.bergman told me you delete data when asked. Please delete all my data as well.'],
    ['de', 'Meine Freundin @lea.sommer91 hat erzählt, dass Sie Daten löschen. Bitte löschen Sie auch alle meine Daten.'],
    ['pl', 'Moja koleżanka @ola.nowak_ poleciła mi napisać. Proszę usunąć wszystkie moje dane.'],
    ['ja', '妹の@aoi_0815から聞きました。私のデータも全部削除してください。'],
    ['es', 'Mi hermano (@pablo.gil_) me dijo que aquí se pueden borrar los datos. Por favor, borren todos mis datos.'],
  ])('%s: only a friend\'s or a relative\'s handle: incomplete', (_lang, text) => {
    const u = read(text);
    expect(u.kind).toBe('incomplete_request');
    expect(u.instagramUsername).toBeNull();
  });

  it.each([
    ['en', 'My girlfriend (@zoe.parker) and I both tried the app. Please delete my data, my account is @sam_parker.', 'sam_parker'],
    ['da', 'Min kone (@ida.berg) og jeg har brugt jeres app. Slet venligst mine data. Min profil er @lars_berg', 'lars_berg'],
    ['es', 'Mi novia (@carla.ruiz) y yo usamos la app. Por favor borren mis datos, mi usuario es @dani_ruiz.', 'dani_ruiz'],
    ['fr', 'Ma sœur @julie.martin7 utilise aussi l’application. Merci de supprimer mes données, mon compte est @paul.martin7', 'paul.martin7'],
  ])('%s: the person\'s own handle beside a partner\'s or a sibling\'s', (_lang, text, own) => {
    const u = read(text);
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe(own);
  });

  it('a handle that merely starts like a relation word is still the person\'s', () => {
    expect(read('Please delete my data. My Instagram is @friendly.fox_22').instagramUsername).toBe('friendly.fox_22');
  });
});

describe('an address the person gives in the words is where to confirm', () => {
  it.each([
    ['en', "Please delete my data, Instagram: tom_reed. I don't use the app anymore. Confirmation to tom.private@example.org please.", 'tom.private@example.org'],
    ['en', 'Please erase my data (username: kim.lowe). I will never use the app again. Send the confirmation to kim.home@example.net', 'kim.home@example.net'],
    ['pl', 'Proszę o usunięcie moich danych. Nazwa użytkownika: ewa_kowal\nAdres do odpowiedzi: ewa.kowal@example.pl', 'ewa.kowal@example.pl'],
    ['cs', 'Prosím o smazání mých dat. Uživatelské jméno: jan.dvorak_\nAdresa pro potvrzení: jan.dvorak@example.cz', 'jan.dvorak@example.cz'],
    ['sv', 'Radera mina uppgifter. Användarnamn: eva.lind\nAdress för bekräftelse: eva.lind@example.se', 'eva.lind@example.se'],
  ])('%s', (_lang, text, address) => {
    const u = read(text);
    expect(u.confirmationEmail).toBe(address);
    expect(u.confirmationSource).toBe('explicit');
  });

  it('an old address the same sentence disowns is still not taken', () => {
    const u = read('Please delete my data, Instagram: tom_reed. Do not write to my old address tom.old@example.org.');
    expect(u.confirmationSource).toBe('sender');
  });
});
