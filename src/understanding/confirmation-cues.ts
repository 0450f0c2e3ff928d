/**
 * Two readings of the words before an address, in every language of the packs.
 *
 * A labelled line whose label asks for the outcome ("Adres do odpowiedzi: x", "Adresa pro
 * potvrzení: x", "Adress för bekräftelse: x", "Address for the confirmation: x") names where to
 * confirm, as "E-mail: x" does.
 *
 * Only the address's own sentence can disown it: "I don't use the app anymore. Confirmation to
 * x please" asks for x, its "don't" belongs to the sentence before.
 */
import { PACKS } from './languages/packs/index.js';
import { buildMatcher, fold, type Matcher } from './languages/registry.js';

/** A label is short: "Adres e-mail do potwierdzenia wykonania żądania:" at most. */
const MAX_LABEL = 60;
const SHORT_WORD = 3;
const SPACED_LETTER = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}'.-]+$/u;

const ASKS: Matcher<true> = buildMatcher(
  PACKS.flatMap((p) =>
    (p.confirmationAsks ?? []).map((w) => {
      const word = fold(w).trim();
      const anywhere = p.noSpaces === true;
      const last = word.slice(word.lastIndexOf(' ') + 1);
      return { word, tag: true as const, whole: !anywhere && SPACED_LETTER.test(last) && [...last].length <= SHORT_WORD, anywhere };
    }),
  ),
);

/** `before` (the line up to the address) is a label asking for the outcome, ended by ":" ("Adres do odpowiedzi: "). */
export function labelAsksConfirmation(before: string): boolean {
  const label = before.trim();
  if (label.length < 2 || label.length > MAX_LABEL) return false;
  const last = label[label.length - 1];
  if (last !== ':' && last !== '：') return false;
  return ASKS.scan(fold(label.slice(0, -1))).length > 0;
}

/** How far into its sentence the ask may start ("Per la conferma", "Für die Bestätigung nehmen Sie"), and how long the sentence may run. */
const OPENING = 24;
const MAX_SENTENCE = 160;

/**
 * `before` (the line up to the address) is a sentence that opens by asking for the outcome and ends with a colon, however
 * long its middle: "Per la conferma usate per favore l'indirizzo di mia figlia che mi aiuta col computer: ",
 * "Pour la confirmation, merci d'utiliser l'adresse de mon petit-fils qui m'aide avec l'ordinateur : ".
 */
export function sentenceAsksConfirmation(before: string): boolean {
  const text = before.trimEnd();
  const last = text[text.length - 1];
  if (last !== ':' && last !== '：') return false;
  const sentence = ownSentence(text).trimStart();
  if (sentence.length > MAX_SENTENCE) return false;
  return ASKS.scan(fold(sentence.slice(0, OPENING))).length > 0;
}

/** Marks that end a sentence when a space or the end follows ("." inside "x.y" ends none); the CJK ones end it anyway. */
const SENTENCE_ENDS = '.!?;';
const CJK_ENDS = '。！？';

/** The words of `before` after its last sentence's end: the address's own sentence. */
export function ownSentence(before: string): string {
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i]!;
    if (CJK_ENDS.includes(c)) return before.slice(i + 1);
    if (SENTENCE_ENDS.includes(c) && (i + 1 >= before.length || before[i + 1] === ' ')) return before.slice(i + 1);
  }
  return before;
}
