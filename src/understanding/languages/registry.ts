/**
 * The words of every language pack, turned into one linear matcher. A text is folded (Unicode
 * NFKC, lower case, Turkish İ as i, curly apostrophes as ', every run of whitespace as one
 * space) and walked once: from each word start through a trie of the words of the languages
 * written with spaces, and from every character through a trie of the words of the languages
 * written without (`noSpaces`). A walk stops at the first character no word continues with, so
 * the cost is the text's length times the longest word at most, whatever the text holds: no
 * pattern over the text, nothing to backtrack.
 *
 * How a word matches:
 * - content words (erase, data, account, privacy), the words that make a question a request (asks), those of a deletion done (done) and of an earlier ask (askedBefore) are stems: "lösch" matches "löschen" and
 *   "Löschung". A Latin, Greek or Cyrillic word whose last part is shorter than four letters
 *   ("ig", "app") must end where a word ends, so "data" matches "database" but "acc" does not
 *   match "accept"; in other scripts two letters are a word and a stem ("삭제" in "삭제해");
 * - function words and phrases (mine, negation, question, opposite, otherwise) are whole words: "my" is not
 *   "mystery", "not" is not "nothing", "what" is not "WhatsApp", the Turkish "silinmesin" (let it
 *   not be deleted) is not "silinmesini" (its deletion); a pack lists the forms it needs;
 * - in a language written without spaces every word matches anywhere.
 */
import type { LanguagePack } from './language-pack.js';
import { PACKS } from './packs/index.js';

/** The kinds of words the reader asks about. */
export const WORD_KINDS = ['erase', 'data', 'account', 'privacy', 'mine', 'opposite', 'negation', 'question', 'asks', 'done', 'askedBefore', 'otherwise'] as const;
export type WordKind = (typeof WORD_KINDS)[number];

const WHOLE_WORD_KINDS: ReadonlySet<WordKind> = new Set(['mine', 'negation', 'question', 'opposite', 'otherwise']);
/** A stem shorter than this (its last word) must end at a word end. */
const MIN_STEM = 4;

/** One word of one pack found in a folded text; `start` and `end` are positions in that folded text. */
export interface WordHit {
  lang: string;
  kind: WordKind;
  /** The pack's word, folded. */
  word: string;
  start: number;
  end: number;
}

/** What a pack word stands for: its language and its kind. */
export interface PackWord {
  lang: string;
  kind: WordKind;
}

export interface Registry {
  /** The packs it was built from, in order. */
  readonly packs: readonly LanguagePack[];
  /** The pack words as its matcher reads them (whole words or stems, anywhere or at a word start), in pack order. */
  readonly words: ReadonlyArray<MatcherWord<PackWord>>;
  /** Every pack word in `folded` (a text already passed through {@link fold}), in text order. */
  scanFolded(folded: string): WordHit[];
}

/** One word a {@link Matcher} looks for: folded, with what it stands for. */
export interface MatcherWord<T> {
  word: string;
  tag: T;
  /** Must end where a word ends (else it is a stem that may run on). */
  whole: boolean;
  /** Matches anywhere, not only at a word start (languages written without spaces). */
  anywhere: boolean;
}

export interface MatcherHit<T> {
  tag: T;
  word: string;
  start: number;
  end: number;
}

/** Finds words in a folded text in one walk; see the top of this file. */
export interface Matcher<T, H = MatcherHit<T>> {
  scan(folded: string): H[];
}

/** Makes a hit of a word found: the registry makes its {@link WordHit}s directly, with no hit in between. */
type MakeHit<T, H> = (tag: T, word: string, start: number, end: number) => H;

const matcherHit = <T>(tag: T, word: string, start: number, end: number): MatcherHit<T> => ({ tag, word, start, end });

/**
 * A trie in flat arrays: node 0 is the root, and every edge (node, code unit) → next node is one
 * slot of an open-addressing hash table, so a step of a walk is a multiplication and a look at
 * one or two slots of typed arrays, never a Map or an object per node. The tries of 30
 * languages' words take less memory so than as objects, and a walk costs about half as much.
 */
interface Trie<T> {
  /** The node each slot leads from (-1: an empty slot), the code unit it leads on with, the node it leads to. */
  from: Int32Array;
  unit: Uint16Array;
  to: Int32Array;
  /** 32 minus the table's size as a power of two: a slot is a hash's top bits. */
  shift: number;
  /** The words that end at each node, in the order they were given; undefined at most nodes. */
  ends: Array<ReadonlyArray<MatcherWord<T>> | undefined>;
}

/** The first slot to look at for the edge leaving `node` with `unit` (Fibonacci hashing: the product's top bits). */
function slotOf(node: number, unit: number, shift: number): number {
  return Math.imul((node << 16) ^ unit ^ (node >>> 16), 0x9e3779b1) >>> shift;
}

/** The node `node` leads to on `unit`, or -1. */
function nextNode<T>(trie: Trie<T>, node: number, unit: number): number {
  const { from, shift } = trie;
  const last = from.length - 1;
  for (let slot = slotOf(node, unit, shift); ; slot = (slot + 1) & last) {
    const at = from[slot]!;
    if (at === -1) return -1;
    if (at === node && trie.unit[slot] === unit) return trie.to[slot]!;
  }
}

/** The trie of `words` (none empty). */
function buildTrie<T>(words: ReadonlyArray<MatcherWord<T>>): Trie<T> {
  // Built with a Map per node first, then laid out flat once every edge is known.
  const next: Array<Map<number, number>> = [new Map()];
  const ends: Array<MatcherWord<T>[] | undefined> = [undefined];
  let edges = 0;
  for (const entry of words) {
    let node = 0;
    for (let k = 0; k < entry.word.length; k++) {
      const unit = entry.word.charCodeAt(k);
      let child = next[node]!.get(unit);
      if (child === undefined) {
        child = next.length;
        next.push(new Map());
        ends.push(undefined);
        next[node]!.set(unit, child);
        edges++;
      }
      node = child;
    }
    (ends[node] ??= []).push(entry);
  }
  // At most two thirds of the slots full: a look-up rarely walks past a second slot.
  let bits = 4;
  while (1 << bits < edges * 1.5) bits++;
  const trie: Trie<T> = { from: new Int32Array(1 << bits).fill(-1), unit: new Uint16Array(1 << bits), to: new Int32Array(1 << bits), shift: 32 - bits, ends };
  const last = (1 << bits) - 1;
  next.forEach((children, node) => {
    for (const [unit, child] of children) {
      let slot = slotOf(node, unit, trie.shift);
      while (trie.from[slot] !== -1) slot = (slot + 1) & last;
      trie.from[slot] = node;
      trie.unit[slot] = unit;
      trie.to[slot] = child;
    }
  });
  return trie;
}

/** Characters that make up words: letters, digits, combining marks. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** The ASCII word characters: digits and letters. */
const ASCII_WORD_CHAR = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0));

/** Whether each code unit of the BMP outside the surrogates is a word character: 0 not known yet, 1 it is, 2 it is not. */
const WORD_UNITS = new Uint8Array(0x10000);

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD_CHAR[c] === 1;
  // A lone surrogate half is no letter of its own; the pair is read as one character.
  if (c >= 0xd800 && c <= 0xdfff) return WORD_CHAR.test(text.slice(c <= 0xdbff ? i : i - 1, c <= 0xdbff ? i + 2 : i + 1));
  let known = WORD_UNITS[c]!;
  if (known === 0) WORD_UNITS[c] = known = WORD_CHAR.test(text[i]!) ? 1 : 2;
  return known === 1;
}

/**
 * Code units below U+0300 that NFKC leaves as they are, Turkish İ excepted (it is folded by hand):
 * a text of these alone is its own NFKC form, since every mark that composes with a letter, and
 * every letter that decomposes, is outside them. Such a text (most mail) skips normalize().
 */
const NFKC_STABLE = (() => {
  const stable = new Uint8Array(0x300);
  for (let c = 0; c < 0x300; c++) {
    const ch = String.fromCharCode(c);
    stable[c] = c !== 0x130 && ch.normalize('NFKC') === ch ? 1 : 0;
  }
  return stable;
})();

/**
 * What {@link fold} must do to `text` past lower case: 0 nothing (its own NFKC
 * form, no space but single " " and no curly apostrophe), 1 spacing only, 2 NFKC first. Lower
 * case changes no space and no apostrophe of the characters below U+0300, so the spacing of such
 * a text is asked of the text itself.
 */
const AS_IS = 0;
const SPACING = 1;
const NFKC = 2;

/** A character NFKC changes: one below U+0300 that it does not leave as it is (Turkish İ among them, folded by hand), or any above. */
const NEEDS_NFKC = (() => {
  let changed = '';
  for (let c = 0; c < 0x300; c++) if (NFKC_STABLE[c] === 0) changed += `\\u${c.toString(16).padStart(4, '0')}`;
  return new RegExp(`[${changed}\\u0300-\\uffff]`);
})();
/** In a text NFKC leaves as it is, what spacing changes: a run of " ", a tab or line end, or the apostrophe ʼ. */
const NEEDS_SPACING = / {2}|[\t\n\v\f\r\u02bc]/;

/** Two native searches, each of one character class, tell: most mail is plain text, so the first finds nothing. */
function foldWork(text: string): number {
  if (NEEDS_NFKC.test(text)) return NFKC;
  return NEEDS_SPACING.test(text) ? SPACING : AS_IS;
}

/**
 * The form every text and every word is compared in. The length may change (NFKC, collapsed
 * spaces), so positions in the folded text are positions there only.
 */
/** The last long text folded and its fold: several rules fold the same whole mail in turn. */
let lastFolded: { text: string; folded: string } | null = null;
/** Texts shorter than this are folded anew: comparing them costs about what folding them does. */
const REMEMBER_FROM = 256;

export function fold(text: string): string {
  if (text.length < REMEMBER_FROM) return foldAnew(text);
  if (lastFolded !== null && lastFolded.text === text) return lastFolded.folded;
  const folded = foldAnew(text);
  lastFolded = { text, folded };
  return folded;
}

function foldAnew(text: string): string {
  const work = foldWork(text);
  if (work === AS_IS) return text.toLowerCase();
  const normal = work === NFKC ? text.replace(/İ/g, 'I').normalize('NFKC').toLowerCase() : text.toLowerCase();
  return normal.replace(CURLY_APOSTROPHES, "'").replace(SPACE_RUNS, ' ');
}

const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc]/g;
/**
 * The runs of whitespace that are not already one " ": a run that starts with another space, or
 * " " followed by more. Each is one character class repeated, nothing to backtrack over.
 */
const SPACE_RUNS = /[\t-\r\u00a0\u3000\u202f\u2000-\u200a][\t-\r \u00a0\u3000\u202f\u2000-\u200a]*| [\t-\r \u00a0\u3000\u202f\u2000-\u200a]+/g;

/** {@link buildMatcher}'s first units: a word of a spaced language starts with it (1), a word matched anywhere does (2), or both. */
const SPACED_START = 1;
const ANYWHERE_START = 2;

/** The packs' optional word lists read outside the registry's trie, one matcher each. */
export type PackList =
  | 'allOfIt' | 'and' | 'apology' | 'applies' | 'but' | 'clients' | 'complement' | 'condition' | 'contrast' | 'gone' | 'howItGoes' | 'howTo'
  | 'machineOrders' | 'mailSaid' | 'notData' | 'nothing' | 'notice' | 'nowOpens' | 'onBehalf' | 'onlyThis' | 'othersAccount' | 'othersAsk' | 'ours' | 'ownChild' | 'ownWish'
  | 'passOn' | 'stays' | 'takenForInstagram' | 'theRest' | 'toMachine' | 'undecided' | 'wants' | 'whether' | 'withdraws' | 'workDone'
  | 'wroteByMistake';
/** Lists whose words are stems in every language ("someone" in "someone's", "שמישהו", "doorsturen" in "doorgestuurd"); the others are whole words where words are spaced. */
const STEM_LISTS: ReadonlySet<PackList> = new Set(['clients', 'howItGoes', 'howTo', 'machineOrders', 'mailSaid', 'notice', 'othersAccount', 'othersAsk', 'passOn', 'withdraws', 'workDone', 'wroteByMistake']);
const listMatchers = new WeakMap<Registry, Map<PackList, Matcher<string>>>();

/** A matcher of one optional list of every pack of `from`, each word tagged with its language; built once per registry. */
export function packListMatcher(from: Registry, list: PackList): Matcher<string> {
  let built = listMatchers.get(from);
  if (built === undefined) listMatchers.set(from, (built = new Map()));
  let m = built.get(list);
  if (m === undefined) {
    m = buildMatcher(packListWords(from, list));
    built.set(list, m);
  }
  return m;
}

/** The words of one optional list of every pack of `from`, as its {@link packListMatcher} reads them: for a walk that finds them with other lists. */
export function packListWords(from: Registry, list: PackList): Array<MatcherWord<string>> {
  return from.packs.flatMap((p) =>
    (p[list] ?? []).map((word) => ({ word: fold(word).trim(), tag: p.code, whole: p.noSpaces !== true && !STEM_LISTS.has(list), anywhere: p.noSpaces === true })),
  );
}

/** A matcher of `words`; words of other lengths and scripts may be mixed freely. */
export function buildMatcher<T>(words: ReadonlyArray<MatcherWord<T>>): Matcher<T>;
export function buildMatcher<T, H>(words: ReadonlyArray<MatcherWord<T>>, make: MakeHit<T, H>): Matcher<T, H>;
export function buildMatcher<T, H>(words: ReadonlyArray<MatcherWord<T>>, make: MakeHit<T, H> = matcherHit as MakeHit<T, H>): Matcher<T, H> {
  const spaced = buildTrie(words.filter((w) => w.word !== '' && !w.anywhere));
  const anywhere = buildTrie(words.filter((w) => w.word !== '' && w.anywhere));
  // Most characters of a text start no word: one look-up in a table of the first units tells.
  const starts = new Uint8Array(0x10000);
  for (const w of words) if (w.word !== '') starts[w.word.charCodeAt(0)]! |= w.anywhere ? ANYWHERE_START : SPACED_START;
  return {
    scan(text: string): H[] {
      const hits: H[] = [];
      // Whether the character before is a word character, carried along: each character is asked once.
      let afterWordChar = false;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        const wordChar = c < 128 ? ASCII_WORD_CHAR[c] === 1 : isWordChar(text, i);
        const start = starts[c]!;
        if (start !== 0) {
          if ((start & SPACED_START) !== 0 && wordChar && !afterWordChar) walk(spaced, text, i, hits, make);
          if ((start & ANYWHERE_START) !== 0) walk(anywhere, text, i, hits, make);
        }
        afterWordChar = wordChar;
      }
      return hits;
    },
  };
}

function walk<T, H>(trie: Trie<T>, text: string, start: number, hits: H[], make: MakeHit<T, H>): void {
  let node = 0;
  let j = start;
  while (j < text.length) {
    node = nextNode(trie, node, text.charCodeAt(j));
    if (node === -1) return;
    j++;
    const ends = trie.ends[node];
    if (ends === undefined) continue;
    for (const e of ends) {
      if (e.whole && j < text.length && isWordChar(text, j)) continue;
      hits.push(make(e.tag, e.word, start, j));
    }
  }
}

/** Alphabets whose short stems are ambiguous ("ig" in "big", "акк" in many words); other scripts write whole words in two or three letters ("삭제", "حذف"). */
const ALPHABETIC = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}'.-]+$/u;

/** The word's last part is a short stem of an alphabet, which must end where a word ends. */
function tooShortForStem(word: string): boolean {
  const last = word.slice(word.lastIndexOf(' ') + 1);
  return ALPHABETIC.test(last) && [...last].length < MIN_STEM;
}

/** The hit of a pack word found in a folded text. */
export function packHit(tag: PackWord, word: string, start: number, end: number): WordHit {
  return { lang: tag.lang, kind: tag.kind, word, start, end };
}

/** Builds the matcher of `packs`. */
export function buildRegistry(packs: readonly LanguagePack[]): Registry {
  const words: Array<MatcherWord<PackWord>> = [];
  for (const pack of packs) {
    for (const kind of WORD_KINDS) {
      for (const raw of pack[kind] ?? []) {
        const word = fold(raw).trim();
        const anywhere = pack.noSpaces === true;
        const whole = !anywhere && (WHOLE_WORD_KINDS.has(kind) || tooShortForStem(word));
        words.push({ word, tag: { lang: pack.code, kind }, whole, anywhere });
      }
    }
  }
  const matcher = buildMatcher(words, packHit);
  return { packs, words, scanFolded: (text) => matcher.scan(text) };
}

/** One bit for each kind of word. */
const KIND_BIT = Object.fromEntries(WORD_KINDS.map((kind, k) => [kind, 1 << k])) as Record<WordKind, number>;

/** What kinds of words, of which languages, a text holds. */
export class WordsFound {
  readonly hits: readonly WordHit[];
  /** The kinds found, a bit each: most questions ("any erasure word?") are answered by it alone. */
  private readonly kinds: number = 0;
  /** The languages and words of each kind, in text order: worked out at the first question that needs them. */
  private byKindOnce: Map<WordKind, Map<string, string[]>> | null = null;

  constructor(hits: readonly WordHit[]) {
    this.hits = hits;
    for (const h of hits) this.kinds |= KIND_BIT[h.kind];
  }

  private get byKind(): Map<WordKind, Map<string, string[]>> {
    if (this.byKindOnce !== null) return this.byKindOnce;
    const byKind = new Map<WordKind, Map<string, string[]>>();
    for (const h of this.hits) {
      let langs = byKind.get(h.kind);
      if (!langs) byKind.set(h.kind, (langs = new Map()));
      const words = langs.get(h.lang);
      if (!words) langs.set(h.lang, [h.word]);
      else if (!words.includes(h.word)) words.push(h.word);
    }
    this.byKindOnce = byKind;
    return byKind;
  }

  /** Whether a word of `kind` was found, of `lang` when given, of any language otherwise. */
  has(kind: WordKind, lang?: string): boolean {
    if ((this.kinds & KIND_BIT[kind]) === 0) return false;
    return lang === undefined || this.byKind.get(kind)!.has(lang);
  }

  /** The languages with a word of `kind`. */
  languages(kind: WordKind): string[] {
    if ((this.kinds & KIND_BIT[kind]) === 0) return [];
    return [...this.byKind.get(kind)!.keys()];
  }

  /** The words of `kind` found (of `lang` when given), each once, as the pack writes them folded. */
  words(kind: WordKind, lang?: string): string[] {
    if ((this.kinds & KIND_BIT[kind]) === 0) return [];
    const langs = this.byKind.get(kind)!;
    if (lang !== undefined) return [...(langs.get(lang) ?? [])];
    return [...new Set([...langs.values()].flat())];
  }
}

let defaultRegistry: Registry | null = null;

/** The registry of every pack the reader has ({@link PACKS}), built once. */
export function registry(): Registry {
  defaultRegistry ??= buildRegistry(PACKS);
  return defaultRegistry;
}

/** The pack words `text` holds (folded first). */
export function wordsIn(text: string, from: Registry = registry()): WordsFound {
  return new WordsFound(from.scanFolded(fold(text)));
}

/** The English name of a language code, from its pack ("pl" → "Polish"); the code itself when no pack has it. */
export function languageName(code: string, from: Registry = registry()): string {
  return from.packs.find((p) => p.code === code)?.name ?? code;
}
