/**
 * Fold tells what a text needs (nothing past lower case, spacing, or NFKC first) by native
 * searches and spaces it by native replaces: every text folds exactly as fold is defined, plain
 * ASCII with runs of spaces, and texts of any mix of spaces, apostrophes and characters NFKC changes.
 */
import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/understanding/languages/registry.js';

/** fold as it is defined: Turkish İ, NFKC, lower case, curly apostrophes as ', every run of whitespace as one space. */
const defined = (text: string): string =>
  text.replace(/İ/g, 'I').normalize('NFKC').toLowerCase()
    .replace(/[\u2019\u2018\u02bc]/g, "'")
    .replace(/[ \t\n\v\f\r\u00a0\u3000\u202f\u2000-\u200a]+/g, ' ');

function numbers(seed: number): (n: number) => number {
  let state = seed;
  return (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
}

/** Texts of printable ASCII, spaces often doubled, with one other character put in now and then. */
function texts(): string[] {
  const next = numbers(7);
  const out: string[] = [];
  for (let k = 0; k < 400; k++) {
    let text = '';
    const length = 1 + next(300);
    for (let i = 0; i < length; i++) text += next(5) === 0 ? ' ' : String.fromCharCode(0x20 + next(0x5f));
    if (k % 4 === 3) {
      const at = next(text.length + 1);
      text = text.slice(0, at) + ['\t', '\n', 'é', 'İ', '’', '\u00a0', 'ﬁ'][next(7)]! + text.slice(at);
    }
    out.push(text);
  }
  return out;
}

/** Characters of every kind fold treats apart: spaces, apostrophes, letters NFKC changes, marks, other scripts. */
const MIXED = [
  ' ', ' ', ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u3000', '\u202f', '\u2000', '\u2009', '\u200a', '\u200b',
  '\u2018', '\u2019', '\u02bc', "'", 'a', 'B', 'z', 'İ', 'ı', 'é', 'e\u0301', '\u0301', 'ﬁ', 'Ａ', 'ǅ', 'ĳ', 'ſ', 'ª', '²', '½',
  'Σ', 'ς', 'Я', 'ß', 'ẞ', '한', '削', 'ข', 'ا', '😀', '\ud800', 'x',
];

/** Texts drawn from {@link MIXED}, short and past the length fold remembers. */
function mixedTexts(): string[] {
  const next = numbers(11);
  const out: string[] = [];
  for (let k = 0; k < 600; k++) {
    let text = '';
    const length = 1 + next(k % 3 === 0 ? 400 : 40);
    for (let i = 0; i < length; i++) text += MIXED[next(MIXED.length)]!;
    out.push(text);
  }
  return out;
}

describe('fold', () => {
  it('folds every printable ASCII text as its definition does, short or long, with or without a character beyond ASCII', () => {
    for (const text of texts()) expect(fold(text)).toBe(defined(text));
  });

  it('folds every mix of spaces, apostrophes and characters NFKC changes as its definition does', () => {
    for (const text of mixedTexts()) expect(fold(text)).toBe(defined(text));
  });
});
