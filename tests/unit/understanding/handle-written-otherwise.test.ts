/**
 * Handles written in forms the search missed:
 * - typed on a Japanese, Chinese or Korean keyboard in full-width letters ("ｍｉｋａ＿ｔａｎａ．０７"):
 *   Unicode maps each such letter to exactly one ASCII letter, so the handle is that ASCII word.
 *   A word with letters of another alphabet that merely look alike (Greek "ο", Cyrillic "а") stays refused;
 * - named in the subject after a dash and the word for the account ("Smazání dat - účet x").
 */
import { describe, expect, it } from 'vitest';
import { findInstagramUsername as findUsername } from '../../../src/understanding/instagram-username.js';

describe('a handle typed in full-width letters', () => {
  const CASES: [string, string][] = [
    ['インスタのアカウントは　ｍｉｋａ＿ｔａｎａ．０７　です。削除をお願いします。', 'mika_tana.07'],
    ['我的ins账号是ｗｅｉ＿ｃｈｅｎ．９９，请删除我的数据。', 'wei_chen.99'],
    ['제 인스타 아이디는 ｊｉｓｏｏ＿ｐａｒｋ２ 입니다. 삭제해 주세요.', 'jisoo_park2'],
    ['Mein Benutzername: ＭａｒｉｅＫ＿８８', 'mariek_88'],
  ];
  for (const [text, handle] of CASES) {
    it(text, () => {
      expect(findUsername(text, '')).toBe(handle);
    });
  }

  it('letters of another alphabet that look alike are still refused', () => {
    expect(findUsername('My username is nikοs_77 (please delete)', '')).toBeNull();
    expect(findUsername('Мой логин: ivаn_petrov', '')).toBeNull();
  });
});

describe('a handle in the subject after a dash and the word for the account', () => {
  const CASES: [string, string][] = [
    ['Žádost o smazání dat - účet petra.novakova_', 'petra.novakova_'],
    ['Prośba o usunięcie danych - konto marek.zielinski7', 'marek.zielinski7'],
    ['Löschung meiner Daten – Konto lena_schmidt.92', 'lena_schmidt.92'],
    ['Eliminar mis datos - cuenta rocio.gomez_', 'rocio.gomez_'],
  ];
  for (const [subject, handle] of CASES) {
    it(subject, () => {
      expect(findUsername('Prosím smažte moje data.', subject)).toBe(handle);
    });
  }

  it('a subject without the word for the account names none', () => {
    expect(findUsername('Prosím smažte moje data.', 'Žádost o smazání dat - pilné a.s. 2024')).toBeNull();
  });
});
