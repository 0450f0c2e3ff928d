/**
 * The words of a mail that tell its language, read in one pass over its characters without a
 * string or an array per word: how many there are, how many are Hinglish, and the start of
 * them the detector reads. A mail of newsletter prose has hundreds of words, and every mail is
 * read this way.
 */

/**
 * Hindi words written in Latin letters that no other pack's language uses as often: the
 * verbs, pronouns and particles around the English nouns ("mera data delete kar do").
 */
export const HINGLISH: ReadonlySet<string> = new Set(
  `hai hain hoon mera meri mere mujhe humara hamara hamare apna apni apne aap aapke aapka aapki aapse kya kyun kaise
  kitna kitne kitni karo karna karke kariye kijiye dijiye kar do nahi nahin mat yeh ye woh bhi kuch sab saara sari
  hata hatao hatado hatana lagega lagta dhanyavaad dhanyawad shukriya jaldi abhi chahiye chahta chahti raha rahi
  gaya gayi diya liya wala wali tha thi bhai bhaiya ji haan matlab bilkul zaroor turant`.split(/\s+/),
);
/** Hindi particles that are also words elsewhere ("do", "ye"): counted only beside one that is not. */
export const HINGLISH_WEAK: ReadonlySet<string> = new Set(['do', 'ye', 'ji', 'sab', 'kar', 'mat', 'haan', 'raha', 'sari']);

/** The detector reads this many characters of the words. */
const DETECTOR_CHARS = 1000;

export interface LanguageWords {
  /** The words that say something of the language: no address, handle, link or number. */
  count: number;
  /** Hinglish words: the strong ones; the weak ones too beside two strong ones, or beside one when they are two or more. */
  hinglish: number;
  /** The first {@link DETECTOR_CHARS} characters of the words joined by single spaces. */
  sample: string;
}

/** The words of `text` that tell its language, read in one pass. */
export function languageWords(text: string): LanguageWords {
  let count = 0;
  let strong = 0;
  let weak = 0;
  // The sample is taken in runs of words the text itself parts by one space, one slice a run.
  let sample = '';
  let from = -1;
  let to = -1;
  let taken = 0;
  // A plain loop over the words, no function called per word: every mail's every word passes here.
  for (let next = runStart(text, 0); next < text.length; ) {
    const start = next;
    const end = runEnd(text, start);
    next = runStart(text, end);
    if (!saysLanguage(text, start, end)) continue;
    count++;
    const kind = hinglishKind(text, start, end);
    if (kind === STRONG) strong++;
    else if (kind === WEAK) weak++;
    if (taken >= DETECTOR_CHARS) continue;
    taken += (count > 1 ? 1 : 0) + end - start;
    if (from >= 0 && start === to + 1 && text.charCodeAt(to) === 32) {
      to = end;
      continue;
    }
    if (from >= 0) sample = sample === '' ? text.slice(from, to) : `${sample} ${text.slice(from, to)}`;
    from = start;
    to = end;
  }
  if (from >= 0) sample = sample === '' ? text.slice(from, to) : `${sample} ${text.slice(from, to)}`;
  const hinglish = strong >= 2 || (strong >= 1 && weak >= 2) ? strong + weak : strong;
  return { count, hinglish, sample: sample.slice(0, DETECTOR_CHARS) };
}

/** The words that tell the language, each as a string: for the hand rules, which few mails need. */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (let next = runStart(text, 0); next < text.length; ) {
    const start = next;
    const end = runEnd(text, start);
    next = runStart(text, end);
    if (saysLanguage(text, start, end)) out.push(text.slice(start, end));
  }
  return out;
}

/*
 * A word is a run of characters between whitespace (what a regex \s matches); it says something
 * of its language with no @ and no digit 0 to 9, neither a link ("://") nor "www." first. A long
 * run of anything is read twice at most: once for its end, once for what it says.
 */

/** The first character at or after `i` that is no space; the text's length when none is. */
function runStart(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The end of the run of characters that are no space starting at `start`. */
function runEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Whether the word text[start, end) says something of its language (see above). */
function saysLanguage(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 64 || (c >= 48 && c <= 57)) return false;
    if (c === 47 && i - start >= 2 && text.charCodeAt(i - 1) === 47 && text.charCodeAt(i - 2) === 58) return false;
  }
  return !text.startsWith('www.', start);
}

/** What a regex \s matches: ASCII and Unicode spaces, line and paragraph separators, the byte-order mark. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const STRONG = 1;
const WEAK = 2;

/** {@link HINGLISH} as a trie over the letters a to z: node n's child for a letter at n * 26 + (letter - 'a'), 0 for none; and the kind of word each node ends. */
const TRIE = (() => {
  const next: number[] = new Array<number>(26).fill(0);
  const kind: number[] = [0];
  for (const w of HINGLISH) {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const slot = node * 26 + w.charCodeAt(i) - 97;
      if (next[slot] === 0) {
        next[slot] = kind.length;
        kind.push(0);
        for (let k = 0; k < 26; k++) next.push(0);
      }
      node = next[slot]!;
    }
    kind[node] = HINGLISH_WEAK.has(w) ? WEAK : STRONG;
  }
  return { next: Int32Array.from(next), kind: Uint8Array.from(kind) };
})();

/**
 * Whether text[start, end) is a Hinglish word, strong or weak, once in lower case and kept to
 * its letters a to z ("Hai!" is "hai"). Besides A to Z, only two characters lower to such a
 * letter: 'İ' (to 'i' and a combining dot) and the Kelvin sign (to 'k').
 */
function hinglishKind(text: string, start: number, end: number): number {
  let node = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x130) c = 105;
    else if (c === 0x212a) c = 107;
    if (c < 97 || c > 122) continue;
    node = TRIE.next[node * 26 + c - 97]!;
    // No word of ours starts with the letters read so far: whatever follows, none is spelled.
    if (node === 0) return 0;
  }
  return TRIE.kind[node]!;
}
