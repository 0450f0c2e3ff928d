import { describe, it, expect } from 'vitest';
import { HINGLISH, HINGLISH_WEAK, languageWords } from '../../../src/understanding/language-words.js';

/**
 * The words the language rules read, as they were read before they were read in one pass: split
 * at whitespace (what a regex \s matches), without addresses, handles, links and numbers; a word
 * is Hinglish when its letters a to z, once in lower case, spell one of ours; the detector reads
 * the first 1,000 characters of the words joined by single spaces.
 */
function asRead(text: string): { count: number; hinglish: number; sample: string } {
  const words = text.split(/\s+/).filter((t) => t !== '' && !/[@0-9]/.test(t) && !t.includes('://') && !t.startsWith('www.'));
  let strong = 0;
  let weak = 0;
  for (const w of words.map((t) => t.toLowerCase().replace(/[^a-z]/g, ''))) {
    if (!HINGLISH.has(w)) continue;
    if (HINGLISH_WEAK.has(w)) weak++;
    else strong++;
  }
  const hinglish = strong >= 2 || (strong >= 1 && weak >= 2) ? strong + weak : strong;
  return { count: words.length, hinglish, sample: words.join(' ').slice(0, 1000) };
}

describe('languageWords', () => {
  it('splits words wherever whitespace parts them, and nowhere else', () => {
    const misread: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const text = `mujhe${ch}kya${ch}${ch}hai ${ch}`;
      if (JSON.stringify(languageWords(text)) !== JSON.stringify(asRead(text))) misread.push(`U+${c.toString(16)}`);
    }
    expect(misread).toEqual([]);
  });

  it('leaves out addresses, handles, links and numbers, and reads what is left', () => {
    const text = 'Mera data hata do @mera_insta mera@example.com https://kya.example www.hai.example 2024 hai! www. wwwkya a://b :// ://kya';
    expect(languageWords(text)).toEqual(asRead(text));
    expect(languageWords(text).hinglish).toBe(4); // mera, hata, hai and, beside them, do
  });

  it('tells Hinglish words in any case and between marks', () => {
    const text = '"KYA" (hai) Mera... ye? ji, do! sab-kuch kar.';
    expect(languageWords(text)).toEqual(asRead(text));
    expect(languageWords('Please DO it, ye ji').hinglish).toBe(0);
  });

  it('reads a character whose lower case holds a letter a to z as that letter', () => {
    const lowersToLatin: string[] = [];
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (/[a-z]/.test(ch.toLowerCase())) lowersToLatin.push(ch);
    }
    expect(lowersToLatin).toContain('\u0130'); // 'İ': 'i' and a combining dot
    for (const ch of [...lowersToLatin, 'é', 'ı', '\u0307', '😀']) {
      for (const w of HINGLISH) {
        for (let k = 0; k <= w.length; k++) {
          const text = `${w.slice(0, k)}${ch}${w.slice(k)} hai ${w.slice(0, k)}${ch}${w.slice(k + 1)}`;
          expect(languageWords(text), text).toEqual(asRead(text));
        }
      }
    }
  });

  it('gives the detector the first thousand characters of the words, parted by single spaces', () => {
    const prose = 'Our scheduling newsletter:\ttips, release notes  and what customers asked for, 2 weeks ago @ home.\r\n';
    for (const text of [prose.repeat(40), `${'😀'.repeat(499)} a ${prose}`, `${'x'.repeat(999)} 😀 ${prose}`, 'kya hai', '', ' \n ']) {
      expect(languageWords(text)).toEqual(asRead(text));
    }
  });
});
