/**
 * How people name their handle in a sentence, in forms the packs missed: a word of "by the way"
 * between ("Mitt konto heter förresten x", "Mein Konto heißt übrigens x"), the @ for the handle
 * ("Min @ på insta er x"), Vietnamese typed without its diacritics ("ten tai khoan ... cua em la
 * x"), Persian typed with the Arabic ي ("نام کاربري"), an English word in a Thai sentence
 * ("account IG ชื่อ x"). The handle must still look like one.
 */
import { describe, expect, it } from 'vitest';
import { findInstagramUsername } from '../../../src/understanding/instagram-username.js';

describe('handle phrases', () => {
  const FOUND: Array<[string, string]> = [
    ['sv', 'Mitt konto heter förresten anna.l_77 på Instagram.'],
    ['de', 'Mein Konto heißt übrigens anna.l_77 auf Instagram.'],
    ['pl', 'Moje konto na Instagramie to zresztą anna.l_77'],
    ['no', 'Min @ på insta er anna.l_77'],
    ['sv', 'Min @ på insta är anna.l_77'],
    ['da', 'Mit @ på insta er anna.l_77'],
    ['vi', 'ten tai khoan instagram cua toi la anna.l_77'],
    ['vi', 'nick insta cua em la anna.l_77 nha'],
    ['fa', 'نام کاربري اينستاگرام: anna.l_77'],
    ['th', 'account IG ชื่อ anna.l_77 ค่ะ'],
  ];
  for (const [lang, text] of FOUND) {
    it(`${lang}: ${text}`, () => {
      expect(findInstagramUsername(text, '')).toBe('anna.l_77');
    });
  }

  const NONE: Array<[string, string]> = [
    ['sv', 'Mitt konto heter förresten likadant som min blogg.'],
    ['no', 'Min @ på insta er den samme som før.'],
    ['de', 'Mein Konto heißt übrigens genauso wie mein Shop.'],
  ];
  for (const [lang, text] of NONE) {
    it(`${lang}: no handle in "${text}"`, () => {
      expect(findInstagramUsername(text, '')).toBeNull();
    });
  }
});

describe('the platform named with the Arabic article', () => {
  const FOUND: string[] = [
    'حسابي في الانستقرام هو anna.l_77',
    'حسابي على الإنستغرام اسمه anna.l_77',
    'اسم المستخدم في الانستغرام: anna.l_77',
  ];
  for (const text of FOUND) {
    it(`ar: ${text}`, () => {
      expect(findInstagramUsername(text, '')).toBe('anna.l_77');
    });
  }
});
