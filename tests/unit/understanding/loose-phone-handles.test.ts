/**
 * The handle and the confirmation address written loosely, as people type on a phone or tell a
 * long story: "insta is jaydenfitzz 🙏", "mon insta cest lea_mrtn", "Nama akunnya: x", the handle
 * between "Instagramアカウント" and "の", the current handle beside the old one, and the
 * address to confirm to written in the subject. Common words after "insta is" ("down",
 * "private") and a person's name ("nama saya Hendra") name no handle; a subject that only names
 * someone's address ("Fwd: from x@y") asks for no confirmation there.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'data') => understand(personMail(text, subject, { from: 'sender.box@example.org' }), READER_OPTS);

describe('a handle written loosely is read', () => {
  it.each([
    ['en', 'yo can u delete my data from ur app i dont use it anymore. insta is jaydenfitzz 🙏', 'jaydenfitzz'],
    ['en', 'hey pls delete all my data from ur app\nmy ig is kaylabrooks', 'kaylabrooks'],
    ['en', 'can u remove my data from the app asap thx. insta - tyleroconnor', 'tyleroconnor'],
    ['en', 'Hi! Long story short, I connected your app ages ago and forgot about it. Please delete all my data. My current username is riverstone_art (it used to be riley_paints, I changed it last year).', 'riverstone_art'],
    ['fr', 'bonjour jutilise plus lappli, vous pouvez supprimer mes donnees svp. mon insta cest lea_mrtn merci', 'lea_mrtn'],
    ['fr', 'salut, supprimez toutes mes donnees de votre appli svp. mon compte c est camille.drn', 'camille.drn'],
    ['fr', 'Bonjour, merci de supprimer mes données de votre application.\nmon insta cest julienbrt', 'julienbrt'],
    ['it', 'ciao potete cancellare i miei dati dalla vostra app? il mio insta e giulia_rossi98 grazie', 'giulia_rossi98'],
    ['es', 'hola porfa borren mis datos de su app, mi insta es valeria.gmz', 'valeria.gmz'],
    ['es', 'Hola, borren mis datos de la app por favor. mi insta es caminorte 🙏', 'caminorte'],
    ['id', 'Halo admin, tolong hapus data saya dari aplikasi kalian ya. Nama akunnya: kopi_pakhendra', 'kopi_pakhendra'],
    ['id', 'Min, mohon hapus semua data saya dari aplikasinya. username-nya dewi.lestari88 ya, makasih', 'dewi.lestari88'],
    ['ms', 'Salam, tolong hapuskan data saya daripada aplikasi tuan. Akaun saya: aina_syafiqah', 'aina_syafiqah'],
    ['tr', 'Merhaba, uygulamanızdaki tüm verilerimin silinmesini istiyorum. Instagram hesabımın adı zeynep.kaya_34, teşekkürler.', 'zeynep.kaya_34'],
    ['ja', '貴社アプリと連携していたInstagramアカウント yui.photo.diary のデータ削除をお願いします。', 'yui.photo.diary'],
    ['fa', 'سلام، لطفا همه اطلاعات من رو از اپلیکیشن پاک کنید. نام کاربری فعلی حساب atelier_mahsa هست (قبلا اسمش mahsa_photo_shiraz بود ولی پارسال عوضش کردم)', 'atelier_mahsa'],
    ['de', 'Hallo, bitte löscht alle meine Daten aus eurer App. Mein Instagram-Konto: aktuell heißt es lena.sommer.art (früher lenchen_99).', 'lena.sommer.art'],
  ])('%s: the handle', (_lang, text, handle) => {
    const u = read(text);
    expect(u.instagramUsername).toBe(handle);
    expect(u.kind).toBe('deletion_request');
  });
});

describe('common words after "insta is" and a person\'s name are no handle', () => {
  it.each([
    ['en', 'can you delete my data from your app? insta is down so i cant do it myself'],
    ['en', 'please delete my data from your app, my ig is private now'],
    ['en', 'insta is great but i dont want ur app to have my data anymore, please delete it'],
    ['en', 'pls delete my data from ur app. ig is dead anyway 😂'],
    ['id', 'Halo, nama saya Hendra. Tolong hapus data saya dari aplikasi kalian.'],
    ['id', 'Tolong hapus data saya dari aplikasi kalian. Instagram saya namanya Rina'],
    ['en', 'please delete my data from your app. insta is Jayden'],
    ['fr', 'bonjour, supprimez mes donnees svp, mon insta cest fini pour moi'],
  ])('%s: no handle', (_lang, text) => {
    const u = read(text);
    expect(u.instagramUsername).toBeNull();
    expect(u.kind).toBe('incomplete_request');
  });
});

describe('the address to confirm to, written in the subject', () => {
  it.each([
    ['hu', 'Szia, kérem töröljék az adataimat az alkalmazásból. Instagram: tothbence_foto', 'adattörlés (visszaigazolást ide: tothbence.photo@gmail.com)', 'tothbence.photo@gmail.com'],
    ['en', 'pls delete my data from ur app, ig is jaydub_22', 'Delete my data - confirm to jay.w.backup@gmail.com', 'jay.w.backup@gmail.com'],
    ['de', 'Bitte löschen Sie meine Daten aus Ihrer App. Benutzername: mkeller_88', 'Löschung (Bestätigung an m.keller@web.de)', 'm.keller@web.de'],
  ])('%s: explicit', (_lang, text, subject, address) => {
    const u = read(text, subject);
    expect(u.confirmationEmail).toBe(address);
    expect(u.confirmationSource).toBe('explicit');
    expect(u.kind).toBe('deletion_request');
  });

  it.each([
    ['en', 'please delete my data from your app, username: anna_b', 'Fwd: from anna.b@example.net'],
    ['de', 'Bitte löschen Sie meine Daten aus Ihrer App. Benutzername: mkeller_88', 'WG: Nachricht von k.mueller@web.de'],
  ])('%s: an address the subject only names asks for nothing', (_lang, text, subject) => {
    const u = read(text, subject);
    expect(u.confirmationEmail).toBe('sender.box@example.org');
    expect(u.confirmationSource).toBe('sender');
  });
});
