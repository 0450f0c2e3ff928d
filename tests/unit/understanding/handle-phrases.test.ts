/**
 * A handle introduced in a sentence, in the words of each language pack: the handle phrase, the
 * words between (the platform, "my", the copula), a colon, a dash or quotes, then the handle.
 * A word that does not look like a handle is taken only in quotes or after a colon, at the end
 * of its sentence: a wrong handle is worse than none.
 */
import { describe, expect, it } from 'vitest';
import { findInstagramUsername } from '../../../src/understanding/instagram-username.js';
import { judgeChunk } from '../../../src/understanding/handle-rules.js';

describe('a handle named in a sentence of a pack language', () => {
  const found: Array<[string, string]> = [
    // Polish
    ['Mój nick na insta to ola.nowak_', 'ola.nowak_'],
    ['Proszę usunąć konto, login na Instagramie: piotr_z88.', 'piotr_z88'],
    // Russian, Ukrainian
    ['Мой ник в инсте — sveta.k91, удалите всё', 'sveta.k91'],
    ['Мой логин в Instagram это oleg_m', 'oleg_m'],
    ['Мій нік в інсті: taras.v_', 'taras.v_'],
    // Chinese, Korean, Thai
    ['我的ins是li_wei.88，请删除数据', 'li_wei.88'],
    ['我的ig号：chen_mei2020', 'chen_mei2020'],
    ['用户名是 wang.fang 麻烦删除', 'wang.fang'],
    ['제 인스타 아이디는 ji_woo.kim 입니다', 'ji_woo.kim'],
    ['내 인스타 계정은 @hana.park 이에요', 'hana.park'],
    ['ไอจีของฉันคือ somchai_99 ค่ะ', 'somchai_99'],
    // Vietnamese, Indonesian
    ['Tên instagram của mình là thu.trang95 nha', 'thu.trang95'],
    ['Username IG saya adalah budi_santoso.', 'budi_santoso'],
    ['akun ig aku @sari.dewi ya', 'sari.dewi'],
    // Swedish, Danish, Norwegian, Finnish
    ['Mitt användarnamn är erik.nord_', 'erik.nord_'],
    ['Mit brugernavn på Instagram er freja_h.', 'freja_h'],
    ['Brukernavnet mitt er ola.hansen', 'ola.hansen'],
    ['Instagram-käyttäjätunnukseni on mikko.k', 'mikko.k'],
    // Hungarian, Czech, Romanian, Greek
    ['Instagram-felhasználónevem: szabo.anna', 'szabo.anna'],
    ['Můj @ na instáči je petra_n', 'petra_n'],
    ['Uživatelské jméno na Instagramu je jan.novak88', 'jan.novak88'],
    ['Numele meu de utilizator este andrei.pop_', 'andrei.pop_'],
    ['Το όνομα χρήστη μου είναι nikos.pap', 'nikos.pap'],
    // Turkish
    ['insta hesabım zeynep.k34 lütfen silin', 'zeynep.k34'],
    // Arabic, Persian, Hebrew (direction marks around the handle)
    ['الانستا بتاعي ahmed_ali.eg', 'ahmed_ali.eg'],
    ['حسابي في انستقرام: sara.alharbi', 'sara.alharbi'],
    ['حسابي على Instagram \u200f(\u200e@fatima.z\u200e)', 'fatima.z'],
    ['نام کاربری اینستاگرام من: reza_m.90', 'reza_m.90'],
    ['שם המשתמש שלי באינסטגרם הוא dana.cohen', 'dana.cohen'],
    // Hindi, Hinglish
    ['मेरा इंस्टाग्राम यूज़रनेम: amit.kumar_1', 'amit.kumar_1'],
    ['इंस्टा आईडी - neha.sharma', 'neha.sharma'],
    ['mera insta id rohit_99 hai', 'rohit_99'],
    ['Mera insta @ anjali.k hai', 'anjali.k'],
    // A plain word after a colon or in quotes, ending its sentence
    ['Mój login: kasiaw.', 'kasiaw'],
    ['Användarnamnet är ”lisaberg”.', 'lisaberg'],
  ];
  it.each(found)('%s → %s', (text, handle) => {
    expect(findInstagramUsername(text, '')).toBe(handle);
  });

  const none: string[] = [
    // A plain word with no colon or quotes: an ordinary word as often as a handle.
    'mój nick to taki sam jak mail',
    'Мой ник такой же, как почта',
    'insta pls usuń wszystko',
    // An address, a link's host, a hyphenated name, a word running on: no handle.
    'Mój login to kasia@example.pl',
    'Мой ник в инсте — ivan-petrov',
    'Mitt användarnamn är erik.nordström',
    'Мой ник: oleg;rm -rf /',
    'Användarnamn: erik,drop',
    // Longer than Instagram allows.
    'Mój nick: abcdefghijklmnopqrstuvwxyz01234',
    // A template's placeholder or a word of the pack is no handle.
    'Mój nick: <nazwa użytkownika>',
    'Nazwa użytkownika: nie',
  ];
  it.each(none)('%s → none', (text) => {
    expect(findInstagramUsername(text, '')).toBeNull();
  });
});

describe('direction marks around a handle in right-to-left text', () => {
  it('are not part of the handle', () => {
    expect(judgeChunk('\u200e@mariam.k\u200e)', [])).toEqual({ ok: true, handle: 'mariam.k' });
    expect(judgeChunk('\u2067@omar.s\u2069', [])).toEqual({ ok: true, handle: 'omar.s' });
  });

  it('inside a word still make it a look-alike', () => {
    expect(judgeChunk('mari\u200eam.k', [])).toEqual({ ok: false, lookalike: true });
  });
});

describe('the handle a person marks as their own among several', () => {
  it.each([
    ['hapus data aku ya, aku bukan @toko.baju (itu akun teman), punyaku @rina.putri', 'rina.putri'],
    ['La cuenta @tienda.moda es de mi jefe; el mío es @lucia.gomez', 'lucia.gomez'],
    ["Le compte @boutique.paris est celui du magasin, le mien c'est @claire.d", 'claire.d'],
    ['@laden.berlin gehört meinem Chef, meins ist @jonas.k', 'jonas.k'],
    ['@loja.rio é da loja onde trabalho; o meu é @ana.souza', 'ana.souza'],
    ['Аккаунт @magazin.msk рабочий, а мой @katya.v', 'katya.v'],
    ['@dukkan.ist iş yerimin hesabı, benimki @elif.s', 'elif.s'],
    ['@shop.hn là của quán, tài khoản của mình là @linh.tran', 'linh.tran'],
  ])('%s → %s', (text, handle) => {
    expect(findInstagramUsername(text, '')).toBe(handle);
  });
});

describe('a quoted handle written before the platform', () => {
  it.each([
    ['Kérem, töröljék a „kiss.peter” Instagram-fiókomhoz tartozó adatokat.', 'kiss.peter'],
    ['Удалите данные, связанные с «oleg_k» в Instagram.', 'oleg_k'],
    ['"mert_34" Instagram hesabımın verilerini silin.', 'mert_34'],
  ])('%s → %s', (text, handle) => {
    expect(findInstagramUsername(text, '')).toBe(handle);
  });

  it('needs the word to look like a handle', () => {
    expect(findInstagramUsername('Ich habe die "Stories" Instagram-Funktion benutzt.', '')).toBeNull();
  });
});

describe('a handle named in a sentence in the languages with hand-written rules too', () => {
  it.each([
    ['Mein Insta-Name: lena.schulz92', 'lena.schulz92'],
    ['mein ig bei instagram ist @max_m', 'max_m'],
    ['Mon pseudo insta : chloe.b_', 'chloe.b_'],
    ['mon ig c’est julien.r', 'julien.r'],
    ['Mi usuario de Instagram — pablo.ruiz_', 'pablo.ruiz_'],
    ['mi insta es @marta.g22', 'marta.g22'],
    ['Il mio nickname su Instagram: fede_95', 'fede_95'],
    ['meu insta é @bia.santos', 'bia.santos'],
    ['Nome de utilizador do Instagram: rui.costa_', 'rui.costa_'],
    ['Mijn insta-naam is daan.v', 'daan.v'],
  ])('%s → %s', (text, handle) => {
    expect(findInstagramUsername(text, '')).toBe(handle);
  });

  // What an account is, said where a handle could stand: no handle.
  it.each(['mi insta es nuevo', 'Mein Insta ist gesperrt', 'mon insta est privé', 'il mio profilo è bloccato', 'meu insta é novo', 'mijn account is geblokkeerd'])('%s → none', (text) => {
    expect(findInstagramUsername(text, '')).toBeNull();
  });
});

describe('the platform first, then who the person is there', () => {
  it.each([
    ['Na Instagramie jestem jako ewa_m, proszę usunąć dane', 'ewa_m'],
    ['В инстаграме я @lena.k', 'lena.k'],
    ['Na Instagramu jsem tomas.h', 'tomas.h'],
    ['Pe Instagram sunt @radu.c', 'radu.c'],
    ['insta pe main aman.g hu', 'aman.g'],
    ['我在ins上叫xiao_ming', 'xiao_ming'],
    ['Instagram của tôi: bao.tran', 'bao.tran'],
    ['IG ku @ayu.s', 'ayu.s'],
    ['Instagramnamn: oskar.l', 'oskar.l'],
    ['Instagram-tilin nimi on emma.k', 'emma.k'],
    ['मेरी इंस्टा आईडी है kavya.r', 'kavya.r'],
  ])('%s → %s', (text, handle) => {
    expect(findInstagramUsername(text, '')).toBe(handle);
  });

  it('a Hinglish copula or pronoun is no handle', () => {
    expect(findInstagramUsername('mera insta handle hai', '')).toBeNull();
    expect(findInstagramUsername('mera insta handle hai pooja.s', '')).toBe('pooja.s');
  });
});

describe('no handle where a person writes "none", "same as my mail" or "I don\'t know"', () => {
  it.each([
    'Nick: brak', 'Brugernavn: ved ikke', 'Käyttäjätunnus: sama kuin sähköposti', 'Användarnamn: samma som e-post', 'Användarnamn: nej.',
    'Kullanıcı adım: bilmiyorum', 'Felhasználónevem: ugyanaz', 'Instagram-felhasználónevem: nincs', 'id ig: (lupa)', 'Mein Insta-Name: egal',
    'Nick: ok.', 'Gebruikersnaam: hetzelfde', 'Usuario: el mismo', 'Nome utente: lo stesso',
  ])('%s', (text) => {
    expect(findInstagramUsername(text, '')).toBeNull();
  });
});

describe('a long paragraph on one line', () => {
  it('is read to its end', () => {
    const paragraph = `${'Korzystałam z aplikacji przez kilka lat i bardzo ją lubiłam, ale teraz chcę zamknąć ten rozdział. '.repeat(60)}Mój nick na insta to ola.nowak_`;
    expect(paragraph.length).toBeGreaterThan(5_000);
    expect(findInstagramUsername(paragraph, '')).toBe('ola.nowak_');
  });
});

describe('the account named, then the handle in the language\'s quote marks', () => {
  it.each([
    ['аккаунт «oleg.m» удалите, пожалуйста', 'oleg.m'],
    ['Tài khoản "minh.ng" của mình', 'minh.ng'],
    ['حساب «noor.k» على انستغرام', 'noor.k'],
    ['החשבון "dana.l" באינסטגרם', 'dana.l'],
    ['Konto „ola_k“ proszę usunąć', 'ola_k'],
    ['账号『li_na』请删除', 'li_na'],
  ])('%s → %s', (text, handle) => {
    expect(findInstagramUsername(text, '')).toBe(handle);
  });

  it('a quoted plain word after the account is no handle', () => {
    expect(findInstagramUsername('аккаунт «Основной» удалите', '')).toBeNull();
    expect(findInstagramUsername('Tài khoản "chính" của mình đã bị khóa', '')).toBeNull();
  });
});
