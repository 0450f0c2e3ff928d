/**
 * GMX, web.de and some webmails start the quoted original's header block with its date line
 * ("Gesendet: …" then "Von: …"), not its sender line, and quote it without "> ". Our earlier
 * mail below that block (with the handle we could not find) is not the person's new words.
 */
import { describe, expect, it } from 'vitest';
import { splitVisible } from '../../../src/understanding/visible-text.js';

const ours = (label: [string, string, string, string], words: string) =>
  `${label[0]}: Montag, 3. März 2025 um 10:14 Uhr\n${label[1]}: "PickrTech" <staff@pickrtech.com>\n${label[2]}: reader@example.net\n${label[3]}: Ihre Anfrage\n\n${words}\n`;

describe('a quoted header block that starts with its date line', () => {
  const CASES: [string, string, [string, string, string, string], string][] = [
    ['de', 'Löschen Sie bitte endlich alles über mich.', ['Gesendet', 'Von', 'An', 'Betreff'], 'Zum Benutzernamen „kein_treffer_77“ fanden wir nichts.'],
    ['en', 'Just delete everything you hold about me.', ['Sent', 'From', 'To', 'Subject'], 'We found nothing for the username "no_match_77".'],
    ['pl', 'Proszę po prostu usunąć wszystkie moje dane.', ['Wysłano', 'Od', 'Do', 'Temat'], 'Nie znaleźliśmy nic dla nazwy „brak_wyniku_77”.'],
    ['fr', 'Supprimez simplement toutes mes données.', ['Envoyé', 'De', 'À', 'Objet'], 'Nous n’avons rien trouvé pour « aucun_resultat_77 ».'],
  ];
  for (const [lang, mine, labels, quoted] of CASES) {
    it(`${lang}: the quoted block ends the new words`, () => {
      const { body } = splitVisible(`Hallo,\n\n${mine}\n\nJ.\n\n\n${ours(labels, quoted)}`, 'Aw: Ihre Anfrage');
      expect(body).toContain(mine);
      expect(body).not.toContain(quoted);
    });
  }

  it('a forward that starts with the date line keeps the forwarded words, without its header lines', () => {
    const { body } = splitVisible(`Siehe unten.\n\n${ours(['Gesendet', 'Von', 'An', 'Betreff'], 'Bitte löschen Sie meine Daten.')}`, 'WG: Ihre Anfrage');
    expect(body).toContain('Bitte löschen Sie meine Daten.');
    expect(body).not.toContain('staff@pickrtech.com');
  });

  it('a date written by the person over their own words is kept', () => {
    const text = 'Datum: 3. März 2025\nVon mir aus können Sie alles löschen.\n\nBitte löschen Sie meine Daten.';
    expect(splitVisible(text, '').body).toContain('Bitte löschen Sie meine Daten.');
  });
});
