/**
 * Mail that asks for no deletion: a person taking back an earlier request ("I've changed my mind,
 * I don't want my data deleted after all", "Mégsem szeretném, hogy töröljék az adataimat"), a
 * person who refuses any deletion and asks about something else ("jeg vil IKKE at dere sletter
 * noe som helst"), or a person asking what a deletion would do before deciding ("if you delete my
 * data, will my posts disappear too?"). None of them asks for anything to be erased: nothing is
 * opened and no handle is suggested to staff. A turn from the past to a wish now, or a condition
 * that itself asks ("if you still have my data, please delete it"), stays a request.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Adataim / my data') => understand(personMail(text, subject), READER_OPTS);

describe('taking back an earlier request asks for nothing', () => {
  it.each([
    ['hu', 'Kedves PickrTech! Mégsem szeretném, hogy töröljék az adataimat, a fiókot (szabo_gergo) továbbra is használni szeretném. A múlt heti levelemet kérem tekintsék tárgytalannak. Köszönöm, Gergő'],
    ['hu', 'Üdvözlöm! Meggondoltam magam, mégse töröljék az adataimat, @kovacs.anna90 fiókot tovább használom.'],
    ['en', 'Hi, I\'ve changed my mind, I don\'t want my data deleted after all. I still use the app with @tom.fisher_88. Sorry for the trouble!'],
    ['en', 'Hello again, please ignore my previous email, I changed my mind and want to keep my data. Account: jess_p_designs'],
    ['de', 'Hallo, ich habe es mir anders überlegt: ich möchte doch nicht, dass meine Daten gelöscht werden. Mein Konto @lena.brandt bleibt aktiv. Danke!'],
    ['es', 'Hola, finalmente no quiero que borren mis datos, sigo usando la app con mi cuenta @carmen.rios. Disculpen las molestias.'],
    ['fr', 'Bonjour, finalement je ne veux plus que vous supprimiez mes données, j\'ai changé d\'avis. Mon compte @julie.martin reste actif.'],
    ['it', 'Salve, ho cambiato idea: non voglio più che cancelliate i miei dati. Continuo a usare l\'app con @marco.bianchi_'],
    ['pl', 'Dzień dobry, jednak nie chcę usunięcia danych, zmieniłam zdanie. Dalej korzystam z konta @ola.nowak92.'],
    ['cs', 'Dobrý den, nakonec nechci, aby byla data smazána. Účet @petra.novakova dál používám, předchozí e-mail prosím neberte v úvahu.'],
    ['ro', 'Bună ziua, de fapt nu mai vreau să-mi ștergeți datele, m-am răzgândit. Contul meu @andrei.pop rămâne activ.'],
    ['pt', 'Olá, mudei de ideia, não quero mais que apaguem os meus dados. Continuo usando o app com @rafa.souza.'],
    ['nl', 'Hallo, ik ben van gedachten veranderd, ik wil toch niet dat mijn gegevens verwijderd worden. Mijn account @sanne.devries blijft in gebruik.'],
    ['ru', 'Здравствуйте, я передумала, не надо удалять мои данные. Аккаунт @olga.petrova91 я продолжаю использовать.'],
  ])('%s: other', (_lang, text) => {
    const u = read(text, 'Re: Your data deletion request');
    expect(u.kind).toBe('other');
  });
});

describe('refusing any deletion while asking about something else asks for nothing', () => {
  it.each([
    ['no', 'Hei, jeg vil IKKE at dere sletter noe som helst på kontoen min, jeg bruker fortsatt appen (@mari.hansen på Instagram). Jeg har hørt at kontoer som ikke har logget inn på 90 dager blir slettet automatisk. Stemmer det?'],
    ['en', 'Hi there, to be clear I do NOT want you to delete anything, I still use the app daily (@chris.wong). I read that inactive accounts get wiped after 90 days, is that true?'],
    ['sv', 'Hej, jag vill INTE att ni raderar något alls, jag använder fortfarande appen (@elin.berg). Stämmer det att konton raderas efter 90 dagar utan inloggning?'],
    ['da', 'Hej, jeg ønsker IKKE at I sletter noget, jeg bruger stadig appen (@mads.jensen). Er det rigtigt at inaktive konti bliver slettet efter 90 dage?'],
    ['de', 'Hallo, ich möchte auf KEINEN Fall, dass Sie irgendetwas löschen, ich nutze die App weiterhin (@jonas.weber). Stimmt es, dass inaktive Konten nach 90 Tagen gelöscht werden?'],
  ])('%s: other', (_lang, text) => {
    expect(read(text).kind).toBe('other');
  });
});

describe('asking what a deletion would do, before deciding, asks for nothing yet', () => {
  it.each([
    ['he', 'שלום, לפני שאני מבקש משהו רציתי להבין - אם תמחקו את המידע שלי אצלכם, זה ימחק גם את הפוסטים שפרסמתי דרך האפליקציה באינסטגרם עצמו? או שהם נשארים? (@noa.levi)'],
    ['en', 'Quick question before I decide anything: if you delete my data, will my scheduled posts also disappear? My account is @sam.reed_art'],
    ['de', 'Hallo, eine Frage vorab: wenn Sie meine Daten löschen, werden dann auch meine geplanten Beiträge auf Instagram gelöscht? (@katrin.maier)'],
    ['fr', 'Bonjour, avant de me décider : si vous supprimez mes données, est-ce que mes publications Instagram disparaissent aussi ? Mon compte : @lea.dubois'],
    ['tr', 'Merhaba, karar vermeden önce sormak istiyorum: eğer verilerimi silerseniz Instagram\'daki gönderilerim de silinir mi? Hesabım @elif.kaya'],
    ['ar', 'مرحبا، قبل أن أقرر أريد أن أفهم: إذا حذفتم بياناتي هل ستحذف أيضا منشوراتي على إنستغرام؟ حسابي @omar.saleh'],
    ['es', 'Hola, antes de decidir nada: si borran mis datos, ¿se borran también mis publicaciones programadas? Mi cuenta es @lucia.gomez'],
  ])('%s: other', (_lang, text) => {
    expect(read(text).kind).toBe('other');
  });
});

describe('a turn to a wish now, or a condition that asks, stays a request', () => {
  it.each([
    ['en', 'I changed my mind about keeping it: please delete my data @nina.cole'],
    ['en', 'if you still have my data, please delete it, @nina.cole'],
    ['en', 'Before, I asked you not to delete it. Now please delete everything, @nina.cole'],
    ['de', 'Falls Sie noch Daten von mir haben, löschen Sie bitte alles. Mein Instagram: @nina.cole'],
    ['hu', 'Kérem, töröljék az összes adatomat. A fiókom: @nina.cole'],
    ['no', 'Hei, vennligst slett alle dataene mine. Brukernavn: @nina.cole'],
    ['en', 'If possible, could you delete my data? My Instagram: @nina.cole'],
    ['es', 'Hola, si es posible, ¿pueden borrar mis datos? Mi cuenta: @nina.cole'],
    ['pt', 'Se possível, vocês podem apagar os meus dados? Meu Instagram: @nina.cole'],
    ['de', 'Wenn möglich, löschen Sie bitte meine Daten. Mein Instagram: @nina.cole'],
  ])('%s: a request with the handle', (_lang, text) => {
    const u = read(text);
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe('nina.cole');
  });
});

describe('a denial followed by a clause of its own that asks stays for staff', () => {
  it.each([
    ['en', 'I did not ask for this, please delete my data. @nina.cole'],
  ])('%s: a possible request with the handle', (_lang, text) => {
    const u = read(text);
    expect(u.kind).toBe('possible_request');
  });
});
