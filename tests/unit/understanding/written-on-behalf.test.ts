/**
 * A mail written on behalf of a relative ("on behalf of my mother", "בשם אמא שלי", "im Namen
 * meiner Mutter", "w imieniu mojej mamy", "نيابة عن أمي", "atas nama ibu saya") asks to erase
 * that relative's data: the handle the words give her is the one to erase, never someone else's
 * to leave out. A mail that asks for the writer's own data still never takes a relative's handle.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string) => understand(personMail(text, 'Data', { from: 'son.of.someone@example.org' }), READER_OPTS);

describe('a request written on behalf of a relative names the relative\'s handle', () => {
  it.each([
    ['he', 'שלום, אני פונה אליכם בשם אמא שלי, היא לא מסתדרת עם מחשבים. היא מבקשת למחוק את כל המידע שלה מהאפליקציה. שם המשתמש שלה באינסטגרם: tova_levi61', 'tova_levi61'],
    ['he', 'אני כותב בשם אבא שלי. בבקשה תמחקו את כל הנתונים של אבא שלי מהאפליקציה. האינסטגרם של אבא שלי: @shlomo.mizrahi58', 'shlomo.mizrahi58'],
    ['en', 'Hi, I am sending this on behalf of my mum, who does not do e-mail. Please remove all her data from your app. My mum\'s Instagram username: brenda_walsh57', 'brenda_walsh57'],
    ['en', 'Writing on behalf of my father: please delete all of his data from the app. My father\'s Instagram is @george.hill_60', 'george.hill_60'],
    ['de', 'Guten Tag, ich schreibe im Namen meiner Mutter, sie kommt mit E-Mails nicht zurecht. Bitte löschen Sie alle ihre Daten aus der App. Instagram-Name meiner Mutter: @ingrid.vogel57', 'ingrid.vogel57'],
    ['pl', 'Dzień dobry, piszę w imieniu mojej mamy, która nie radzi sobie z mailami. Proszę usunąć wszystkie jej dane z aplikacji. Konto mojej mamy na Instagramie: halina_zielinska58', 'halina_zielinska58'],
    ['ar', 'مرحبا، أكتب إليكم نيابة عن أمي لأنها لا تستخدم البريد الإلكتروني. أرجو حذف جميع بياناتها من التطبيق. حساب أمي على إنستغرام: @layla.hassan59', 'layla.hassan59'],
    ['id', 'Halo, saya menulis atas nama ibu saya karena beliau tidak bisa memakai email. Tolong hapus semua data ibu saya dari aplikasi. Akun Instagram ibu saya: @sri.wahyuni56', 'sri.wahyuni56'],
    ['pt', 'Olá, escrevo em nome da minha mãe, que não usa e-mail. Por favor apaguem todos os dados dela do aplicativo. O Instagram da minha mãe: @lurdes.costa55', 'lurdes.costa55'],
    ['tr', 'Merhaba, annem adına yazıyorum, e-posta kullanamıyor. Lütfen annemin tüm verilerini uygulamadan silin. Annemin Instagram hesabı: @fatma.demir57', 'fatma.demir57'],
  ])('%s: a request with the relative\'s handle', (_lang, text, handle) => {
    const u = read(text);
    expect(u.instagramUsername).toBe(handle);
    expect(u.kind).toBe('deletion_request');
  });

  it.each([
    ['es', 'Hola, les escribo en nombre de mi madre, que no usa el correo. Ella pide que borren todos sus datos de la aplicación. El usuario de Instagram de mi madre: pilar.ortega59', 'pilar.ortega59'],
    ['fr', 'Bonjour, j\'écris au nom de ma mère, qui n\'utilise pas les e-mails. Elle demande la suppression de toutes ses données de l\'application. Le compte Instagram de ma mère : @odette.lambert58', 'odette.lambert58'],
    ['it', 'Buongiorno, scrivo per conto di mia madre, che non usa la posta elettronica. Chiede di cancellare tutti i suoi dati dall\'app. L\'account Instagram di mia madre: @carla.fontana57', 'carla.fontana57'],
    ['en', 'I\'m forwarding this on behalf of my mother, she can\'t manage e-mail. She asks to delete all her data from the app. Her Instagram username: dorothy.finch54', 'dorothy.finch54'],
  ])('%s: never left without the handle, never ignored: a request or one for staff, with the relative\'s handle', (_lang, text, handle) => {
    const u = read(text);
    expect(u.instagramUsername).toBe(handle);
    expect(['deletion_request', 'possible_request']).toContain(u.kind);
  });
});

describe('a request for the writer\'s own data never takes a relative\'s handle', () => {
  it.each([
    ['en', 'My sister\'s account is @nadia.k_22, but delete MY data, I\'m @mira.k_24', 'mira.k_24'],
    ['en', 'My mother also uses the app (@ruth.klein55), please delete only my data. My username is @dana.klein88', 'dana.klein88'],
    ['de', 'Meine Schwester hat auch ein Konto (@lena.frank19), bitte löschen Sie nur meine Daten. Mein Benutzername: @mia.frank21', 'mia.frank21'],
    ['es', 'Mi madre también usa la aplicación (@rosa.vidal60), por favor borren solo mis datos. Mi usuario: @ana.vidal90', 'ana.vidal90'],
    ['he', 'גם אמא שלי משתמשת באפליקציה (@miriam.bar56), בבקשה תמחקו רק את המידע שלי. שם המשתמש שלי: @yael.bar91', 'yael.bar91'],
    ['pl', 'Moja mama też korzysta z aplikacji (@jadwiga.mazur57), proszę usunąć tylko moje dane. Mój login: @ola.mazur93', 'ola.mazur93'],
  ])('%s: the writer\'s own handle', (_lang, text, own) => {
    const u = read(text);
    expect(u.instagramUsername).toBe(own);
    expect(u.kind).toBe('deletion_request');
  });

  it.each([
    ['en', 'My mother also uses the app (@ruth.klein55), delete only mine.', 'ruth.klein55'],
    ['en', 'My mother also uses the app (@ruth.klein55), please delete only my data.', 'ruth.klein55'],
    ['de', 'Meine Mutter nutzt die App auch (@erika.lang58), bitte löschen Sie nur meine Daten.', 'erika.lang58'],
    ['id', 'Ibu saya juga pakai aplikasinya (@ratna.sari55), tolong hapus data saya saja.', 'ratna.sari55'],
  ])('%s: the relative\'s handle is never read as the writer\'s', (_lang, text, relative) => {
    expect(read(text).instagramUsername).not.toBe(relative);
  });

  it('a relative\'s handle beside a request for the writer\'s own data, in a mail written on nobody\'s behalf, stays left out', () => {
    const u = read('My friend @lily.bergman told me you delete data when asked. Please delete all my data as well.');
    expect(u.instagramUsername).toBeNull();
    expect(u.kind).toBe('incomplete_request');
  });
});
