/**
 * Instagram's name in the scripts of the packs, and a matcher of it: stems ("Instagramu",
 * "Инстаграма", "Instagram-Konto"), "ig" only as a word of its own. Words of scripts written
 * without spaces, and of Arabic, Hebrew and Devanagari (which take prefixes), match anywhere.
 */
import { buildMatcher, fold, type Matcher } from './languages/registry.js';

/** Instagram's name, in the spellings of the packs' scripts; stems, so "Instagramu", "Инстаграма" and "Instagram-Konto" count. */
export const NAMES = [
  'instagram', 'insta', 'инстаграм', 'инста', 'інстаграм', 'інста', 'ινσταγκραμ', 'ίνσταγκραμ', 'インスタグラム', 'インスタ',
  '인스타그램', '인스타', 'อินสตาแกรม', 'ไอจี', 'اینستاگرام', 'اینستا', 'انستغرام', 'انستقرام', 'انستجرام', 'إنستغرام',
  'إنستقرام', 'אינסטגרם', 'אינסטה', 'इंस्टाग्राम', 'इंस्टा',
];
/** "ig" is a word of its own, never a stem ("big", "igen"). */
export const SHORT_NAMES = ['ig'];

const ANYWHERE = /[\u3040-\u30ff\u3400-\u9fff\u0e00-\u0e7f\uac00-\ud7af\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}]/u;

/** Instagram named in a folded text. */
export const instagramNames: Matcher<null> = buildMatcher<null>([
  ...NAMES.map((w) => ({ word: fold(w), tag: null, whole: false, anywhere: ANYWHERE.test(w) })),
  ...SHORT_NAMES.map((w) => ({ word: fold(w), tag: null, whole: true, anywhere: false })),
]);
