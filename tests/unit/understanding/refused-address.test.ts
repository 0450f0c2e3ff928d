/**
 * An address the person refuses in the words ("Ikke send noe til x", "nicht mehr an x", "No
 * escriban a x", "not to my old address x") is never where to confirm; the address they ask for
 * instead is (explicit). A refusal of writing to an address takes back no deletion.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string) => understand(personMail(text, 'Data', { from: 'writer@example.org' }), READER_OPTS);

describe('a refused address is never the confirmation address', () => {
  it.each([
    ['no', 'Hei! Slett alt dere har om meg, brukernavn: sindre_aas. Ikke send noe til sindre.aas@online.no, den kontoen bruker jeg ikke lenger. Send bekreftelsen til sindre.aas@proton.me', 'sindre.aas@proton.me'],
    ['de', 'Bitte löschen Sie alle meine Daten, Instagram: lukas.brandt7. Bitte nicht mehr an lukas.b@t-online.de schreiben, das Postfach nutze ich nicht mehr. Die Bestätigung bitte an lukas.brandt@posteo.de', 'lukas.brandt@posteo.de'],
    ['es', 'Hola, borren todos mis datos, mi usuario es marta.gil_88. No escriban a marta88@terra.es, ya no la uso. Envíen la confirmación a marta.gil@proton.me', 'marta.gil@proton.me'],
    ['pl', 'Proszę usunąć moje dane, login: kuba.lis_4. Nie piszcie na kuba.lis@interia.pl, już z niego nie korzystam. Potwierdzenie proszę wysłać na jakub.lis@proton.me', 'jakub.lis@proton.me'],
    ['fr', 'Merci de supprimer toutes mes données, compte : chloe.roux_3. N\'écrivez pas à chloe.r@free.fr, je ne l\'utilise plus. Envoyez la confirmation à chloe.roux@proton.me', 'chloe.roux@proton.me'],
    ['it', 'Vi prego di cancellare i miei dati, account: dario.conti_5. Non scrivete a dario.c@tiscali.it, non lo uso più. Mandate la conferma a dario.conti@proton.me', 'dario.conti@proton.me'],
    ['nl', 'Verwijder alstublieft al mijn gegevens, gebruikersnaam: femke.bos_2. Stuur niets naar femke.bos@ziggo.nl, dat adres gebruik ik niet meer. Bevestiging graag naar femke.bos@proton.me', 'femke.bos@proton.me'],
    ['sv', 'Radera alla mina uppgifter, användarnamn: nils.ek_6. Skicka inget till nils.ek@telia.com, den använder jag inte längre. Skicka bekräftelsen till nils.ek@proton.me', 'nils.ek@proton.me'],
    ['pt', 'Por favor apaguem os meus dados, usuário: rui.neves_9. Não enviem nada para rui.neves@sapo.pt, já não uso esse e-mail. Enviem a confirmação para rui.neves@proton.me', 'rui.neves@proton.me'],
    ['he', 'אנא מחקו את המידע שלי, שם משתמש: shira.katz_3. אל תשלחו ל-shira.k@walla.co.il, אני כבר לא משתמשת בה. שלחו אישור ל-shira.katz@proton.me', 'shira.katz@proton.me'],
    ['ar', 'الرجاء حذف بياناتي، اسم المستخدم: yousef.ali_7. لا ترسلوا إلى yousef.a@hotmail.com، لم أعد أستخدمه. أرسلوا التأكيد إلى yousef.ali@proton.me', 'yousef.ali@proton.me'],
    ['id', 'Tolong hapus data saya, username: bayu.putra_1. Jangan kirim ke bayu.p@yahoo.co.id, saya sudah tidak pakai. Kirim konfirmasi ke bayu.putra@proton.me', 'bayu.putra@proton.me'],
    ['ru', 'Пожалуйста, удалите мои данные, ник: oleg.sokol_2. Не пишите на oleg.s@mail.ru, я им больше не пользуюсь. Подтверждение пришлите на oleg.sokol@proton.me', 'oleg.sokol@proton.me'],
    ['en', 'Please delete my data, Instagram: amy.lowe_4. Send the confirmation not to my old address amy.l@aol.com but to amy.lowe@proton.me', 'amy.lowe@proton.me'],
    ['de', 'Bitte löschen Sie meine Daten, Instagram: jonas.k_3. Die Bestätigung bitte nicht an jonas.k@web.de, sondern an jonas.krause@proton.me', 'jonas.krause@proton.me'],
  ])('%s: the other address, as the person gave it', (_lang, text, address) => {
    const u = read(text);
    expect(u.kind).toBe('deletion_request');
    expect(u.confirmationEmail).toBe(address);
    expect(u.confirmationSource).toBe('explicit');
  });
});

describe('an address asked for stays where to confirm', () => {
  it.each([
    ['pl', 'Proszę usunąć moje dane, login: kuba.lis_4. Proszę wysłać potwierdzenie na adres kuba.lis@proton.me', 'kuba.lis@proton.me'],
    ['nl', 'Verwijder mijn gegevens, gebruikersnaam: femke.bos_2. Stuur de bevestiging nu naar femke.bos@proton.me', 'femke.bos@proton.me'],
    ['sv', 'Radera mina uppgifter, användarnamn: nils.ek_6. Skicka bekräftelsen till min e-post nils.ek@proton.me', 'nils.ek@proton.me'],
    ['de', 'Bitte löschen Sie meine Daten, Instagram: lukas.brandt7. Gmail nutze ich nicht mehr, bitte antworten Sie an lukas.brandt@posteo.de', 'lukas.brandt@posteo.de'],
    ['no', 'Slett dataene mine, brukernavn: sindre_aas. Jeg bruker ikke Gmail lenger. Send bekreftelsen til sindre.aas@proton.me', 'sindre.aas@proton.me'],
    ['es', 'Borren mis datos, usuario: marta.gil_88. No tengo acceso al correo del trabajo, así que envíen la confirmación a marta.gil@proton.me', 'marta.gil@proton.me'],
    ['fr', 'Merci de supprimer mes données, compte : chloe.roux_3. N\'hésitez pas à me contacter à chloe.roux@proton.me pour la confirmation.', 'chloe.roux@proton.me'],
    ['it', 'Cancellate i miei dati, account: dario.conti_5. Non esitate a scrivermi a dario.conti@proton.me per la conferma.', 'dario.conti@proton.me'],
    // The verb after the address: the negation before it is an earlier clause's.
    ['hi-Latn', 'Mera sara data delete kar do please, insta id: priya_k22. Gmail ab nahi chalta yeh wala priya.k@proton.me pe confirmation bhejna', 'priya.k@proton.me'],
  ])('%s', (_lang, text, address) => {
    const u = read(text);
    expect(u.confirmationEmail).toBe(address);
    expect(u.confirmationSource).toBe('explicit');
  });
});
