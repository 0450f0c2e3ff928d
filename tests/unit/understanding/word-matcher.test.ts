/**
 * The word matcher every rule reads pack words with: for the words of all 30 packs at once it
 * finds exactly what a plain search would, every word at every place it may start, stems running
 * on and whole words ending where a word ends, in text order (at one place, the words of spaced
 * languages first, shorter before longer, in the order the lists give them). What a text holds
 * is told the same whichever question is asked of it first.
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../../src/understanding/languages/packs/index.js';
import { buildMatcher, fold, WORD_KINDS, WordsFound, type MatcherHit, type MatcherWord, type WordHit, type WordKind } from '../../../src/understanding/languages/registry.js';

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const wordCharAt = (text: string, i: number): boolean => i >= 0 && i < text.length && WORD_CHAR.test(text[i]!);

/** The plain search: every word tried at every position. */
function plainScan<T>(words: ReadonlyArray<MatcherWord<T>>, text: string): Array<MatcherHit<T>> {
  const hits: Array<MatcherHit<T>> = [];
  // Shorter words first, words of one length in the order given.
  const byLength = words.map((w, k) => ({ w, k })).sort((a, b) => a.w.word.length - b.w.word.length || a.k - b.k).map(({ w }) => w);
  for (let i = 0; i < text.length; i++) {
    for (const anywhere of [false, true]) {
      if (!anywhere && (!wordCharAt(text, i) || wordCharAt(text, i - 1))) continue;
      for (const w of byLength) {
        if (w.anywhere !== anywhere || w.word === '' || !text.startsWith(w.word, i)) continue;
        if (w.whole && wordCharAt(text, i + w.word.length)) continue;
        hits.push({ tag: w.tag, word: w.word, start: i, end: i + w.word.length });
      }
    }
  }
  return hits;
}

/** The words of every pack, as the registry reads them (whole words or stems, anywhere in scripts without spaces). */
const PACK_WORDS: Array<MatcherWord<string>> = PACKS.flatMap((p) =>
  WORD_KINDS.flatMap((kind) =>
    (p[kind] ?? []).map((raw, k) => ({ word: fold(raw).trim(), tag: `${p.code}:${kind}:${k}`, whole: p.noSpaces !== true && k % 2 === 0, anywhere: p.noSpaces === true })),
  ),
);

/** A text of pack words cut and glued: words whole, halved, run together, after letters and marks. */
function mixedText(seed: number, pieces: number): string {
  let state = seed;
  const next = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  const glue = [' ', '', 'x', ', ', '. ', 'é', '-', "'"];
  let text = '';
  for (let k = 0; k < pieces; k++) {
    const w = PACK_WORDS[next(PACK_WORDS.length)]!.word;
    text += (next(4) === 0 ? w.slice(0, 1 + next(w.length)) : w) + glue[next(glue.length)]!;
  }
  return text;
}

describe('the word matcher', () => {
  it('finds in mixed texts of every pack what a plain search finds, in the same order', () => {
    const matcher = buildMatcher(PACK_WORDS);
    for (let seed = 1; seed <= 12; seed++) {
      const text = mixedText(seed, 60);
      expect(matcher.scan(text)).toEqual(plainScan(PACK_WORDS, text));
    }
  });

  it('finds a word given twice, and words that are prefixes of others, each time', () => {
    const words: Array<MatcherWord<number>> = [
      { word: 'del', tag: 1, whole: false, anywhere: false },
      { word: 'delete', tag: 2, whole: true, anywhere: false },
      { word: 'del', tag: 3, whole: true, anywhere: false },
      { word: '削除', tag: 4, whole: false, anywhere: true },
      { word: '', tag: 5, whole: false, anywhere: false },
    ];
    expect(buildMatcher(words).scan('delete del 削除 undelete').map((h) => [h.tag, h.start, h.end])).toEqual([
      [1, 0, 3], [2, 0, 6], [1, 7, 10], [3, 7, 10], [4, 11, 13],
    ]);
  });

});

describe('what a text holds, asked in any order', () => {
  const hit = (lang: string, kind: WordKind, word: string, start: number): WordHit => ({ lang, kind, word, start, end: start + word.length });
  const hits = [hit('pl', 'erase', 'usuń', 0), hit('en', 'data', 'data', 5), hit('en', 'erase', 'delete', 10), hit('pl', 'erase', 'usuń', 20), hit('pl', 'erase', 'skasuj', 30)];

  it('answers which kinds, languages and words it holds, in text order, whichever question comes first', () => {
    for (const first of ['has', 'languages', 'words'] as const) {
      const found = new WordsFound(hits);
      if (first === 'has') expect(found.has('erase', 'en')).toBe(true);
      if (first === 'languages') expect(found.languages('erase')).toEqual(['pl', 'en']);
      if (first === 'words') expect(found.words('erase')).toEqual(['usuń', 'skasuj', 'delete']);
      expect(found.has('erase')).toBe(true);
      expect(found.has('erase', 'de')).toBe(false);
      expect(found.has('data', 'pl')).toBe(false);
      expect(found.has('privacy')).toBe(false);
      expect(found.languages('erase')).toEqual(['pl', 'en']);
      expect(found.languages('account')).toEqual([]);
      expect(found.words('erase', 'pl')).toEqual(['usuń', 'skasuj']);
      expect(found.words('erase')).toEqual(['usuń', 'skasuj', 'delete']);
      expect(found.words('negation')).toEqual([]);
      expect(found.words('negation', 'pl')).toEqual([]);
    }
  });

  it('holds nothing when nothing was found', () => {
    const found = new WordsFound([]);
    expect(WORD_KINDS.some((k) => found.has(k) || found.languages(k).length > 0 || found.words(k).length > 0)).toBe(false);
  });
});
