/**
 * Guesses the language a person wrote in, so replies can use it. Counts
 * common short words of each language in the visible text (and the subject),
 * plus letters only one of the languages uses (Turkish ı ğ ş, Spanish ñ ¿ ¡,
 * Portuguese ã õ, German ß). Japanese is recognised by its kana. Returns null
 * when nothing stands out, and the caller falls back to English.
 */

import type { Confidence } from './evidence.js';

export const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'tr', 'ja'] as const;
export type LanguageCode = (typeof LANGUAGES)[number];

const STOPWORDS: Record<Exclude<LanguageCode, 'ja'>, string> = {
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
const WORD_SETS = Object.entries(STOPWORDS).map(([lang, words]) => [lang as LanguageCode, new Set(words.split(/\s+/))] as const);

/** Letters that only one of our languages uses, each worth two common words. */
const LETTERS: ReadonlyArray<readonly [LanguageCode, RegExp]> = [
  ['tr', /[ıİğĞşŞ]/gu],
  ['es', /[ñÑ¿¡]/gu],
  ['pt', /[ãõÃÕ]/gu],
  ['de', /ß/gu],
];

const KANA = /[\u3040-\u30ff]/gu;
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/gu;

export function detectLanguage(text: string): LanguageCode | null {
  return detectLanguageWithRule(text).code;
}

/** The language, which rule told it, and how far ahead of the runner-up it was. */
export function detectLanguageWithRule(text: string): { code: LanguageCode | null; rule: string; confidence: Confidence } {
  const sample = text.slice(0, 4000);
  const kana = sample.match(KANA)?.length ?? 0;
  const cjk = sample.match(CJK)?.length ?? 0;
  const words = sample.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  // Japanese always carries kana; a name in kanji inside English mail does not make it Japanese.
  const latinWords = words.filter((w) => !/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/u.test(w)).length;
  if (kana >= 2 && cjk >= 4 && cjk >= 2 * latinWords) return { code: 'ja', rule: 'language.kana', confidence: 'high' };
  const scores = new Map<LanguageCode, number>();
  for (const [lang, set] of WORD_SETS) scores.set(lang, words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0));
  for (const [lang, letters] of LETTERS) {
    const hits = Math.min(sample.match(letters)?.length ?? 0, 5);
    scores.set(lang, (scores.get(lang) ?? 0) + 2 * hits);
  }
  let best: LanguageCode | null = null;
  let bestScore = 1; // at least two hits before we trust a guess
  for (const [lang, score] of scores) {
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  const runnerUp = Math.max(0, ...[...scores].filter(([lang]) => lang !== best).map(([, score]) => score));
  const confidence: Confidence = bestScore >= 2 * runnerUp + 2 ? 'high' : bestScore > runnerUp + 1 ? 'medium' : 'low';
  return { code: best, rule: 'language.words', confidence };
}
