/**
 * The words around a word of a sentence written without punctuation: a run-on line ("ola tudo bem
 * eu baixei o app ... queria pedir pra vcs excluirem tudo ... no tiktok e tal") has no commas to
 * tell its clauses apart, so a word far from the deletion verb belongs to another clause. The
 * window holds up to `before` words before the word and `after` words after it, and stops at a
 * clause mark or a line end. One pass over the characters of the window: linear.
 */
const BREAKS = ',;:()–—،؛、，；\n.!?';

/** The start and end of the window around the word at [start, end) of `text`. */
export function wordWindow(text: string, start: number, end: number, before: number, after: number): [number, number] {
  let from = start;
  let words = 0;
  // A word begins where a letter follows a space or the word itself: it is taken whole or not at all.
  while (from > 0 && !BREAKS.includes(text[from - 1]!)) {
    const space = /\s/u.test(text[from - 1]!);
    if (!space && (from === start || /\s/u.test(text[from]!)) && words++ >= before) break;
    from--;
  }
  let to = end;
  words = 0;
  while (to < text.length && !BREAKS.includes(text[to]!)) {
    const space = /\s/u.test(text[to]!);
    if (!space && (to === end || /\s/u.test(text[to - 1]!)) && words++ >= after) break;
    to++;
  }
  return [from, to];
}

/** The number of words of a text: a run-on line is told by its length. */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (const c of text) {
    const space = /\s/u.test(c);
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
