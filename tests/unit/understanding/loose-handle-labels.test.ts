/**
 * People write their handle loosely: a label and the handle with no colon between ("kullanıcı
 * adı ayse_kaya.34", "usuario ana_lopez.7", "ユーザー名 hanako_t"), or themselves named by the
 * handle before the platform ("soy @lucia_glez_ en Instagram", "ich bin @lena.k auf Instagram").
 * Both name the requester's handle. A relative's or a friend's account named beside it ("mi
 * hermana tiene la cuenta @sofi.glez") is never read as the requester's: erasing it would erase
 * another person's data.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string) => understand(personMail(text, 'Data'), READER_OPTS);

describe('a label followed by the handle, no colon between', () => {
  it.each([
    ['tr', 'Merhaba, tüm verilerimi uygulamadan silmenizi istiyorum. kullanıcı adı ayse_kaya.34', 'ayse_kaya.34'],
    ['en', 'hi pls delete all my data from ur app, username lena.k_90 thx', 'lena.k_90'],
    ['de', 'Hallo, bitte löscht alle meine Daten aus eurer App, mein Benutzername ist lena.k_90', 'lena.k_90'],
    ['es', 'hola, quiero que borren todos mis datos de la app. usuario ana_lopez.7', 'ana_lopez.7'],
    ['fr', "Bonjour, merci de supprimer toutes mes données de votre application. nom d'utilisateur julie.b_88", 'julie.b_88'],
    ['it', "Ciao, cancellate tutti i miei dati dall'app per favore. nome utente marco.r_86", 'marco.r_86'],
    ['pt', 'Olá, por favor apaguem todos os meus dados do aplicativo. usuário ana.c_94', 'ana.c_94'],
    ['pl', 'Dzień dobry, proszę usunąć wszystkie moje dane z aplikacji. nazwa użytkownika ola_k.93', 'ola_k.93'],
    ['ru', 'Здравствуйте, удалите, пожалуйста, все мои данные из приложения. имя пользователя ivan.p_77', 'ivan.p_77'],
    ['ja', 'アプリから私のデータをすべて削除してください。ユーザー名 hanako_t', 'hanako_t'],
    ['da', 'Hej, slet venligst alle mine data fra appen. brugernavn mette.h_81', 'mette.h_81'],
    ['fi', 'Hei, poistakaa kaikki tietoni sovelluksesta. käyttäjätunnus liisa_k', 'liisa_k'],
    ['nl', 'Hallo, verwijder alstublieft al mijn gegevens uit de app. gebruikersnaam sanne.v_92', 'sanne.v_92'],
    ['sv', 'Hej, radera alla mina uppgifter från appen. användarnamn elin.s_85', 'elin.s_85'],
  ])('%s: the handle after the label', (_lang, text, handle) => {
    const u = read(text);
    expect(u.instagramUsername).toBe(handle);
    expect(u.kind).toBe('deletion_request');
  });

  it.each([
    ['en', 'Please delete my data. My username is missing.'],
    ['en', 'Please delete my data. Username is missing.'],
    ['en', 'Please delete my data, I forgot my username.'],
    ['en', 'Delete my data, username please'],
    ['tr', 'Lütfen verilerimi silin. Kullanıcı adımı unuttum.'],
    ['es', 'Borren mis datos por favor, usuario no me acuerdo'],
    ['pt', 'Apaguem os meus dados por favor, usuário não lembro'],
    ['pl', 'Proszę usunąć moje dane, nazwa użytkownika nie pamiętam'],
    ['ja', '私のデータを削除してください。ユーザー名を忘れました。'],
  ])('%s: a label with no handle after it names none', (_lang, text) => {
    const u = read(text);
    expect(u.instagramUsername).toBeNull();
    expect(u.kind).toBe('incomplete_request');
  });
});

describe('the person named by the handle before the platform', () => {
  it.each([
    ['es', 'Hola, quiero que borren todos mis datos. Soy @lucia_glez_ en Instagram', 'lucia_glez_'],
    ['en', "Hi, please delete all my data. I'm @mira.k on Instagram", 'mira.k'],
    ['fr', 'Bonjour, supprimez toutes mes données svp, je suis @julie.b sur insta', 'julie.b'],
    ['it', 'Ciao, cancellate tutti i miei dati, sono @marco.r su Instagram', 'marco.r'],
    ['de', 'Hallo, bitte löscht alle meine Daten, ich bin @lena.k auf Instagram', 'lena.k'],
    ['pt', 'Olá, apaguem todos os meus dados por favor, sou @ana.c no Instagram', 'ana.c'],
    ['tr', 'Merhaba, tüm verilerimi silin lütfen, ben @ayse.k instagramda', 'ayse.k'],
    ['pl', 'Dzień dobry, proszę usunąć wszystkie moje dane, jestem @ola.k na Instagramie', 'ola.k'],
    ['ru', 'Здравствуйте, удалите все мои данные, я @ivan.p в инстаграме', 'ivan.p'],
    ['da', 'Hej, jeg er @mette.h på Instagram, slet venligst alle mine data', 'mette.h'],
    ['sv', 'Hej, jag är @elin.s på Instagram, radera alla mina uppgifter', 'elin.s'],
  ])('%s: the handle the person names themselves by', (_lang, text, handle) => {
    const u = read(text);
    expect(u.instagramUsername).toBe(handle);
    expect(u.kind).toBe('deletion_request');
  });
});

describe("a relative's account beside the person's own: the person's own, never the relative's", () => {
  it.each([
    ['es', 'Hola. Mi hermana tiene la cuenta @sofi.glez y ella sí sigue usando la app, así que a ella no la toquen. Pero yo quiero que borren MIS datos, soy @lucia_glez_ en Instagram', 'lucia_glez_', 'sofi.glez'],
    ['es', 'La cuenta de mi hermana es @sofi.glez, no la toquen. Borren mis datos, soy @lucia_glez_ en Instagram', 'lucia_glez_', 'sofi.glez'],
    ['en', "My sister has the account @nadia_k and she still uses the app, leave her alone. But please delete MY data, I'm @mira.k on Instagram", 'mira.k', 'nadia_k'],
    ['de', 'Meine Schwester hat das Konto @anna.s_19, sie nutzt die App noch. Löscht bitte meine Daten, ich bin @lena.k auf Instagram', 'lena.k', 'anna.s_19'],
    ['fr', "Ma sœur a le compte @clara.b et elle utilise encore l'app. Supprimez MES données, je suis @julie.b sur insta", 'julie.b', 'clara.b'],
    ['it', "Mia sorella ha l'account @giulia.r, lei usa ancora l'app. Cancellate i MIEI dati, sono @marco.r su Instagram", 'marco.r', 'giulia.r'],
    ['pt', 'Minha irmã tem a conta @bia.c e ainda usa o app. Apaguem os MEUS dados, sou @ana.c no Instagram', 'ana.c', 'bia.c'],
    ['pl', 'Moja siostra ma konto @kasia.k i dalej używa aplikacji. Usuńcie MOJE dane, jestem @ola.k na Instagramie', 'ola.k', 'kasia.k'],
    ['ru', 'У моей сестры есть аккаунт @masha.p, её не трогайте. Удалите мои данные, я @ivan.p в инстаграме', 'ivan.p', 'masha.p'],
    ['nl', 'Mijn zus heeft het account @lotte.v, die niet aanraken. Verwijder MIJN gegevens, ik ben @sanne.v op Instagram', 'sanne.v', 'lotte.v'],
    ['sv', 'Min syster har kontot @maja.s, rör inte det. Radera MINA uppgifter, jag är @elin.s på Instagram', 'elin.s', 'maja.s'],
    ['da', 'Min søster har kontoen @freja.h, rør den ikke. Slet MINE data, jeg er @mette.h på Instagram', 'mette.h', 'freja.h'],
    ['tr', 'Kız kardeşimin hesabı @zeynep.k, ona dokunmayın. Benim verilerimi silin, ben @ayse.k instagramda', 'ayse.k', 'zeynep.k'],
  ])("%s: the person's own handle", (_lang, text, own, relative) => {
    const u = read(text);
    expect(u.instagramUsername).toBe(own);
    expect(u.instagramUsername).not.toBe(relative);
    expect(u.kind).toBe('deletion_request');
  });

  it.each([
    ['en', "My sister has the account @nadia_k, she still uses the app. Please delete my data too."],
    ['de', 'Meine Schwester hat das Konto @anna.s_19 und nutzt die App noch. Bitte löscht meine Daten.'],
    ['es', 'Mi hermana tiene la cuenta @sofi.glez y sigue usando la app. Borren mis datos, por favor.'],
  ])("%s: a relative's account alone is never the requester's", (_lang, text) => {
    const u = read(text);
    expect(u.instagramUsername).toBeNull();
    expect(u.kind).toBe('incomplete_request');
  });

  it("a mail written on the sister's behalf names her account", () => {
    const u = read("I'm writing on behalf of my sister. My sister's account @nadia_k, please delete her data.");
    expect(u.instagramUsername).toBe('nadia_k');
    expect(u.kind).toBe('deletion_request');
  });
});

describe('two handles of the person joined by "or" stay for staff', () => {
  it.each([
    ['es', 'Borren todos mis datos por favor, soy @lucia_glez_ o @lucia.glez en Instagram, no sé cuál'],
    ['en', "Please delete all my data, I'm @mira.k or @mira_k2 on Instagram, not sure which"],
    ['tr', 'Tüm verilerimi silin lütfen, kullanıcı adı ayse_kaya.34 veya ayse.kaya34'],
  ])('%s: possible_request', (_lang, text) => {
    expect(read(text).kind).toBe('possible_request');
  });
});
