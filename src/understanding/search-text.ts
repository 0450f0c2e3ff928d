/**
 * Text prepared for the handle and address searches. Japanese writes no
 * spaces, so "@hanako_tです" and "hanako@example.jpまで" would glue a handle or
 * an address to the next word; Japanese full-width punctuation (：（）「」、。)
 * would hide labels. Here a space is put where Japanese script meets Latin
 * letters, digits or `@._`, and that punctuation becomes its ASCII form.
 * Full-width letters (ｈａｎａｋｏ) are left alone: they are look-alikes, and
 * the handle rules refuse them. Turkish "İ" becomes "I" so "İnstagram" reads
 * as Instagram. Lengths may change, so positions found here are positions in
 * the prepared text only.
 */

const PUNCTUATION: Record<string, string> = {
  '：': ': ', '（': ' (', '）': ') ', '「': ' "', '」': '" ', '『': ' "', '』': '" ', '、': ', ', '，': ', ',
  '。': '. ', '！': '! ', '？': '? ', '＠': '@', '\u3000': ' ', '【': ' [', '】': '] ', '＜': ' <', '＞': '> ',
  '・': ' ', '＝': '= ',
};
const PUNCTUATION_CHARS = new RegExp(`[${Object.keys(PUNCTUATION).join('')}]`, 'gu');
const JAPANESE = String.raw`[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]`;
const LATIN_THEN_JAPANESE = new RegExp(String.raw`([A-Za-z0-9@._])(?=${JAPANESE})`, 'gu');
const JAPANESE_THEN_LATIN = new RegExp(String.raw`(${JAPANESE})(?=[A-Za-z0-9@])`, 'gu');

/** Spaces a language puts inside its quote marks: normal, no-break, narrow no-break. */
const QUOTE_SPACE = String.raw`[ \t\u00a0\u202f\u2009]*`;
const QUOTE_SPACE_CHARS = ' \t\u00a0\u202f\u2009';
const OPEN_QUOTES = new RegExp(String.raw`[«„‚‹]${QUOTE_SPACE}`, 'gu');
const CLOSE_QUOTES = /[»‹›]/gu;
/** ‘x’, ‚x‘, »x«: single curly quotes and reversed guillemets wrapping one word. */
const WRAPPED_WORD = /[‘‚»›]([^\s‘’‚»«›‹"]{1,40})[’‘«‹]/gu;

/**
 * Every language's quote marks around a word become plain `"`: « x » (with
 * normal, no-break or narrow no-break spaces), „x“, »x«, ‘x’, “x”. Apostrophes
 * inside words (l’adresse, @ayse'nin) are left alone.
 */
function plainQuotes(text: string): string {
  return closeQuotes(
    text
      .replace(WRAPPED_WORD, '"$1"')
      .replace(OPEN_QUOTES, '"'),
  ).replace(/[“”‟]/gu, '"');
}

/**
 * » ‹ › become `"`, with the spaces before them dropped. Done by hand: a
 * pattern of optional spaces before a mark starts again at every space of a
 * long run without one, the square of the run's length.
 */
function closeQuotes(text: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(CLOSE_QUOTES)) {
    let start = m.index;
    while (start > last && QUOTE_SPACE_CHARS.includes(text[start - 1]!)) start--;
    parts.push(text.slice(last, start), '"');
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

export function searchableText(text: string): string {
  const turkish = plainQuotes(text.replace(/İ/g, 'I'));
  if (!/[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff1f\uff20]/u.test(turkish)) return turkish;
  return turkish
    .replace(PUNCTUATION_CHARS, (c) => PUNCTUATION[c] ?? c)
    .replace(LATIN_THEN_JAPANESE, '$1 ')
    .replace(JAPANESE_THEN_LATIN, '$1 ');
}

/**
 * The text on the same line before and after a match, at most `reach`
 * characters each way. Bounded so that thousands of matches on one huge line
 * cost thousands of short scans, not thousands of scans of the whole line.
 */
export function lineAround(source: string, start: number, end: number, reach = 200): { before: string; after: string } {
  const head = source.slice(Math.max(0, start - reach), start);
  const tail = source.slice(end, end + reach);
  const newlineBefore = head.lastIndexOf('\n');
  const newlineAfter = tail.indexOf('\n');
  return {
    before: newlineBefore < 0 ? head : head.slice(newlineBefore + 1),
    after: newlineAfter < 0 ? tail : tail.slice(0, newlineAfter),
  };
}
