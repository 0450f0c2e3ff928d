import { buildMatcher, fold, type MatcherHit, type MatcherWord } from './languages/registry.js';
import type { ReadSentence } from './request-signals.js';

/**
 * A thank-you for a deletion already done ("Tusind tak for at slette mine data", "Thanks, I can
 * see everything is gone now" under "Re: Delete my data") asks for nothing. It is read so only
 * when every sentence with a deletion word thanks for the deletion itself, with no asking word
 * ("please", "venligst", "bitte"), no thanks in advance, and no handle, law or privacy word: a
 * thank-you beside a wish ("Thanks for the answer. Please delete my data") stays a request.
 */

const THANKS = [
  'thanks', 'thank you', 'thank u', 'thx', 'tak', 'danke', 'vielen dank', 'obrigad', 'gracias', 'merci', 'grazie',
  'bedankt', 'dank je', 'dank u', 'teşekkür', 'sağol', 'terima kasih', 'makasih', 'shukriya', 'dhanyavaad', 'dhanyawad',
  'dziękuję', 'dzięki', 'спасибо', 'дякую', 'děkuji', 'díky', 'tack', 'takk', 'kiitos', 'köszön', 'mulțumesc',
  'multumesc', 'ευχαριστώ', 'cảm ơn', '谢谢', '感谢', '謝謝', 'ありがとう', '感謝', '감사', '고맙', 'ขอบคุณ', 'شكرا', 'ممنون',
  'متشکر', 'תודה', 'धन्यवाद', 'शुक्रिया',
];
/** Thanks for something still to do: a request's courtesy, not a thank-you for what was done. */
const IN_ADVANCE = [
  'in advance', 'på forhånd', 'im voraus', 'vorab', 'desde já', 'antecipadamente', 'de antemano', 'por adelantado',
  "d'avance", 'par avance', 'in anticipo', 'alvast', 'şimdiden', 'sebelumnya', 'pehle se', 'заранее', 'наперед',
  'z góry', 'předem', 'etukäteen', 'i förväg', 'på forhånd', 'előre', 'προκαταβολικά', 'trước', 'よろしく', '미리',
  'مسبقا', 'מראש', 'पहले से',
];
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\u0e00-\u0e7f\uac00-\ud7af]/u;
const stems = (words: readonly string[]): ReadonlyArray<MatcherWord<null>> =>
  words.map((w) => ({ word: fold(w), tag: null, whole: false, anywhere: UNSPACED.test(w) }));
/** The thanks and the thanks ahead, as the matcher reads them: found with each sentence's other words ({@link ReadSentence}). */
export const THANKS_WORDS = stems(THANKS);
export const AHEAD_WORDS = stems(IN_ADVANCE);

/**
 * Thanks that ask rather than thank: French "merci de supprimer" / "merci d'effacer" (please
 * delete; "merci d'avoir supprimé" thanks for what was done), and a grateful conditional
 * ("삭제해 주시면 감사하겠습니다", "지워 주시면 고맙겠습니다": I would be grateful if you deleted).
 */
function asks(folded: string, t: MatcherHit<null>): boolean {
  const after = folded.slice(t.end, t.end + 24);
  if (after.startsWith('겠') || after.startsWith('하겠') || after.startsWith('드리겠')) return true;
  const m = /^ (?:de|d'|d’)\s*(\S+)/u.exec(after);
  return m !== null && !/^(?:m'|m’)?avoir/u.test(m[1]!);
}

/** The word, its closing marks left out, is a thanks and nothing more: "Danke!", "Merci.", "Thanks". */
export function isThanksWord(word: string): boolean {
  if (word.length > MAX_THANKS_WORD) return false;
  let folded = fold(word);
  while (folded !== '' && CLOSING_MARKS.includes(folded[folded.length - 1]!)) folded = folded.slice(0, -1);
  // "obrigad|o", "köszön|öm": the list holds stems, so a short ending may follow.
  return thanks.scan(folded).some((t) => t.start === 0 && /^\p{L}{0,3}$/u.test(folded.slice(t.end)));
}
const MAX_THANKS_WORD = 40;
const thanks = buildMatcher(THANKS_WORDS);
const CLOSING_MARKS = ' \t!.,;:)…！。';

/** The thanks of a sentence that thank, leaving out those that ask. */
export function thanksIn(s: ReadSentence): MatcherHit<null>[] {
  return s.thanks.filter((t) => !asks(s.folded, t));
}

/** How far after the thanks the deletion it thanks for may stand ("tak for at slette", "thank you so much for removing"). */
const AFTER = 24;
/** How far before the thanks, in a language that puts the verb first ("削除していただきありがとうございました"). */
const BEFORE = 16;
/**
 * "For", between a deletion word and the thanks after it in a language written with spaces that
 * puts the verb last: "मेरा डेटा हटाने के लिए धन्यवाद", "data delete karne ke liye shukriya",
 * "verilerimi sildiğiniz için teşekkürler". Without it the deletion word before the thanks is a
 * wish ("verilerimi silin teşekkürler").
 */
const FOR_BEFORE_THANKS = ['के लिए', 'ke liye', 'ke liya', 'için', 'icin'].map(fold);

/** The sentence thanks for the deletion itself, asking nothing. */
function thanksForDeletion(s: ReadSentence, said: MatcherHit<null>[]): boolean {
  if (said.length === 0 || s.words.has('asks') || s.thanksAhead) return false;
  for (const h of s.words.hits) {
    if (h.kind !== 'erase') continue;
    const follows = said.some((t) => h.start >= t.end && h.start - t.end <= AFTER && !/[,;:]/u.test(s.folded.slice(t.end, h.start)));
    const leads = UNSPACED.test(s.folded.slice(h.start, h.end)) && said.some((t) => t.start >= h.end && t.start - h.end <= BEFORE);
    const thanksFor = said.some((t) => t.start >= h.end && t.start - h.end <= AFTER && forBetween(s.folded.slice(h.end, t.start)));
    if (!follows && !leads && !thanksFor) return false;
  }
  return true;
}

/** The words between a deletion word and the thanks after it hold a "for" and no clause mark. */
function forBetween(between: string): boolean {
  return !/[,;:]/u.test(between) && FOR_BEFORE_THANKS.some((f) => between.includes(f));
}

export interface ThanksInput {
  sentences: readonly ReadSentence[];
  /** The subject holds a deletion word. */
  subjectErases: boolean;
  /** The mail answers another (a "Re:" subject, or our own Message-ID). */
  answers: boolean;
  /** A handle was found: an answer that names the account is a request's answer (asked last: finding one costs most). */
  handleFound: () => boolean;
}

/** Whether the mail only thanks for a deletion done: every deletion word in it thanks, and the subject is the mail answered. */
export function onlyThanksForDeletion(input: ThanksInput): boolean {
  if (input.subjectErases && !input.answers) return false;
  let thanked = false;
  for (const s of input.sentences) {
    if (s.words.has('privacy') || s.citations.length > 0) return false;
    const said = thanksIn(s);
    if (said.length > 0 && !s.thanksAhead) thanked = true;
    if (s.words.has('erase') && !thanksForDeletion(s, said)) return false;
  }
  return thanked && !input.handleFound();
}
