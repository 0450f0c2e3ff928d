/**
 * The registry's matcher: which words of which language packs a text holds. Stems run on,
 * function words are whole words, languages without spaces match anywhere, and every text is
 * compared folded (NFKC, lower case, Turkish İ, curly apostrophes, runs of whitespace).
 */
import { describe, expect, it } from 'vitest';
import type { LanguagePack } from '../../../src/understanding/languages/language-pack.js';
import { PACKS } from '../../../src/understanding/languages/packs/index.js';
import { buildRegistry, fold, languageName, wordsIn } from '../../../src/understanding/languages/registry.js';

/** A pack of the test's own words: every list the English pack has, emptied, then `words`. */
function pack(words: Partial<LanguagePack> & Pick<LanguagePack, 'code' | 'name'>): LanguagePack {
  const blank = Object.fromEntries(Object.entries(PACKS[0]!).map(([k, v]) => [k, Array.isArray(v) ? [] : v]));
  return { ...(blank as unknown as LanguagePack), noSpaces: false, ...words };
}

const TEST_PACKS: LanguagePack[] = [
  pack({
    code: 'xx', name: 'Testish',
    erase: ['lösch', 'delete', 'get rid of'], data: ['data', 'daten'], account: ['app', 'konto'],
    mine: ['my', 'meine'], negation: ['no', 'not', "don't"], question: ['what', 'how'], opposite: ['silinmesin', 'do not delete'],
  }),
  pack({ code: 'yy', name: 'Nospacish', noSpaces: true, erase: ['削除'], data: ['データ'], mine: ['私の'] }),
];
const registry = buildRegistry(TEST_PACKS);
const words = (text: string) => wordsIn(text, registry);

describe('stems and whole words', () => {
  it('reads an erasure stem at a word start, and on into the rest of the word', () => {
    expect(words('Bitte löschen Sie alles').words('erase')).toEqual(['lösch']);
    expect(words('die Löschung meiner Daten').has('erase')).toBe(true);
    expect(words('die Daten wurden gelöscht').has('erase')).toBe(false);
    expect(words('undelete').has('erase')).toBe(false);
  });

  it('reads a short stem only as a whole word', () => {
    expect(words('remove the app').has('account')).toBe(true);
    expect(words('I applied yesterday').has('account')).toBe(false);
    expect(words('the database holds it').has('data')).toBe(true);
  });

  it('reads function words and opposite phrases only as whole words', () => {
    expect(words('my mystery').words('mine')).toEqual(['my']);
    expect(words('mystery').has('mine')).toBe(false);
    expect(words('now').has('negation')).toBe(false);
    expect(words('nothing').has('negation')).toBe(false);
    expect(words('no').has('negation')).toBe(true);
    expect(words('my WhatsApp').has('question')).toBe(false);
    expect(words('what now').has('question')).toBe(true);
    expect(words('verilerim silinmesin').has('opposite')).toBe(true);
    expect(words('verilerimin silinmesini istiyorum').has('opposite')).toBe(false);
  });

  it('reads multi-word entries across any run of whitespace', () => {
    expect(words('please get   rid\n of it').has('erase')).toBe(true);
    expect(words('do\tnot\u00a0delete').words('opposite')).toEqual(['do not delete']);
  });

  it('reads a language written without spaces anywhere in the text', () => {
    const found = words('私のデータを削除してください');
    expect(found.languages('erase')).toEqual(['yy']);
    expect(found.has('data', 'yy') && found.has('mine', 'yy')).toBe(true);
  });

  it('tells which language each word belongs to', () => {
    const found = words('Bitte löschen Sie meine Daten');
    expect(found.languages('erase')).toEqual(['xx']);
    expect(found.words('mine', 'xx')).toEqual(['meine']);
    expect(found.has('data', 'yy')).toBe(false);
  });
});

describe('folding', () => {
  it('reads full-width letters, capitals and the Turkish dotted I as their plain forms', () => {
    expect(words('ＤＥＬＥＴＥ ＭＹ ＤＡＴＡ').has('erase')).toBe(true);
    expect(fold('VERİLERİMİ')).toBe('verilerimi');
  });

  it("reads curly apostrophes as straight ones: don’t is don't", () => {
    expect(words('don’t').has('negation')).toBe(true);
    expect(fold('l’effacement')).toBe("l'effacement");
  });

  it('collapses every run of whitespace to one space', () => {
    expect(fold('a \t\n\r\u2003\u3000 b')).toBe('a b');
  });
});

describe('the packs the reader has', () => {
  it('finds each pack\'s first erasure word in a sentence of that pack\'s words', () => {
    const missing: string[] = [];
    for (const pack of PACKS) {
      const [erase] = pack.erase;
      const [data] = pack.data;
      const sentence = pack.noSpaces ? `${data ?? ''}${erase ?? ''}` : `${erase ?? ''} ${data ?? ''}`;
      const found = wordsIn(sentence);
      if (!found.has('erase', pack.code) || !found.has('data', pack.code)) missing.push(pack.code);
    }
    expect(missing).toEqual([]);
  });

  it('names a language by its pack, and by its code when no pack has it', () => {
    expect(languageName('pl')).toBe('Polish');
    expect(languageName('tlh')).toBe('tlh');
  });
});

describe('fold', () => {
  /** fold as it is defined: Turkish İ, NFKC, lower case, curly apostrophes as ', every run of whitespace as one space. */
  const defined = (text: string): string =>
    text.replace(/İ/g, 'I').normalize('NFKC').toLowerCase()
      .replace(/[\u2019\u2018\u02bc]/g, "'")
      .replace(/[ \t\n\v\f\r\u00a0\u3000\u202f\u2000-\u200a]+/g, ' ');

  it('skips NFKC only where it changes nothing: every character below U+0400, alone, beside a letter and before a combining mark', () => {
    for (let c = 0; c < 0x400; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `a${ch}b`, `${ch}\u0301`, `e${ch}`, `${ch}${ch}`, `İ${ch}`, `x  ${ch}\t y`]) expect(fold(text)).toBe(defined(text));
    }
  });

  it('folds mail as its definition does', () => {
    for (const text of ['Please DELETE  my data', 'L’adresse de  Ǆ ﬁle', 'İstanbul’da verilerim', 'ÀÉÎ ªº¹²½ µ', 'a\u00a0b\u3000c', 'Ａｃｃｏｕｎｔ', 'ǅ ǈ ǋ', 'ĳ ŀ ŉ ſ']) {
      expect(fold(text)).toBe(defined(text));
    }
  });

  it('collapses spaces as its definition does wherever a run starts, ends or meets an apostrophe', () => {
    for (const text of [' a', 'a ', '  a', 'a  ', ' \n a', 'a \n', 'a\n b', "a ʼ b", 'aʼ  b', 'a ’ b', 'a\u00a0 b', 'A B  C\tD', 'a\r\n\r\nb c', ' ', '  ', '', 'İ  x']) {
      expect(fold(text)).toBe(defined(text));
    }
  });
});
