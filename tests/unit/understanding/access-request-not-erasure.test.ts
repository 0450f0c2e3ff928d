/**
 * A request for a copy of one's data (GDPR Art. 15: "what data do you hold about me") that says in
 * so many words it does not want the data erased ("En halua, että tietoja poistetaan", "I don't
 * want it deleted", "Ich möchte nicht, dass meine Daten gelöscht werden") asks nothing of the
 * deletion bot: no request is opened and the account in use is never erased. A mail that asks for
 * a copy and then for the erasure, or that wants its data erased, still asks.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string) => understand(personMail(text, 'GDPR', { from: 'someone@example.org' }), READER_OPTS);

describe('a request for a copy of one\'s data that refuses the erasure asks nothing', () => {
  it.each([
    ['fi', 'Hei, haluaisin EU:n tietosuoja-asetuksen (GDPR) 15 artiklan nojalla tietää, mitä tietoja olette tallentaneet minusta ja Instagram-tilistäni @lauramakinen_ sovelluksenne kautta. Huom! En halua, että tietoja poistetaan – käytän sovellusta edelleen päivittäin. Haluan vain kopion tiedoista, esimerkiksi PDF- tai CSV-muodossa.'],
    ['fi', 'Hei! Pyydän kopion kaikista tiedoista, joita teillä on Instagram-tilistäni @mikko.virta92. En halua, että tilini poistetaan, käytän sitä yhä.'],
    ['en', 'Hello, under Article 15 GDPR I would like to know what data you hold about me and my Instagram account @tom.harris_88. To be clear, I do not want my data deleted, I still use the app every day. I only want a copy, e.g. as a CSV file.'],
    ['de', 'Guten Tag, gemäß Art. 15 DSGVO möchte ich wissen, welche Daten Sie über mich und mein Instagram-Konto @julia.weber_91 gespeichert haben. Ich möchte nicht, dass meine Daten gelöscht werden, ich nutze die App weiterhin. Ich möchte nur eine Kopie der Daten.'],
    ['fr', 'Bonjour, conformément à l\'article 15 du RGPD, je souhaite savoir quelles données vous conservez sur moi et sur mon compte Instagram @camille.roux_90. Je ne veux pas que mes données soient supprimées, j\'utilise toujours l\'application. Je souhaite seulement une copie.'],
    ['es', 'Hola, en virtud del artículo 15 del RGPD quisiera saber qué datos tienen sobre mí y mi cuenta de Instagram @lucia.moreno_93. No quiero que borren mis datos, sigo usando la aplicación a diario. Solo quiero una copia de los datos.'],
    ['it', 'Buongiorno, ai sensi dell\'articolo 15 del GDPR vorrei sapere quali dati conservate su di me e sul mio account Instagram @marco.ricci_87. Non voglio che i miei dati vengano cancellati, uso ancora l\'app ogni giorno. Voglio solo una copia dei dati.'],
    ['pl', 'Dzień dobry, na podstawie art. 15 RODO chciałabym wiedzieć, jakie dane przechowujecie o mnie i moim koncie na Instagramie @kasia.nowak_94. Nie chcę, żeby moje dane zostały usunięte, nadal korzystam z aplikacji. Chcę tylko kopię danych.'],
    ['sv', 'Hej, enligt artikel 15 i GDPR vill jag veta vilka uppgifter ni har sparat om mig och mitt Instagramkonto @emma.lindqvist_95. Jag vill inte att mina uppgifter raderas, jag använder fortfarande appen varje dag. Jag vill bara ha en kopia av uppgifterna.'],
    ['da', 'Hej, i henhold til artikel 15 i GDPR vil jeg gerne vide, hvilke oplysninger I har gemt om mig og min Instagram-konto @freja.hansen_96. Jeg ønsker ikke, at mine data slettes, jeg bruger stadig appen hver dag. Jeg vil kun have en kopi af oplysningerne.'],
    ['no', 'Hei, i henhold til artikkel 15 i GDPR ønsker jeg å vite hvilke opplysninger dere har lagret om meg og Instagram-kontoen min @ingrid.berg_97. Jeg vil ikke at dataene mine slettes, jeg bruker fortsatt appen hver dag. Jeg vil bare ha en kopi av opplysningene.'],
    ['cs', 'Dobrý den, podle článku 15 GDPR bych rád věděl, jaké údaje o mně a mém instagramovém účtu @petr.novak_89 uchováváte. Nechci, aby byla moje data smazána, aplikaci stále používám. Chci jen kopii údajů.'],
    ['ru', 'Здравствуйте, на основании статьи 15 GDPR я хотела бы узнать, какие данные вы храните обо мне и моём аккаунте в Instagram @anna.petrova_92. Я не хочу, чтобы мои данные удаляли, я по-прежнему пользуюсь приложением. Мне нужна только копия данных.'],
    ['nl', 'Hallo, op grond van artikel 15 AVG wil ik graag weten welke gegevens jullie over mij en mijn Instagram-account @sanne.dejong_93 bewaren. Ik wil niet dat mijn gegevens worden verwijderd, ik gebruik de app nog elke dag. Ik wil alleen een kopie van de gegevens.'],
    ['pt', 'Olá, ao abrigo do artigo 15.º do RGPD gostaria de saber que dados guardam sobre mim e a minha conta de Instagram @ines.ferreira_91. Não quero que os meus dados sejam apagados, continuo a usar a aplicação todos os dias. Quero apenas uma cópia dos dados.'],
  ])('%s: no request, no handle', (_lang, text) => {
    const u = read(text);
    expect(u.kind).toBe('other');
    expect(u.instagramUsername).toBeNull();
  });
});

describe('a copy asked for beside an erasure still asks for the erasure', () => {
  it.each([
    ['en', 'send me a copy of my data and then delete it all, @x'],
    ['en', 'I don\'t want to keep using the app, please delete my data @x'],
    ['fi', 'Haluan, että tietoni poistetaan. Tili: @x'],
    ['en', 'I don\'t use it anymore, that is why I ask you to delete my data. Instagram: @x'],
    ['pl', 'Nie korzystam już z konta, ze względu na prywatność proszę usunąć moje dane. Mój login na Instagramie: @x'],
    ['nl', 'Ik gebruik de app niet meer. Wilt u al mijn gegevens wissen? Mijn Instagram: @x'],
    ['de', 'Ich nutze die App nicht mehr, deshalb bitte ich Sie, meine Daten zu löschen. Mein Instagram-Konto: @x'],
  ])('%s: a request with the handle', (_lang, text) => {
    const u = read(text);
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe('x');
  });
});

describe('hostile text around the Dutch erasure verb', () => {
  it('reads "wis" before a long run of spaces to the end, as a request without a handle', () => {
    const u = understand(personMail(`bitte wis${' '.repeat(40_000)}x meine daten`, 'Hallo'), READER_OPTS);
    expect(u.kind).toBe('incomplete_request');
  });
});
