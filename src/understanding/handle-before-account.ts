/**
 * A handle written before the word for the account, in the languages that put it there: "a
 * kiss_g97 fiókhoz tartozó adatok", "az anna_k nevű fiókom", "soo.min_7 계정의 데이터",
 * "ayse.k hesabımın verileri", "matti.v-nimisen tilin", "rahul.s wala account", "the tom.h account".
 *
 * A pack's `accountAfterHandle` word (a stem), then, walking back, spaces, quotes or a hyphen,
 * at most one word naming the platform ("kiss_g97 instagram fiókhoz"), and the handle. Only a
 * word shaped like a handle (an @, a dot, an underscore or a digit) is read, since the word before
 * the account is as often an adjective ("a régi fiókhoz", "the old account"), and never one shaped
 * like a mail domain ("web.de Konto", "outlook.de account"): a wrong handle is worse than none.
 *
 * Each line is folded and scanned once by the registry's linear matcher; the walk back from each
 * hit is bounded (a few marks, one platform word, 31 letters of handle), so the cost stays linear.
 */
import { PACKS } from './languages/packs/index.js';
import { buildMatcher, fold, type Matcher } from './languages/registry.js';
import { searchableText } from './search-text.js';

/** A handle found before an account word: the word (with its @ when written) and where its line's hit starts. */
export interface HandleBeforeAccount {
  word: string;
  at: number;
}

/** Written without spaces (Chinese): the account word may follow the handle with nothing between. */
interface Tag {
  anywhere: boolean;
}

/** A Latin, Greek or Cyrillic word this short must be whole ("acc"), as the other pack matchers read it. */
const ALPHABETIC = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}'.-]+$/u;
const MIN_STEM = 4;

const WORDS: Matcher<Tag> = buildMatcher(
  PACKS.flatMap((p) =>
    (p.accountAfterHandle ?? []).map((raw) => {
      const word = fold(searchableText(raw)).trim();
      const anywhere = p.noSpaces === true;
      const last = word.slice(word.lastIndexOf(' ') + 1);
      return { word, tag: { anywhere }, whole: !anywhere && ALPHABETIC.test(last) && [...last].length < MIN_STEM, anywhere };
    }),
  ),
);

/** The platform's names that may stand between the handle and the account word. */
const PLATFORM = new Set(['instagram', 'insta', 'ig']);
/** What may stand between the handle and the account word (or the platform word). */
const GAPS = ' \t-–"“”„«»\'‘’「」『』';
const MAX_GAP = 4;
const MAX_HANDLE = 30;
/** What may stand right before the handle's word: a space, a quote or a bracket, never a letter, "-", "/" or an address's "@". */
const EDGE = ' \t"“”„«»\'‘’「」『』([{';
/** A handle's last part of two or three letters after a dot is a mail domain's ("web.de", "gmx.net", "mail.ru"). */
const DOMAIN_TAIL = /\.[a-z]{2,3}$/;

/** Every handle written right before an account word in `text`, in text order. */
export function handlesBeforeAccount(text: string): HandleBeforeAccount[] {
  const out: HandleBeforeAccount[] = [];
  let lineStart = 0;
  for (const raw of text.split('\n')) {
    const line = fold(raw);
    for (const hit of WORDS.scan(line)) {
      const word = handleBefore(line, hit.start, hit.tag.anywhere);
      if (word !== null) out.push({ word, at: lineStart + Math.min(hit.start, raw.length) });
    }
    lineStart += raw.length + 1;
  }
  return out;
}

function isHandleChar(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '.' || c === '_');
}

/** How far back from `end` the marks between two words reach: `end` itself when there are none. */
function gapStart(line: string, end: number): number {
  let i = end;
  while (i > 0 && end - i < MAX_GAP && GAPS.includes(line[i - 1]!)) i--;
  return i;
}

function handleBefore(line: string, hitStart: number, anywhere: boolean): string | null {
  let end = gapStart(line, hitStart);
  // A word written with spaces needs one before it: "kiss_fiók" is one word, not a handle and "fiók".
  if (end === hitStart && !anywhere) return null;
  // "kiss_g97 instagram fiókhoz": the platform between the handle and the account word.
  let w = end;
  while (w > 0 && end - w <= 9 && /\p{L}/u.test(line[w - 1]!)) w--;
  if (w < end && PLATFORM.has(line.slice(w, end)) && (w === 0 || GAPS.includes(line[w - 1]!))) {
    const before = gapStart(line, w);
    if (before === w) return null;
    end = before;
  }
  let start = end;
  while (start > 0 && end - start <= MAX_HANDLE && isHandleChar(line[start - 1])) start--;
  if (start === end || end - start > MAX_HANDLE) return null;
  const at = start > 0 && line[start - 1] === '@';
  const edge = at ? start - 1 : start;
  // The handle's word must start there: not the end of an address, a link or a longer word.
  if (edge > 0 && !EDGE.includes(line[edge - 1]!)) return null;
  const handle = line.slice(start, end).replace(/\.+$/, '');
  if (!/[a-z]/.test(handle) || !(at || /[._0-9]/.test(handle))) return null;
  if (!/[_0-9]/.test(handle) && DOMAIN_TAIL.test(handle)) return null;
  return at ? `@${handle}` : handle;
}
