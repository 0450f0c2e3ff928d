/**
 * The only deletion a mail speaks of is someone else's or a past one, and the writer says not to
 * delete: a phishing mail "supposedly from you" announcing that the data will be deleted within
 * 24h (often forwarded below), someone bragging that they send deletion requests in other
 * people's names, a brother who wrote "without my permission", the writer's own request of
 * yesterday taken back. Nothing is asked: no request, no handle suggested.
 *
 * The other side: a writer who, in their own first person, asks for the deletion and then holds
 * it back on a condition ("... if so, better don't delete anything yet. Tell me what's best") is
 * not ignored: staff decide, with the handle found.
 *
 * Guards: a plain refusal, a plain request, a request that spares the Instagram account itself,
 * and a deletion put off to June keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = '') => understand(personMail(text, subject), READER_OPTS);

describe('another\'s ask or announcement, or a past ask taken back, refused by the writer: no request', () => {
  it.each([
    ['pt', 'Apagar dados??', 'Olá, recebi um e-mail supostamente vosso a dizer que os dados da minha conta @rita.fonseca_21 vão ser apagados dentro de 24h se eu não clicar num link. Isto é verdade? NÃO quero que apaguem nada!!\n\n---------- Mensagem encaminhada ----------\nDe: PickrTech Suporte <suporte@pickr-tech-verify.com>\nAssunto: Aviso final\n\nCaro utilizador, os dados da sua conta serão eliminados em 24 horas. Clique aqui para confirmar.'],
    ['pt', '', 'Boa tarde. Recebi um email que diz ser da vossa empresa, a avisar que os dados da minha conta @joao.meireles vão ser apagados hoje se eu não confirmar a palavra-passe. Parece-me burla. Por favor não apaguem nada, continuo a usar a aplicação.'],
    ['es', '', 'hola me llegó un correo que dice ser de ustedes diciendo que los datos de mi cuenta @vale.ortiz_3 se van a borrar en 24 horas si no hago clic en un enlace. es real?? NO quiero que borren nada'],
    ['pl', '', 'Dzień dobry, dostałam maila rzekomo od Was, że dane mojego konta @ola.wisniewska_5 zostaną usunięte w ciągu 24 godzin, jeśli nie kliknę w link. Czy to prawda? NIE chcę, żebyście cokolwiek usuwali!'],
    ['ro', 'Atenție', 'Bună ziua, am văzut pe un grup pe cineva care se lăuda că trimite cereri de ștergere a datelor în numele altora. Vă rog să NU ștergeți datele contului meu @andrei.pop_77! Dacă primiți o cerere pentru el, nu este de la mine.'],
    ['it', '', 'Buongiorno, ho visto uno che si vantava di mandare richieste di cancellazione dei dati a nome di altri. Per favore NON cancellate i dati del mio account @giulia.conti_31. Se vi arriva una richiesta, non è mia.'],
    ['fi', '', 'Hei, näin jonkun kehuskelevan, että hän lähettää tietojen poistopyyntöjä muiden nimissä. Älkää poistako tilini @aino.virtanen_8 tietoja! Jos saatte pyynnön siitä, se ei ole minulta.'],
    ['id', 'Jangan hapus', 'Halo, adik saya kemarin kirim email ke kalian minta hapus data IG @rizky.pratama_2 tanpa izin saya. Tolong JANGAN hapus apa-apa. Abaikan saja permintaan itu.'],
    ['en', '', 'My brother emailed you yesterday asking to delete the data of @sam.cole_55 without my permission. Please do NOT delete anything, ignore that request.'],
    ['fr', '', 'Bonjour, mon frère vous a écrit hier pour demander la suppression des données de @hugo.lefevre_6 sans mon accord. Merci de ne RIEN supprimer et d\'ignorer cette demande.'],
    ['sv', '', 'Hej! Min bror mejlade er igår och bad er radera datan för @elsa.lund_4 utan min tillåtelse. Radera INGENTING, strunta i den begäran.'],
    ['he', '', 'שלום, שלחתי לכם אתמול בקשה למחוק את הנתונים של noa.cohen_1. טעות שלי, התכוונתי לבטל מנוי במקום אחר. אני עדיין משתמשת באפליקציה, אז בבקשה תבטלו את הבקשה ואל תמחקו כלום'],
    ['ro', '', 'Bună, ieri v-am trimis o cerere de ștergere a datelor pentru @ioana.marin_2. Greșeala mea, voiam să anulez un abonament în altă parte. Încă folosesc aplicația, vă rog anulați cererea și nu ștergeți nimic.'],
    ['el', '', 'Γεια σας, χθες σας έστειλα αίτημα να διαγράψετε τα δεδομένα του @nikos.papas_6. Λάθος μου, ήθελα να ακυρώσω μια συνδρομή αλλού. Χρησιμοποιώ ακόμα την εφαρμογή, παρακαλώ ακυρώστε το αίτημα και μη διαγράψετε τίποτα.'],
    ['da', '', 'Hej, jeg sendte jer i går en anmodning om at slette dataene for @freja.holm_3. Min fejl, jeg ville opsige et abonnement et andet sted. Jeg bruger stadig appen, så annuller venligst anmodningen og slet ikke noget.'],
  ])('%s #%#', (_lang, subject, text) => {
    const u = read(text, subject);
    expect(u.kind).toBe('other');
    expect(u.instagramUsername).toBeNull();
  });
});

describe('a first-person wish held back on a condition goes to staff with the handle', () => {
  it.each([
    ['ro', 'Bună ziua, vreau să ștergeți datele mele din aplicație pentru @cristina.dumitru_4 ... stați, dacă le ștergeți pierd postările programate pentru mai? Dacă da, mai bine nu ștergeți nimic încă, voiam doar să schimb contul conectat. Spuneți-mi ce e mai bine.', 'cristina.dumitru_4'],
    ['fi', 'Haluaisin, että poistatte minun tietoni (instagram @sanna.koski_7), mutta en ole varma mitä silloin tapahtuu ajastetuille julkaisuille. Jos tietojen poisto tarkoittaa, että ne katoavat, niin älkää sittenkään poistako mitään vielä. Mitä suosittelette?', 'sanna.koski_7'],
    ['en', 'I\'d like you to delete my data for @tom.reed_3... wait, if you delete it do I lose my scheduled posts for May? If so better don\'t delete anything yet, I only wanted to switch the connected account. Tell me what\'s best.', 'tom.reed_3'],
    ['pl', 'Dzień dobry, chcę, żebyście usunęli moje dane (@marta.zielinska_3). Ale jeśli wtedy stracę zaplanowane posty na maj, to lepiej na razie nic nie usuwajcie. Co radzicie?', 'marta.zielinska_3'],
  ])('%s: possible request for %s', (_lang, text, handle) => {
    const u = read(text);
    expect(u.kind).toBe('possible_request');
    expect(u.instagramUsername).toBe(handle);
    expect(u.confirmationEmail).toBe('person@example.com');
  });
});

describe('near misses keep their reading', () => {
  it.each([
    ['a plain refusal', 'Please do not delete my data, I still use the app. @kate.moss_1', 'other', null],
    ['a plain refusal (ro)', 'Bună ziua, vă rog să nu ștergeți datele mele, încă folosesc aplicația. Contul meu este @ana.ionescu_2', 'other', null],
    ['a deletion put off to June', 'Don\'t delete my data yet, I\'ll write again in June. @kate.moss_1', 'other', null],
    ['a deletion put off to June (fi)', 'Hei, älkää poistako tietojani vielä, kirjoitan uudestaan kesäkuussa. @sanna.koski_7', 'other', null],
    ['a refusal on a condition with no wish of the writer\'s', 'If deleting my data means I lose my scheduled posts, then don\'t delete anything. @kate.moss_1', 'other', null],
    ['a plain request', 'Please delete my data. My Instagram is @john.doe_5', 'deletion_request', 'john.doe_5'],
    ['a plain request (ro)', 'Bună ziua, vă rog să ștergeți toate datele mele. Contul meu: @andrei.pop_77', 'deletion_request', 'andrei.pop_77'],
    ['a plain request (id)', 'Halo, tolong hapus semua data saya. IG: @rizky.pratama_2', 'deletion_request', 'rizky.pratama_2'],
    ['a plain request (fi)', 'Hei, poistakaa kaikki tietoni. Instagram: @sanna.koski_7', 'deletion_request', 'sanna.koski_7'],
    ['a request that spares Instagram itself', 'Please delete my data @jo.k_22, but do not delete my Instagram account itself', 'deletion_request', 'jo.k_22'],
    ['a request with a condition that refuses nothing', 'Please delete all my data. If you need anything else from me, let me know. My Instagram: @john.doe_5', 'deletion_request', 'john.doe_5'],
  ])('%s', (_name, text, kind, handle) => {
    const u = read(text);
    expect(u.kind).toBe(kind);
    expect(u.instagramUsername).toBe(handle);
  });
});
