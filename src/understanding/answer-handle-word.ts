/**
 * The handle of a short answer to our mail ("what is your Instagram username?"), however it is
 * introduced: "klar, das ist anna.k_b", "Oui, c'est claire.d", "Jasne, to kasia.w_91", "Here:
 * @tom.h". People answer the question in a few words of their own language, and no phrase list
 * could name them all; the one word shaped like a handle (an @, a dot, an underscore or a digit)
 * among a few words is the answer.
 *
 * Read only in an answer to our own mail, only among {@link MAX_WORDS} words, and only when one
 * such word stands there: two are a choice staff make, and a plain word ("thanks", "okay", a first
 * name) is never taken. One pass over the words, so linear in the text's length.
 */

import { trimEndOf, trimStartOf } from './text-edges.js';

/** The most words an answer may hold for its one handle-shaped word to be the handle. */
export const MAX_WORDS = 24;

/** Marks that may open or close a word: quotes, brackets, a sentence's end. */
const OPENING = '("\'“‘«[<{*';
const CLOSING = ')"\'”’»]>}*,;:!?.。،؛';
/** Longer than a handle and a few marks around it: no handle. Bounds the work on each word. */
const MAX_CHUNK = 40;
/** The word as a handle is written, after its marks: Instagram's alphabet, an @ at most at its start. */
const HANDLE_WORD = /^@?[a-z0-9._]{2,30}$/i;

/**
 * An @, a dot or an underscore, or digits beside three letters at least: "anna.k", "@tomh",
 * "kasia_w", "anna95"; never a time or a count ("10am", "2h", "3x", "mp3").
 */
function shaped(word: string): boolean {
  if (/^@|[._]/.test(word)) return /[a-z]/i.test(word);
  return /[0-9]/.test(word) && (word.match(/[a-z]/gi)?.length ?? 0) >= 3;
}

/** The one handle-shaped word of a short answer, as written (with its @), or null. */
export function answerHandleWord(text: string): string | null {
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (words.length > MAX_WORDS) return null;
  let found: string | null = null;
  for (const raw of words) {
    if (raw.length > MAX_CHUNK) continue;
    const word = trimEndOf(trimStartOf(raw, OPENING), CLOSING);
    if (!HANDLE_WORD.test(word) || !shaped(word)) continue;
    if (found !== null && found.replace(/^@/, '').toLowerCase() !== word.replace(/^@/, '').toLowerCase()) return null;
    found = word;
  }
  return found;
}
