/**
 * Tells the language a person wrote in, so replies (and the words the rules read) can be
 * theirs. A language detector (eld, n-grams of 60 languages, kept to the languages we
 * have a pack for) decides when it is sure. When it is not, which happens on mails of a
 * few words, hand rules that count the common short words of the nine languages the bot
 * has templates for (plus letters only one of them uses, and Japanese kana) decide, as
 * they did before the detector. Hinglish (Hindi written in Latin letters) is told by its
 * own words, which no detector knows. Returns null when nothing stands out, and the
 * caller falls back to English.
 */

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Confidence } from './evidence.js';
import { unpackNgrams, type EldNgrams } from './languages/detector-ngrams-subset.js';
import { languageWords, wordsOf } from './language-words.js';

/** Every language the reader has a pack for (`languages/packs/`); replies without templates are in English. */
export const LANGUAGES = [
  'en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'ja', 'tr', 'pl', 'ru', 'uk', 'ar', 'he', 'zh', 'ko', 'id', 'vi', 'sv',
  'cs', 'ro', 'el', 'th', 'hi-Latn', 'hi', 'fa', 'da', 'no', 'fi', 'hu',
] as const;
export type LanguageCode = (typeof LANGUAGES)[number];

/** The detector's codes for our languages: it calls Indonesian Malay ("ms"), close enough to tell it. */
const FROM_DETECTOR: Readonly<Record<string, LanguageCode>> = Object.fromEntries([
  ...LANGUAGES.filter((c) => c !== 'hi-Latn' && c !== 'id').map((c) => [c, c] as const),
  ['ms', 'id'],
]);

interface Detector {
  detect(text: string): { language: string; isReliable(): boolean };
  setLanguageSubset(languages: string[]): unknown;
}

/** The detector's codes of the languages it is asked about. */
export function detectorCodes(): string[] {
  return Object.keys(FROM_DETECTOR);
}

let detector: Detector | undefined;

/**
 * The detector, loaded the first time a language is told: eld's own code over its "small"
 * n-grams kept to our languages (`languages/detector-ngrams.ts`, about 10 MB of heap where eld's
 * whole database takes about 60 MB), so it decides as eld over its whole database with our
 * subset does. Loaded on first use, so a process that never reads mail (the bot's main thread,
 * which hands reading to its parse threads, and most commands) never pays for it.
 */
export function languageDetector(): Detector {
  if (!detector) {
    const load = createRequire(import.meta.url);
    // eld builds a detector over a database of one's choosing with createEld, which its entry points use and do not export.
    const eldCode = new URL('../languageDetector.js', import.meta.resolve('eld/small'));
    const { createEld } = load(fileURLToPath(eldCode)) as { createEld(): { instance: Detector; loadData(data: EldNgrams): unknown } };
    // The generated module, beside this one: .ts when the sources run, .js once compiled.
    const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
    const { DETECTOR_NGRAMS } = load(fileURLToPath(new URL(`./languages/detector-ngrams${ext}`, import.meta.url))) as { DETECTOR_NGRAMS: string };
    const { instance, loadData } = createEld();
    loadData(unpackNgrams(DETECTOR_NGRAMS));
    instance.setLanguageSubset(detectorCodes());
    detector = instance;
  }
  return detector;
}

/** The nine languages the hand rules know: those with requester templates. */
type HandCode = 'en' | 'es' | 'fr' | 'de' | 'pt' | 'it' | 'nl' | 'tr' | 'ja';

const STOPWORDS: Record<Exclude<HandCode, 'ja'>, string> = {
  en: `the and my please data delete i you is of to with want would like account thanks thank hi hello dear
    your this that it be have has for from me am are can could remove information regards best username`,
  es: `el la los las mis datos por favor quiero que de mi cuenta gracias con y borrar eliminar hola del al es un
    una en su sus usted solicito quisiera información nombre usuario correo saludos atentamente estimados`,
  fr: `le la les mes données je vous merci de mon compte et supprimer est pour souhaite bonjour madame monsieur
    du des une un votre vos mon ma nom utilisateur cordialement demande mes adresse suppression veuillez`,
  de: `der die das und ich meine daten bitte löschen mein ist sie mit danke konto nicht hallo guten tag ihre
    ihr den dem ein eine zu von auf für benutzername grüße freundlichen möchte löschung`,
  pt: `os meus dados por favor quero que de minha conta obrigado obrigada com excluir apagar não olá você seu sua
    do da dos das no na em um uma é gostaria nome usuário atenciosamente solicito exclusão`,
  it: `il la lo gli i miei dati per favore voglio vorrei che di mio mia account grazie con cancellare eliminare
    sono è e non un una del della dei ciao buongiorno salve nome utente richiesta cordiali saluti cancellazione`,
  nl: `de het een mijn gegevens graag alstublieft ik van en verwijderen wil is met bedankt dank u uw niet dat op
    voor te naar hallo groeten gebruikersnaam zijn worden verzoek vriendelijke beste je`,
  tr: `ve bir bu benim için ile lütfen merhaba teşekkürler teşekkür ederim verilerimi verilerimin hesabımı
    istiyorum kullanıcı adım adı silinmesini talep ediyorum olan rica saygılarımla hesabım bilgilerimi`,
};
const WORD_SETS = Object.entries(STOPWORDS).map(([lang, words]) => [lang as HandCode, new Set(words.split(/\s+/))] as const);

/** Letters that only one of our languages uses, each worth two common words. */
const LETTERS: ReadonlyArray<readonly [HandCode, string]> = [
  ['tr', 'ıİğĞşŞ'],
  ['es', 'ñÑ¿¡'],
  ['pt', 'ãõÃÕ'],
  ['de', 'ß'],
];

/** Letters one language of a pair writes and the other does not: Persian beside Arabic, Ukrainian beside Russian. */
const PAIR_LETTERS: ReadonlyArray<readonly [LanguageCode, LanguageCode, RegExp, RegExp]> = [
  ['fa', 'ar', /[پچژگ]/u, /[ةىي]/u],
  ['uk', 'ru', /[іїєґІЇЄҐ]/u, /[ыэъёЫЭЪЁ]/u],
];

/** A character of a script written without spaces: a few of them say as much as a word. */
const UNSPACED = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/gu;

/** Characters read: the detector reads 1,000 of the words left once addresses and handles are gone (`languageWords`). */
const SAMPLE_CHARS = 4000;

export function detectLanguage(text: string): LanguageCode | null {
  return detectLanguageWithRule(text).code;
}

/** The language, which rule told it, and how sure that rule is. */
export function detectLanguageWithRule(text: string): { code: LanguageCode | null; rule: string; confidence: Confidence } {
  const head = text.slice(0, SAMPLE_CHARS);
  const { count, hinglish, sample } = languageWords(head);
  // The hand rules are asked only when their answer counts: beside Hinglish words, or when the detector is unsure.
  let hand: HandReading | undefined;
  const handReading = (): HandReading => (hand ??= byHand(head, wordsOf(head).join(' ')));
  if (hinglish >= 2 && hinglish > (handReading().score ?? 0) / 2) {
    return { code: 'hi-Latn', rule: 'language.hinglish', confidence: hinglish >= 3 ? 'high' : 'medium' };
  }
  const found = languageDetector().detect(sample);
  const code = FROM_DETECTOR[found.language] ?? null;
  if (code !== null && found.isReliable()) return { code: byLetters(code, sample), rule: 'language.detector', confidence: 'high' };
  const byRules = handReading();
  if (byRules.code !== null) return { code: byRules.code, rule: byRules.rule, confidence: byRules.confidence };
  // Unsure, and not one of the nine: the detector's guess, when there are words enough to guess from.
  if (code !== null && (count >= 3 || (sample.match(UNSPACED)?.length ?? 0) >= 4)) {
    return { code: byLetters(code, sample), rule: 'language.detector', confidence: 'low' };
  }
  return { code: null, rule: 'language.detector', confidence: 'low' };
}

/** Arabic or Persian, Russian or Ukrainian: letters only one of the pair writes settle it. */
function byLetters(code: LanguageCode, sample: string): LanguageCode {
  for (const [a, b, onlyA, onlyB] of PAIR_LETTERS) {
    if (code !== a && code !== b) continue;
    if (onlyA.test(sample) && !onlyB.test(sample)) return a;
    if (onlyB.test(sample) && !onlyA.test(sample)) return b;
  }
  return code;
}

interface HandReading {
  code: HandCode | null;
  rule: string;
  confidence: Confidence;
  score?: number;
}

/** The nine languages' common words and letters, and Japanese kana; `joined`: the sample's words, addresses and numbers left out. */
function byHand(sample: string, joined: string): HandReading {
  const letters = lettersOf(sample);
  const words = joined.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  // Japanese always carries kana; a name in kanji inside English mail does not make it Japanese.
  if (letters.kana >= 2 && letters.cjk >= 4) {
    const latinWords = words.filter((w) => !/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/u.test(w)).length;
    if (letters.cjk >= 2 * latinWords) return { code: 'ja', rule: 'language.kana', confidence: 'high' };
  }
  const scores = new Map<HandCode, number>(WORD_SETS.map(([lang]) => [lang, 0]));
  for (const w of words) {
    for (const lang of WORD_LANGUAGES.get(w) ?? []) scores.set(lang, scores.get(lang)! + 1);
  }
  for (const [lang, hits] of letters.only) scores.set(lang, (scores.get(lang) ?? 0) + 2 * Math.min(hits, 5));
  let best: HandCode | null = null;
  let bestScore = 1; // at least two hits before we trust a guess
  for (const [lang, score] of scores) {
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  const runnerUp = Math.max(0, ...[...scores].filter(([lang]) => lang !== best).map(([, score]) => score));
  const confidence: Confidence = bestScore >= 2 * runnerUp + 2 ? 'high' : bestScore > runnerUp + 1 ? 'medium' : 'low';
  return { code: best, rule: 'language.words', confidence, score: best ? bestScore : 0 };
}

/** Each common word of the hand rules, with the languages whose word it is. */
const WORD_LANGUAGES: ReadonlyMap<string, readonly HandCode[]> = (() => {
  const out = new Map<string, HandCode[]>();
  for (const [lang, set] of WORD_SETS) for (const w of set) out.set(w, [...(out.get(w) ?? []), lang]);
  return out;
})();

/** {@link LETTERS}, one language's own letters, by code unit (all of them are in the BMP). */
const LETTER_LANGUAGE: ReadonlyMap<number, HandCode> = new Map(
  LETTERS.flatMap(([lang, letters]) => [...letters].map((ch) => [ch.charCodeAt(0), lang] as const)),
);

/** Kana (U+3040 to U+30FF), CJK characters (kana and ideographs) and each language's own letters ({@link LETTERS}), counted in one pass. */
function lettersOf(sample: string): { kana: number; cjk: number; only: Map<HandCode, number> } {
  let kana = 0;
  let cjk = 0;
  const only = new Map<HandCode, number>();
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0xa1) continue;
    if (c >= 0x3040 && c <= 0x30ff) {
      kana++;
      cjk++;
    } else if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)) cjk++;
    else {
      const lang = LETTER_LANGUAGE.get(c);
      if (lang !== undefined) only.set(lang, (only.get(lang) ?? 0) + 1);
    }
  }
  return { kana, cjk, only };
}
