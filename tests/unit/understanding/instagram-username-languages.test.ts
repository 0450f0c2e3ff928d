/** Username lines and sentences in Italian, Dutch, Turkish and Japanese, and the shapes real mail adds. */
import { describe, it, expect } from 'vitest';
import { findInstagramUsername } from '../../../src/understanding/instagram-username.js';
import { judgeChunk } from '../../../src/understanding/handle-rules.js';

const own = ['pickrtech'];

describe('findInstagramUsername in more languages', () => {
  const found: Array<[string, string, string]> = [
    // Italian
    ['Nome utente: giulia_b', '', 'giulia_b'],
    ['Nome utente Instagram: Marco_Rossi_88', '', 'marco_rossi_88'],
    ['Il mio nome utente Instagram è @giulia.bianchi.', '', 'giulia.bianchi'],
    ['Il mio account Instagram è luca.b', '', 'luca.b'],
    ['Il mio profilo Instagram è @luca.b', '', 'luca.b'],
    ['Username Instagram: sara_g', '', 'sara_g'],
    ['Sono @chiara.e su Instagram', '', 'chiara.e'],
    ['Profilo: https://www.instagram.com/chiara.esposito.art?igsh=MWQ1ZGUxMzBkMA==', '', 'chiara.esposito.art'],
    // Dutch
    ['Gebruikersnaam: sanne.devries', '', 'sanne.devries'],
    ['Gebruikersnaam op Instagram: @lotte_v', '', 'lotte_v'],
    ['Mijn gebruikersnaam is sanne.devries', '', 'sanne.devries'],
    ['Mijn Instagram is lotte_vd.', '', 'lotte_vd'],
    ['Mijn Instagram-account is @eva.b', '', 'eva.b'],
    ['Ik ben tim.dejong op Instagram', '', 'tim.dejong'],
    ['Instagram-naam: bram_j', '', 'bram_j'],
    // Turkish
    ['Kullanıcı adı: ayse.kaya', '', 'ayse.kaya'],
    ['Kullanıcı adım: deniz_b', '', 'deniz_b'],
    ['Instagram kullanıcı adım mehmet_82\'dir.', '', 'mehmet_82'],
    ['Kullanıcı adım deniz_b', '', 'deniz_b'],
    ['İnstagram hesabım @Emre.Yilmaz.', '', 'emre.yilmaz'],
    ['Instagram hesabım: can.k', '', 'can.k'],
    ['ayse.k adlı hesabımın verilerini silin', '', 'ayse.k'],
    ['@deniz.a\'nın verilerini silin', '', 'deniz.a'],
    // Japanese (labels with full-width colons, handles glued to Japanese words)
    ['ユーザー名：hanako_tanaka', '', 'hanako_tanaka'],
    ['ユーザー名: hanako_t', '', 'hanako_t'],
    ['Instagramのユーザー名：yuki_s', '', 'yuki_s'],
    ['インスタID：kenji.w', '', 'kenji.w'],
    ['インスタのユーザー名は@Yuki.Satoです。', '', 'yuki.sato'],
    ['インスタグラムのアカウント名はmiki_0305です。', '', 'miki_0305'],
    ['私のアカウント（@taro.y）の情報を削除してください。', '', 'taro.y'],
    ['Instagramアカウント「sakura_m」のデータを消去してください。', '', 'sakura_m'],
    ['【ユーザー名】hanako_t', '', 'hanako_t'],
    ['・ユーザー名：ryo.k', '', 'ryo.k'],
    ['＠aoi_y のデータを削除してください', '', 'aoi_y'],
    // Shapes from real mail in any language
    ['I logged in with Instagram as gus.fring.pollos.', '', 'gus.fring.pollos'],
    ['Please delete my data, account irene.n.', '', 'irene.n'],
    ['please delete my data, IG jess_k', '', 'jess_k'],
    ['Remove my data please.\njess_k on instagram', '', 'jess_k'],
    ['Delete my data - @tom_h', '', 'tom_h'],
  ];
  it.each(found)('finds the handle in %j', (text, subject, expected) => {
    expect(findInstagramUsername(text, subject, own)).toBe(expected);
  });

  const none: Array<[string, string]> = [
    ['Nome utente: [il tuo nome utente]', ''],
    ['Gebruikersnaam: <je gebruikersnaam>', ''],
    ['Kullanıcı adı: <kullanıcı adınız>', ''],
    ['ユーザー名：<ユーザー名>', ''],
    ['ユーザー名：hanakο', ''], // a Greek omicron: full-width letters map to ASCII, look-alikes do not
    ['Facebookのアカウントを削除してください。', ''],
    ['Il mio account Instagram è privato.', ''],
    ['Mijn Instagram is gekoppeld.', ''],
    ['Instagram hesabım ve verilerim', ''],
    ['I deleted my Instagram account last week', ''],
    ['Please delete my data, e.g. everything', ''],
    ['Instagram: @pickrtech', ''],
  ];
  it.each(none)('finds no handle in %j', (text, subject) => {
    expect(findInstagramUsername(text, subject, own)).toBeNull();
  });
});

describe('judgeChunk', () => {
  it.each([
    ['@Alice.Smith.', 'alice.smith'],
    ["alice's", 'alice'],
    ["ayse.k'dır", 'ayse.k'],
    ['ayse_k’nin', 'ayse_k'],
    ['“Nora.Q”', 'nora.q'],
    ['(@kate.l)', 'kate.l'],
    ['instagram.com/Lena.Moore?igsh=NjZiM2M3MzIxZA==', 'lena.moore'],
    ['https://www.instagram.com/_u/tom.t/', 'tom.t'],
    ['the.real_ana__', 'the.real_ana__'],
  ])('takes %j as %j', (raw, handle) => {
    expect(judgeChunk(raw, own)).toEqual({ ok: true, handle });
  });

  it.each([
    ['pickrtech'],
    ['@PickrTech'],
    ['facebook'],
    ['your_username'],
    ['a'.repeat(31)],
    ['al..ice'],
    ['.alice'],
    ['123.456'],
    ['josé'],
    ['alice;drop'],
    ['example.com'],
    ['instagram.com/p/Cabc123'],
  ])('refuses %j', (raw) => {
    expect(judgeChunk(raw, own).ok).toBe(false);
  });

  it('marks look-alike letters so no weaker guess is taken', () => {
    expect(judgeChunk('\u0430lice', own)).toEqual({ ok: false, lookalike: true });
    expect(judgeChunk('ｈａｎａｋｏ', own)).toEqual({ ok: false, lookalike: true });
  });
});

describe('a labelled line in every language of the packs gives the handle', () => {
  const found: Array<[string, string]> = [
    ['Nazwa użytkownika: kasia_nowak', 'kasia_nowak'],
    ['Nazwa uzytkownika na Instagramie: kasia_nowak', 'kasia_nowak'],
    ['Имя пользователя: ivan.petrov', 'ivan.petrov'],
    ['Логин в Instagram: ivan.petrov', 'ivan.petrov'],
    ['Ім\'я користувача: olena_k', 'olena_k'],
    ['用户名：li_wei88', 'li_wei88'],
    ['Instagram用户名: li_wei88', 'li_wei88'],
    ['사용자 이름: minji.k', 'minji.k'],
    ['인스타그램 아이디: minji.k', 'minji.k'],
    ['Nama pengguna: budi.s', 'budi.s'],
    ['Tên người dùng: minh.tran', 'minh.tran'],
    ['Användarnamn: erik_l', 'erik_l'],
    ['Uživatelské jméno: petr.novak', 'petr.novak'],
    ['Nume de utilizator: ana.m', 'ana.m'],
    ['Όνομα χρήστη: nikos_p', 'nikos_p'],
    ['ชื่อผู้ใช้: somchai.k', 'somchai.k'],
    ['उपयोगकर्ता नाम: priya.s', 'priya.s'],
    ['نام کاربری: sara.r', 'sara.r'],
    ['اسم المستخدم: omar_h', 'omar_h'],
    ['שם משתמש: noa_l', 'noa_l'],
    ['Brugernavn: mads.h', 'mads.h'],
    ['Brukernavn: ola.n', 'ola.n'],
    ['Käyttäjänimi: mikko.v', 'mikko.v'],
    ['Felhasználónév: anna.k', 'anna.k'],
    ['- Nazwa użytkownika: @kasia_nowak', 'kasia_nowak'],
    ['**Имя пользователя:** ivan.petrov', 'ivan.petrov'],
  ];
  it.each(found)('%j', (text, handle) => {
    expect(findInstagramUsername(`Proszę usunąć moje dane.\n${text}\nDziękuję`, '', own)).toBe(handle);
  });

  it('reads no handle from a label with nothing after it, or from a label of something else', () => {
    expect(findInstagramUsername('Proszę usunąć moje dane.\nNazwa użytkownika:\n\nDziękuję bardzo za pomoc', '', own)).toBeNull();
    expect(findInstagramUsername('Proszę usunąć moje dane.\nTemat: usunięcie', '', own)).toBeNull();
  });
});

describe('a labelled line with the person\'s own word before the label', () => {
  it.each([
    ['Mój login: kasia_nowak', 'kasia_nowak'],
    ['Мой логин: ivan.petrov', 'ivan.petrov'],
    ['我的用户名：li_wei88', 'li_wei88'],
    ['私のユーザー名：hanako_t', 'hanako_t'],
  ])('%j', (text, handle) => {
    expect(findInstagramUsername(`${text}\n`, '', own)).toBe(handle);
  });
});

describe('the @ sign standing for the handle', () => {
  it.each([
    ['Please delete my data. My @ is jess.k', 'jess.k'],
    ['please delete everything, my IG @ is jess_k', 'jess_k'],
    ['Borren mis datos, mi @ es lucia.f', 'lucia.f'],
  ])('%j', (text, handle) => {
    expect(findInstagramUsername(text, '', own)).toBe(handle);
  });
});

describe('a label followed by a word of the language, not a handle', () => {
  it.each([
    'Nazwa użytkownika: nie pamiętam',
    'Brugernavn: ikke sikker',
    'Användarnamn: inget',
    'Tunnus: en muista',
    'Username: nahi pata',
  ])('%j', (text) => {
    expect(findInstagramUsername(`${text}\n`, '', own)).toBeNull();
  });
});
