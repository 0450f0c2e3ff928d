/**
 * What a language pack lacks. Adding a language is adding one pack: this test names every
 * field it leaves empty, every word written in a form the reader never compares in, and
 * every word listed twice, so a new pack is complete when this passes.
 */
import { describe, it, expect } from 'vitest';
import type { LanguagePack } from '../../../src/understanding/languages/language-pack.js';
import { PACKS, packFor } from '../../../src/understanding/languages/packs/index.js';
import { LANGUAGES } from '../../../src/understanding/language.js';

type WordField = { [K in keyof LanguagePack]-?: LanguagePack[K] extends readonly string[] ? K : never }[keyof LanguagePack];

/** Every list a pack must fill. */
const FIELDS: readonly WordField[] = [
  'erase', 'data', 'account', 'privacy', 'mine', 'opposite', 'negation', 'question', 'usernameLabels', 'confirmation',
  'quoteHeaders', 'originalMessage', 'forwardMarkers', 'headerFrom', 'headerSent', 'headerOther', 'replyPrefixes',
  'forwardPrefixes', 'signatureMarkers', 'sentFrom', 'autoReplySubjects',
];

/** Lists of the form the reader compares in: Unicode NFKC, lower case, single spaces, straight apostrophes. */
function unfolded(word: string): string | null {
  if (word !== word.normalize('NFKC').toLowerCase()) return 'not NFKC-folded lower case';
  if (word !== word.trim() || /\s{2,}|[\t\n\r]/.test(word)) return 'stray whitespace';
  if (/[\u2018\u2019\u02bc]/.test(word)) return "a curly apostrophe (write ')";
  if (word === '') return 'empty';
  return null;
}

/** Labels and headers are matched before a colon: a word must not carry one. */
const NO_COLON: readonly WordField[] = ['usernameLabels', 'quoteHeaders', 'headerFrom', 'headerSent', 'headerOther', 'replyPrefixes', 'forwardPrefixes'];

describe('language packs', () => {
  it('has one pack per language code, the codes the language detector returns', () => {
    const codes = PACKS.map((p) => p.code);
    expect(new Set(codes).size, 'a code is used twice').toBe(codes.length);
    expect([...codes].sort()).toEqual([...LANGUAGES].sort());
    expect(codes[0]).toBe('en');
  });

  it('covers the 30 languages people write to us in', () => {
    expect(PACKS.length).toBeGreaterThanOrEqual(30);
    for (const code of ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'ja', 'tr', 'pl', 'ru', 'uk', 'ar', 'he', 'zh', 'ko', 'id', 'vi', 'sv', 'cs', 'ro', 'el', 'th', 'hi-Latn', 'hi', 'fa', 'da', 'no', 'fi', 'hu']) {
      expect(packFor(code)?.code, code).toBe(code);
    }
  });

  it.each(PACKS.map((p) => [p.code, p] as const))('%s: every field is filled', (_code, pack) => {
    const empty = FIELDS.filter((f) => pack[f].length === 0);
    expect(empty, `${pack.name} lacks words for`).toEqual([]);
    expect(pack.name.trim()).not.toBe('');
  });

  it.each(PACKS.map((p) => [p.code, p] as const))('%s: every word is folded, once per field', (_code, pack) => {
    const problems: string[] = [];
    for (const f of FIELDS) {
      const seen = new Set<string>();
      for (const word of pack[f]) {
        const why = unfolded(word);
        if (why) problems.push(`${f}: ${JSON.stringify(word)} ${why}`);
        if (seen.has(word)) problems.push(`${f}: ${JSON.stringify(word)} listed twice`);
        seen.add(word);
        if (NO_COLON.includes(f) && /[:：]/.test(word)) problems.push(`${f}: ${JSON.stringify(word)} holds a colon`);
      }
    }
    for (const word of pack.quoteOpeners ?? []) {
      const why = unfolded(word);
      if (why) problems.push(`quoteOpeners: ${JSON.stringify(word)} ${why}`);
    }
    for (const line of pack.sentFrom) {
      if ((line.match(/\*/g) ?? []).length !== 1) problems.push(`sentFrom: ${JSON.stringify(line)} needs exactly one * for the device`);
    }
    expect(problems).toEqual([]);
  });

  it('says a pack lacks a field when it does', () => {
    const broken = { ...PACKS[0]!, opposite: [] as string[], erase: ['Delete'] };
    expect(FIELDS.filter((f) => broken[f].length === 0)).toEqual(['opposite']);
    expect(unfolded('Delete')).toBe('not NFKC-folded lower case');
    expect(unfolded('ｄｅｌｅｔｅ')).toBe('not NFKC-folded lower case');
    expect(unfolded('don\u2019t')).toBe("a curly apostrophe (write ')");
  });
});
