/**
 * A mail written for a client, an employer or a boss: an agency, an assistant or a lawyer asks,
 * in the first person, to erase the data the app holds for that person's account ("on behalf of
 * our client we request deletion of all data your app holds for their Instagram account", "im
 * Auftrag unserer Kundin bitten wir um Löschung aller Daten ... zu deren Instagram-Konto"). The
 * data is the client's ("their", "deren"), never the writer's, and the request is still one: the
 * handle to erase is the client's, never the agency's own in its signature, and the confirmation
 * goes to the address the words give for the client.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const SENDER = 'office@agency.example.org';
const read = (text: string, subject = 'Anfrage / request') => understand(personMail(text, subject, { from: SENDER }), READER_OPTS);

type Case = [lang: string, text: string, handle: string, confirmation: string];

const REQUESTS: Case[] = [
  ['de', `Sehr geehrtes PickrTech-Team,

im Auftrag unseres Mandanten, dem Café Sonnenschein, ersuchen wir um die Löschung sämtlicher Daten, welche Ihre App zu dessen Instagram-Profil gespeichert hat. Der Mandant hat die Zusammenarbeit mit uns beendet.
Instagram: @cafe_sonnenschein_koeln
Die Bestätigung schicken Sie bitte direkt an den Mandanten: kontakt@cafe-sonnenschein.de

Mit freundlichen Grüßen
Lisa Brandt
Brandt Social Media Agentur
Instagram: @brandt_social`, 'cafe_sonnenschein_koeln', 'kontakt@cafe-sonnenschein.de'],
  ['en', `Hi there,

we're writing on behalf of our client Greenleaf Yoga Studio - pls delete all the data your app has stored for their instagram account, they've ended their contract with us.
Instagram: @greenleafyoga_leeds
Please send the confirmation straight to the client: studio@greenleafyoga.co.uk

Cheers,
Max Hunt
Hunt & Co Social
Instagram: @huntco.social`, 'greenleafyoga_leeds', 'studio@greenleafyoga.co.uk'],
  ['en', `Hello, I'm the personal assistant of Mr. Patel and I'm writing on behalf of my boss. He would like all data your app holds on his Instagram account to be deleted. His handle: @raj.patel.official
Please confirm to his address rpatel@patel-holdings.com
Thanks, Emma`, 'raj.patel.official', 'rpatel@patel-holdings.com'],
  ['fr', `Bonjour,

au nom de notre cliente, la boulangerie Dupain, nous vous demandons de supprimer toutes les donnees que votre appli a enregistrees pour son compte Instagram. Elle a mis fin a notre collaboration.
Instagram : @boulangerie_dupain
Merci d'envoyer la confirmation directement a la cliente : contact@dupain.fr

Cordialement,
Agence Pixel Rose
Instagram : @pixelrose.agence`, 'boulangerie_dupain', 'contact@dupain.fr'],
  ['es', `Hola equipo de PickrTech:

En nombre de nuestro cliente, Taller Ruiz, les pedimos que borren todos los datos que su app tiene guardados de su cuenta de Instagram. El cliente ya no trabaja con nosotros.
Instagram: @taller_ruiz_sevilla
La confirmacion envienla directamente al cliente: info@tallerruiz.es

Saludos,
Marta Gil - Agencia Brillo
Instagram: @agenciabrillo`, 'taller_ruiz_sevilla', 'info@tallerruiz.es'],
  ['it', `Buongiorno,
per conto del nostro cliente, la Pizzeria da Gino, vi chiediamo di cancellare tutti i dati che la vostra app ha salvato sul suo account Instagram. Il cliente ha chiuso il contratto con noi.
Instagram: @pizzeriadagino_na
Mandate la conferma direttamente al cliente: gino@pizzeriadagino.it

Cordiali saluti
Studio Social Vela
Instagram: @studiovela`, 'pizzeriadagino_na', 'gino@pizzeriadagino.it'],
  ['nl', `Beste PickrTech,

namens onze klant, Fietsenmaker De Vries, vragen wij u alle gegevens te verwijderen die uw app over zijn Instagram-account heeft opgeslagen. De klant werkt niet meer met ons samen.
Instagram: @fietsen_devries
Stuur de bevestiging graag rechtstreeks naar de klant: info@fietsendevries.nl

Met vriendelijke groet,
Bureau Zonnig
Instagram: @bureauzonnig`, 'fietsen_devries', 'info@fietsendevries.nl'],
  ['pt', `Ola,
em nome do nosso cliente, a Padaria Estrela, pedimos que apaguem todos os dados que o vosso app guardou da conta de Instagram dele. O cliente encerrou o contrato conosco.
Instagram: @padaria.estrela
Enviem a confirmacao diretamente ao cliente: contato@padariaestrela.com.br

Abracos,
Agencia Lume
Instagram: @agencialume`, 'padaria.estrela', 'contato@padariaestrela.com.br'],
  ['pl', `Dzien dobry,
w imieniu naszego klienta, Kwiaciarni Roza, prosimy o usuniecie wszystkich danych, ktore Panstwa aplikacja przechowuje o jego koncie na Instagramie. Klient zakonczyl z nami wspolprace.
Instagram: @kwiaciarnia_roza
Potwierdzenie prosimy wyslac bezposrednio do klienta: biuro@kwiaciarniaroza.pl

Pozdrawiamy,
Agencja Fala
Instagram: @agencjafala`, 'kwiaciarnia_roza', 'biuro@kwiaciarniaroza.pl'],
  ['tr', `Merhaba,
müvekkilimiz Demir Kuaför adına, uygulamanızın onun Instagram hesabı için sakladığı tüm verilerin silinmesini rica ediyoruz. Müvekkilimiz bizimle çalışmayı bıraktı.
Instagram: @demirkuafor_izmir
Onayı doğrudan müvekkilimize gönderin: iletisim@demirkuafor.com

Saygılarımızla,
Avukat Selin Kaya
Instagram: @av.selinkaya`, 'demirkuafor_izmir', 'iletisim@demirkuafor.com'],
  ['ru', `Здравствуйте!
От имени нашего клиента, кофейни «Зерно», просим удалить все данные, которые ваше приложение хранит о его аккаунте в Instagram. Клиент прекратил сотрудничество с нами.
Instagram: @zerno_coffee_msk
Подтверждение пришлите, пожалуйста, напрямую клиенту: hello@zerno-coffee.ru

С уважением,
Агентство «Пиксель»
Instagram: @pixel.agency.ru`, 'zerno_coffee_msk', 'hello@zerno-coffee.ru'],
  ['zh', `您好，
我们代表客户"小林花店"，请删除你们的应用为其Instagram账号保存的所有数据。客户已经和我们结束合作。
Instagram: @xiaolin_flowers
请把确认邮件直接发给客户：xiaolin@flowers.cn

此致
星光传媒
Instagram: @xingguang.media`, 'xiaolin_flowers', 'xiaolin@flowers.cn'],
  ['de', `Hallo, im Auftrag unserer Kundin bitten wir Sie, alle Daten zu deren Instagram-Konto zu löschen. Insta der Kundin: @kosmetik_anna_bremen
Bestätigung bitte direkt an anna@kosmetik-anna.de
LG, Team Lichtblick (Instagram: @lichtblick.media)`, 'kosmetik_anna_bremen', 'anna@kosmetik-anna.de'],
  ['de', `Moin, wir schreiben im Namen unseres Kunden: Löscht bitte alles, was eure App zu seinem Insta gespeichert hat. Insta vom Kunden: @surfschule_sylt_
Bestätigung bitte an den Kunden selbst: info@surfschule-sylt.de
Gruß, Nordlicht Media
Instagram: @nordlicht.media`, 'surfschule_sylt_', 'info@surfschule-sylt.de'],
  ['fr', `Bonjour, je vous écris au nom de mon employeur, M. Garnier. Pourriez-vous effacer toutes ses données liées à son compte Instagram @garnier.immo ? Merci d'envoyer la confirmation à m.garnier@garnier-immo.fr`, 'garnier.immo', 'm.garnier@garnier-immo.fr'],
  ['es', `Hola, escribo en nombre de nuestra clienta, Floristeria Luna: les pedimos borrar todos sus datos de su app. Instagram: @floristerialuna. Confirmen a luna@floristerialuna.es`, 'floristerialuna', 'luna@floristerialuna.es'],
  ['it', `Buongiorno, scrivo per conto del mio capo: vi chiedo di eliminare tutti i suoi dati dalla vostra app. Il suo Instagram: @marco.ferri.arch. Conferma a m.ferri@ferriarchitetti.it`, 'marco.ferri.arch', 'm.ferri@ferriarchitetti.it'],
  ['sv', `Hej! På uppdrag av vår kund, Café Kanel, ber vi er radera all data som er app har sparat om kundens Instagramkonto. Kundens Instagram: @cafekanel_gbg
Skicka bekräftelsen direkt till kunden: hej@cafekanel.se
Mvh Byrå Solsken
Instagram: @byrasolsken`, 'cafekanel_gbg', 'hej@cafekanel.se'],
  ['hu', `Üdvözlöm! Ügyfelünk nevében kérjük, töröljék az alkalmazásuk által az Instagram-fiókjáról tárolt összes adatot. Az ügyfél Instagramja: @pekseg_budapest
A visszaigazolást közvetlenül az ügyfélnek küldjék: info@pekseg.hu
Üdv, Napfény Ügynökség
Instagram: @napfeny.ugynokseg`, 'pekseg_budapest', 'info@pekseg.hu'],
  ['ja', `お世話になっております。クライアントに代わってご連絡いたします。クライアントのインスタ @hanaya_sakura_tokyo に関して御社アプリが保存しているデータをすべて削除してください。確認メールはクライアント宛にお願いします: info@hanaya-sakura.jp
株式会社ミライ広告
Instagram: @mirai.koukoku`, 'hanaya_sakura_tokyo', 'info@hanaya-sakura.jp'],
  ['ko', `안녕하세요, 저희 고객을 대신하여 연락드립니다. 고객의 인스타그램 계정 @cafe_haru_seoul 에 대해 앱이 저장한 데이터를 모두 삭제해 주세요. 확인 메일은 고객에게 직접 보내주세요: haru@cafeharu.kr
마케팅 에이전시 봄
Instagram: @bom.agency`, 'cafe_haru_seoul', 'haru@cafeharu.kr'],
  ['tr', `Selam, müşterimiz adına yazıyoruz: uygulamanızın onun hesabı hakkında tuttuğu tüm verileri silmenizi rica ediyoruz. Müşterimizin Instagram'ı: @kahve_duragi_ank
Onayı müşteriye gönderin lütfen: info@kahveduragi.com
Ajans Mavi
Instagram: @ajansmavi`, 'kahve_duragi_ank', 'info@kahveduragi.com'],
];

describe('a request written for a client or an employer asks to erase that person\'s data', () => {
  it.each(REQUESTS)('%s: the client\'s handle and address', (_lang, text, handle, confirmation) => {
    const u = read(text);
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe(handle);
    expect(u.confirmationEmail).toBe(confirmation);
    expect(u.confirmationSource).toBe('explicit');
  });
});

/** The employer's wish reported rather than asked ("my boss would like ... to be deleted"): never ignored, read as a request or sent to staff. */
const REPORTED: Case[] = [
  ['de', `Hallo zusammen,
ich bin die Assistentin von Herrn Dr. Keller und schreibe in seinem Auftrag: mein Chef möchte, dass alle Daten zu seinem Instagram-Konto aus Ihrer App gelöscht werden. Sein Insta: @dr.keller.zahnarzt
Bestätigung bitte an praxis@keller-zahn.de
Viele Grüße, Jana Roth`, 'dr.keller.zahnarzt', 'praxis@keller-zahn.de'],
  ['es', `Buenas, soy la secretaria del Sr. Navarro y le escribo de parte de mi jefe. El quiere que borren todos los datos de su cuenta de Instagram de la app. Su usuario: @navarro.abogados
Por favor manden la confirmacion a jnavarro@navarroabogados.es`, 'navarro.abogados', 'jnavarro@navarroabogados.es'],
];

describe('an employer\'s wish passed on by an assistant is never ignored', () => {
  it.each(REPORTED)('%s: the employer\'s handle and address', (_lang, text, handle, confirmation) => {
    const u = read(text);
    expect(['deletion_request', 'possible_request']).toContain(u.kind);
    expect(u.instagramUsername).toBe(handle);
    expect(u.confirmationEmail).toBe(confirmation);
  });
});

describe('guards: mail about clients that asks nothing of their data stays as it is read', () => {
  it.each([
    ['de', 'Hallo! Wir helfen Agenturen, die Daten ihrer Kunden aus allen Apps zu löschen. Im Auftrag unserer Kunden haben wir schon 5.000 Konten gelöscht. Jetzt Demo buchen: https://loeschprofi.example.com'],
    ['en', 'Hi, on behalf of our client @sunny.bakery: please delete my client\'s photos from your latest post, they were used without permission.'],
    ['fr', 'Bonjour, au nom de notre cliente @atelier.lune, merci de supprimer les photos de notre cliente de votre dernière publication.'],
    ['fr', 'Bonjour, nous avons supprimé toutes les données de notre cliente hier, merci.'],
    ['de', 'Im Auftrag unserer Kundin: wie lange speichern Sie die Daten zu deren Instagram-Konto, bevor sie gelöscht werden?'],
    ['en', 'On behalf of our client, how long do you keep data for their account before it is deleted?'],
  ])('%s: no request', (_lang, text) => {
    expect(read(text, 'Hello').kind).toBe('other');
  });

  it('en: a pitch to delete clients\' data is never read as a complete request', () => {
    const u = read('Hi! We help agencies delete data of their clients from every app in one click. On behalf of our clients we already erased 10,000 accounts. Book a call: https://erasepro.example.com/demo', 'Hello');
    expect(u.kind).not.toBe('deletion_request');
    expect(u.instagramUsername).toBeNull();
  });

  it.each([
    ['en', 'My client @rosie.bakes told me about your app. Please delete my data, my own account is @tom.writes_', 'tom.writes_'],
    ['de', 'Meine Kundin @lena.yoga_ hat mir von eurer App erzählt. Bitte löscht meine Daten, mein Konto: @jan.fotografie', 'jan.fotografie'],
  ])('%s: a client\'s handle in a mail written for nobody is never the writer\'s', (_lang, text, own) => {
    const u = read(text, 'Data');
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe(own);
  });

  it('a request on behalf of a relative keeps its reading', () => {
    const u = read('Writing on behalf of my father: please delete all of his data from the app. My father\'s Instagram is @george.hill_60', 'Data');
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe('george.hill_60');
  });
});
