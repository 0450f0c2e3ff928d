/**
 * A deletion request forwarded for a relative: the forwarder's own words ask for the relative in
 * the third person, often as a polite question ("Would you delete all her data?", "Willen jullie al
 * haar gegevens verwijderen?"), and the forwarded block below holds the relative's own words ("I
 * want them to remove my data", "my insta is x"). The handle may stand in either part; the
 * confirmation goes to the address the words ask for, else to the sender.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const SENDER = 'family.member@example.org';
const read = (text: string, subject: string) => understand(personMail(text, subject, { from: SENDER }), READER_OPTS);

type Case = [lang: string, subject: string, text: string, handle: string, confirmation: string];

/** A request with the relative's handle and the confirmation address the words ask for. */
const REQUESTS: Case[] = [
  ['en', 'Fwd: my data', `Hello, my mother asked me to forward this, she is not good with email. Her Instagram is @margaret.hale58. Would you delete all her data? Please confirm to her own address: margaret.hale58@example.net

---------- Forwarded message ---------
From: Margaret Hale <margaret.hale58@example.net>
Date: Mon, 7 Dec 2026 at 10:12
Subject: my data
To: Tom Hale <${SENDER}>

Tom, can you send this to that app company? I want them to remove my data. Thank you love, Mum`, 'margaret.hale58', 'margaret.hale58@example.net'],
  ['en', 'Fwd: that app', `Hi, my husband asked me to pass this on to you. Could you please delete his data?

Begin forwarded message:

From: David Clarke <david.clarke@example.com>
Date: 7 December 2026 at 09:20:11 GMT
To: Sarah Clarke <${SENDER}>
Subject: that app

Sarah, can you send them this? I want them to remove my data, my insta is dave_clarke_82`, 'dave_clarke_82', SENDER],
  ['nl', 'Fwd: gegevens', `Hoi, mijn moeder vroeg of ik dit kon doorsturen, zij is niet zo handig met mail. Haar Instagram is @riet.jansen57. Willen jullie al haar gegevens verwijderen?

---------- Doorgestuurd bericht ---------
Van: Riet Jansen <riet.jansen57@example.nl>
Datum: ma 7 dec 2026 om 09:40
Onderwerp: gegevens
Aan: Kees Jansen <${SENDER}>

Kees, kun jij dit even voor me regelen? Ik snap er niks van.`, 'riet.jansen57', SENDER],
  ['nl', 'gegevens van mijn moeder', `Goedemiddag, mijn moeder vroeg of ik dit kon doorsturen, ze heeft zelf geen computer. Haar Instagram is @truus.bakker61. Willen jullie al haar gegevens verwijderen? De bevestiging graag naar haar eigen adres: truus.bakker61@example.nl

Met vriendelijke groet,
Sanne Bakker`, 'truus.bakker61', 'truus.bakker61@example.nl'],
  ['de', 'WG: Daten', `Hallo, meine Oma hat mich gebeten, Ihnen ihre Nachricht weiterzuleiten. Würden Sie alle ihre Daten löschen?

---------- Weitergeleitete Nachricht ----------
Von: Gerda Wolf <gerda.wolf@example.de>
Datum: Mo., 7. Dez. 2026 um 08:55 Uhr
Betreff: Daten
An: Jonas Wolf <${SENDER}>

Lieber Jonas, kannst du das für mich erledigen? Ich kenne mich damit nicht aus. Mein Instagram ist gerda.wolf_41

Oma`, 'gerda.wolf_41', SENDER],
  ['de', 'WG: Löschung', `Guten Tag, mein Vater bittet mich, Ihnen seine Mail weiterzuleiten. Sein Instagram-Name ist @klaus.becker_56. Würden Sie bitte alle seine Daten löschen? Die Bestätigung bitte an seine Adresse: klaus.becker56@example.de

Von: Klaus Becker <klaus.becker56@example.de>
Gesendet: Montag, 7. Dezember 2026 09:03
An: Anja Becker <${SENDER}>
Betreff: Löschung

Anja, mach das bitte für mich, ich kenne mich damit nicht aus.`, 'klaus.becker_56', 'klaus.becker56@example.de'],
  ['fr', 'Tr: mes données', `Bonjour, mon père m'a demandé de vous transférer ce message, il n'est pas à l'aise avec les mails. Son Instagram est @bernard.roux52. Pourriez-vous supprimer toutes ses données ? Merci de confirmer à son adresse : bernard.roux52@example.fr

-------- Message transféré --------
Objet : mes données
Date : Mon, 7 Dec 2026 10:02:11 +0100
De : Bernard Roux <bernard.roux52@example.fr>
À : Luc Roux <${SENDER}>

Luc, tu peux t'en occuper ? Moi, je n'y comprends rien.`, 'bernard.roux52', 'bernard.roux52@example.fr'],
  ['es', 'RV: mis datos', `Hola, mi madre me pidió que les reenviara esto porque no se maneja con el correo. ¿Podrían borrar todos sus datos? Gracias.

________________________________
De: Carmen Ruiz <carmen.ruiz@example.es>
Enviado: lunes, 7 de diciembre de 2026 9:15
Para: Javier Ruiz <${SENDER}>
Asunto: mis datos

Javi, ¿me lo arreglas tú? Yo no entiendo nada de esto. Mi usuario de Instagram es carmen_ruiz_60`, 'carmen_ruiz_60', SENDER],
  ['ru', 'Fwd: данные', `Здравствуйте! Бабушка попросила переслать вам её письмо, она сама не умеет пользоваться почтой. Её Инстаграм — @valentina_petrova49. Не могли бы вы удалить все её данные?

-------- Пересылаемое сообщение --------
От: Валентина Петрова <v.petrova49@example.ru>
Дата: 07.12.2026, 10:20
Тема: данные
Кому: Саша <${SENDER}>

Саша, разберись с этим, пожалуйста, я в этом ничего не понимаю.`, 'valentina_petrova49', SENDER],
  ['no', 'Vs: dataene mine', `Hei, moren min ba meg videresende dette, hun er ikke så flink med e-post. Kan dere slette alle dataene hennes? Instagram-brukeren hennes er @solveig.berg55. Send bekreftelsen til henne: solveig.berg55@example.no

---------- Videresendt melding ---------
Fra: Solveig Berg <solveig.berg55@example.no>
Dato: man. 7. des. 2026 kl. 09:30
Emne: dataene mine
Til: Ola Berg <${SENDER}>

Ola, kan du ordne dette for meg? Jeg skjønner ingenting.`, 'solveig.berg55', 'solveig.berg55@example.no'],
  ['th', 'Fwd: ข้อมูล', `สวัสดีครับ คุณแม่ขอให้ผมส่งต่ออีเมลนี้ให้ เพราะท่านใช้อีเมลไม่เป็น รบกวนช่วยลบข้อมูลทั้งหมดของคุณแม่ได้ไหมครับ

---------- ข้อความที่ส่งต่อ ---------
จาก: สมศรี ใจดี <somsri.j@example.co.th>
วันที่: 7 ธ.ค. 2026 10:00
เรื่อง: ข้อมูล
ถึง: <${SENDER}>

ฉันต้องการให้ลบข้อมูลของฉัน ไอจีของฉันคือ somsri_jaidee58`, 'somsri_jaidee58', SENDER],
  ['tr', 'İlt: verilerim', `Merhaba, annem bu iletiyi size iletmemi istedi, e-postayla arası iyi değil. Instagram hesabı @ayse.yilmaz56. Tüm verilerini silebilir misiniz? Onayı kendi adresine gönderin: ayse.yilmaz56@example.com.tr

---------- İletilen ileti ---------
Gönderen: Ayşe Yılmaz <ayse.yilmaz56@example.com.tr>
Tarih: 7 Ara 2026 Pzt 10:05
Konu: verilerim
Kime: <${SENDER}>

Mehmet, bunu onlara gönderir misin? Verilerimin silinmesini istiyorum.`, 'ayse.yilmaz56', 'ayse.yilmaz56@example.com.tr'],
  ['pl', 'PD: moje dane', `Dzień dobry, siostra poprosiła mnie o przesłanie tej wiadomości. Bardzo proszę o usunięcie wszystkich jej danych.

---------- Przekazana wiadomość ---------
Od: Anna Nowak <anna.nowak@example.pl>
Data: pon., 7 gru 2026 o 11:04
Temat: moje dane
Do: <${SENDER}>

Cześć, załatw to proszę za mnie, ja się na tym nie znam. Mój login na Instagramie to anna_nowak_95`, 'anna_nowak_95', SENDER],
  ['it', 'I: dati', `Buongiorno, mio marito mi ha chiesto di inoltrarvi questo messaggio. Il suo Instagram è @marco.ferri_71. Potreste cancellare tutti i suoi dati? Vi prego di confermare al suo indirizzo: marco.ferri71@example.it

---------- Messaggio inoltrato ---------
Da: Marco Ferri <marco.ferri71@example.it>
Date: lun 7 dic 2026 alle ore 09:12
Subject: dati
To: Giulia Ferri <${SENDER}>

Giulia, puoi pensarci tu? Io non ci capisco niente.`, 'marco.ferri_71', 'marco.ferri71@example.it'],
  ['pt', 'Fwd: os meus dados', `Olá, a minha avó pediu-me para reencaminhar isto, ela não percebe nada de email. Podem apagar todos os dados dela?

---------- Mensagem encaminhada ---------
De: Maria Santos <maria.santos@example.pt>
Date: seg., 7/12/2026 às 10:40
Subject: os meus dados
To: <${SENDER}>

Podes tratar disto por mim? Eu não percebo nada disto. O meu Instagram é maria_santos_47`, 'maria_santos_47', SENDER],
  ['sv', 'VB: mina uppgifter', `Hej, min pappa bad mig vidarebefordra det här, han är inte så van vid mejl. Hans Instagram är @lars.lindqvist59. Kan ni radera alla hans uppgifter?

---------- Vidarebefordrat meddelande ---------
Från: Lars Lindqvist <lars.l59@example.se>
Datum: mån 7 dec. 2026 09:44
Ämne: mina uppgifter
Till: Erik Lindqvist <${SENDER}>

Erik, kan du fixa det här åt mig? Jag begriper mig inte på sånt.`, 'lars.lindqvist59', SENDER],
  ['ja', 'Fwd: データ', `お世話になっております。母に頼まれて、母のメールを転送します。母はメールが苦手です。母のインスタグラムは @keiko.tanaka57 です。母のデータをすべて削除していただけますか。

---------- Forwarded message ---------
From: 田中恵子 <keiko.tanaka57@example.jp>
Date: 2026年12月7日(月) 10:00
Subject: データ
To: <${SENDER}>

私のデータを削除してほしいです。`, 'keiko.tanaka57', SENDER],
];

describe('a request forwarded for a relative is read with the relative\'s handle', () => {
  it.each(REQUESTS)('%s: %s', (_lang, subject, text, handle, confirmation) => {
    const u = read(text, subject);
    expect(u.instagramUsername).toBe(handle);
    expect(u.kind).toBe('deletion_request');
    expect(u.confirmationEmail).toBe(confirmation);
  });
});

describe('forwarded mail that asks nothing for a relative keeps its reading', () => {
  it('a forwarded newsletter about deleting data asks nothing', () => {
    const u = read(`FYI, thought this was interesting.

---------- Forwarded message ---------
From: Privacy Weekly <news@privacyweekly.example>
Date: Mon, 7 Dec 2026 at 07:00
Subject: This week: clean up your apps
To: <${SENDER}>

This week: five apps that quietly keep your data, and how to ask them to delete it. Follow us on Instagram @privacyweekly for more tips.`, 'Fwd: This week: clean up your apps');
    expect(u.kind).toBe('other');
    expect(u.instagramUsername).toBeNull();
  });

  it('a forwarded mail of a stranger with no ask is no request', () => {
    const u = read(`Is this one of yours? Someone I do not know sent me this.

---------- Forwarded message ---------
From: Jade <jade.unknown@example.com>
Date: Sun, 6 Dec 2026 at 22:10
Subject: hey
To: <${SENDER}>

hey!! my insta is jade.unknown_07, follow me back xx`, 'Fwd: hey');
    expect(u.kind).toBe('other');
  });

  it('a question about a woman\'s data, passed on for nobody, asks nothing', () => {
    const u = read('Hoe kunnen jullie haar gegevens verwijderen als zij geen account meer heeft?', 'Vraag');
    expect(u.kind).toBe('other');
  });

  it('a forward that names a relative only inside the forwarded newsletter ("stuur dit door naar je moeder") speaks for nobody', () => {
    const u = read(`Kijk eens.

---------- Doorgestuurd bericht ---------
Van: App Nieuws <nieuws@appnieuws.example>
Datum: ma 7 dec 2026 om 07:00
Onderwerp: Tips
Aan: <${SENDER}>

Stuur dit door naar je moeder! Zij vraagt zich vast af: kunnen jullie al haar gegevens verwijderen? Onze gids legt het uit.`, 'Fwd: Tips');
    expect(['deletion_request', 'incomplete_request']).not.toContain(u.kind);
  });

  it('a person forwarding their own earlier request is read as their request', () => {
    const u = read(`I sent this last week and have heard nothing yet.

---------- Forwarded message ---------
From: Kim Berg <${SENDER}>
Date: Mon, 30 Nov 2026 at 18:02
Subject: Delete my data
To: <contact@pickrtech.com>

Please delete all my data. My Instagram is @kim.berg_90`, 'Fwd: Delete my data');
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe('kim.berg_90');
    expect(u.confirmationEmail).toBe(SENDER);
  });

  it.each([
    ['en', 'Fwd: the app', `My mother asked me to forward this to you.

---------- Forwarded message ---------
From: Ruth Klein <ruth.klein55@example.net>
Date: Mon, 7 Dec 2026 at 10:12
Subject: the app
To: <${SENDER}>

Please do not delete my data, I still use the app every day. My Instagram is @ruth.klein55`],
    ['nl', 'Fwd: de app', `Mijn moeder vroeg of ik dit kon doorsturen.

---------- Doorgestuurd bericht ---------
Van: Riet Jansen <riet.jansen57@example.nl>
Datum: ma 7 dec 2026 om 09:40
Onderwerp: de app
Aan: <${SENDER}>

Verwijder mijn gegevens alsjeblieft niet, ik gebruik de app nog. Mijn Instagram is @riet.jansen57`],
  ])('%s: a forwarded block that says "do not delete" is no request', (_lang, subject, text) => {
    const u = read(text, subject);
    expect(['deletion_request', 'incomplete_request']).not.toContain(u.kind);
  });
});
