/**
 * Most mail is printable ASCII, which fold reads in one native search: such a text folds exactly
 * as fold is defined, runs of spaces anywhere included, and a text with one character beyond
 * (a tab, a line end, an accent) still folds by the full reading.
 */
import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/understanding/languages/registry.js';

/** fold as it is defined: Turkish İ, NFKC, lower case, curly apostrophes as ', every run of whitespace as one space. */
const defined = (text: string): string =>
  text.replace(/İ/g, 'I').normalize('NFKC').toLowerCase()
    .replace(/[\u2019\u2018\u02bc]/g, "'")
    .replace(/[ \t\n\v\f\r\u00a0\u3000\u202f\u2000-\u200a]+/g, ' ');

/** Texts of printable ASCII, spaces often doubled, with one other character put in now and then. */
function texts(): string[] {
  let state = 7;
  const next = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
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

describe('fold of printable ASCII', () => {
  it('folds every text as its definition does, short or long, with or without a character beyond ASCII', () => {
    for (const text of texts()) expect(fold(text)).toBe(defined(text));
  });
});
