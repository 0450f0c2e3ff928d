/**
 * A handle named inside a sentence, in any language of the packs: "mój login na Instagramie to
 * kasia.w", "мой ник в инсте — ivan_p", "我的ins是xiao_yu", "인스타 아이디는 soo.bin 입니다",
 * "Username IG của tôi là nam.le", "insta hesabım ahmet34", "الانستا بتاعي omar.eg".
 *
 * A pack's `handlePhrases` word (a stem: its case ending is skipped), then up to a few
 * `handleLinks` words (the platform, "my", the copula), ":" "-" or quote marks, then the
 * handle: Instagram's alphabet only, so the search stops where the handle does, in any script.
 * The word must look like a handle (an @, a dot, an underscore or a digit) unless it stands in
 * quotes or after a colon or dash and ends its sentence: "nick: kasia." is read, "mój nick to
 * taki sam" is not. A plain word in small letters is read too where the platform and a link name
 * it and it closes its line ("mi insta es caminorte 🙏", "mon insta cest julienbrt"), unless it is
 * a word people say of the platform ("mi insta es privada") or a name ("… namanya Rina").
 *
 * Each line is folded and scanned once by the registry's linear matcher; after each phrase the
 * walk is bounded (a few links, a few separators, 30 letters of handle), so the cost stays
 * linear in the text's length.
 */
import type { LanguagePack } from './languages/language-pack.js';
import { PACKS } from './languages/packs/index.js';
import { buildMatcher, fold, type Matcher, type MatcherWord } from './languages/registry.js';
import { endsItsLine, isCommonWord } from './loose-handle-words.js';
import { searchableText } from './search-text.js';

/** A handle found after a phrase: the word (with its @ when written), where its line's phrase starts, and whether it looks like a handle. */
export interface PhraseHandle {
  word: string;
  at: number;
  shaped: boolean;
  /** Named by a word marking it as the person's own among several ("punyaku", "le mien"). */
  own: boolean;
  /** Named after a third person's possessive ("όνομα χρήστη του", "usuário dele"): another person's handle. */
  theirs: boolean;
  /**
   * Read only as a handle-shaped word right after the word for the account ("k účtu x", "zum Konto x"):
   * whose account it is goes unsaid ("Meine Frau betreut das Konto @x"), so a handle the person names as theirs outranks it.
   */
  afterAccount: boolean;
}

/** The platform's names, in every script people write them, read as links in every language. */
const PLATFORM = ['instagram', 'insta', 'ig', 'инстаграм', 'инст', 'інстаграм', 'інст', 'ινσταγκραμ', 'instagramm'];

/** A Latin, Greek or Cyrillic stem this short must be a whole word ("ig", "to"). */
const ALPHABETIC = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}'.-]+$/u;
const MIN_STEM = 4;

interface Tag {
  anywhere: boolean;
  own: boolean;
  /** A word naming the account ("аккаунт", "tài khoản", "حساب"): only a quoted handle after it is read. */
  quotedOnly: boolean;
  /**
   * A phrase naming an account without saying whose ("the account", "das Konto", "účet",
   * "акаунт"): the handle counts only after a link that names it ("is called", "heißt", "je",
   * "heter") or a colon, since "my sister runs the account @x" or "Її акаунт — @x" names
   * someone else's.
   */
  linkedOnly: boolean;
  /**
   * The person naming themselves ("soy", "ich bin", "я"): the handle counts only when a link
   * naming the platform follows it ("soy @x en Instagram"), since "soy @x" alone may go on to anything.
   */
  platformAfter: boolean;
  /** A link that names the platform: "en instagram", "na insta", "instagramda". */
  platform: boolean;
  /** A link that is a third person's possessive ("του", "dele"): the handle is another person's. */
  theirs: boolean;
}

type WordEntry = readonly [raw: string, anywhere: boolean, own?: boolean, quotedOnly?: boolean, linkedOnly?: boolean, platformAfter?: boolean, theirs?: boolean];

function words(list: ReadonlyArray<WordEntry>): Array<MatcherWord<Tag>> {
  return list.map(([raw, anywhere, own = false, quotedOnly = false, linkedOnly = false, platformAfter = false, theirs = false]) => {
    // Spaced as the searched text is between Latin and Chinese or Japanese letters ("ig号" → "ig 号").
    const word = fold(searchableText(raw)).trim();
    const last = word.slice(word.lastIndexOf(' ') + 1);
    const whole = !anywhere && ALPHABETIC.test(last) && [...last].length < MIN_STEM;
    const platform = word.split(/\s+/).some((w) => PLATFORM.some((name) => w === name || (name.length > 3 && w.startsWith(name))));
    return { word, tag: { anywhere, own, quotedOnly, linkedOnly, platformAfter, platform, theirs }, whole, anywhere };
  });
}

const PHRASES: Matcher<Tag> = buildMatcher(
  words(
    PACKS.flatMap((p) => [
      ...(p.handlePhrases ?? []).map((w) => [w, p.noSpaces === true, false, false, namesAccountOnly(p, w)] as const),
      ...(p.ownHandlePhrases ?? []).map((w) => [w, p.noSpaces === true, true] as const),
      // "soy @x en Instagram", "ich bin @x auf Instagram", "я @x в инстаграме": the person, the handle, the platform.
      ...(p.selfNaming ?? []).map((w) => [w, p.noSpaces === true, false, false, false, true] as const),
      // 'аккаунт «x»', 'tài khoản "x"', 'החשבון "x"': the account or a username label, then a quoted handle.
      ...[...p.usernameLabels, ...p.account].map((w) => [w, p.noSpaces === true, false, true] as const),
    ]),
  ),
);
/** The phrase ends on the pack's word for the account and names neither whose nor the platform: "the account", "das Konto", "účet". */
function namesAccountOnly(p: LanguagePack, phrase: string): boolean {
  const words = fold(phrase).trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const mine = new Set(p.mine.map((m) => fold(m).trim()));
  const named = (w: string): boolean => mine.has(w) || PLATFORM.includes(w);
  return p.account.some((a) => last === fold(a).trim()) && !words.some(named);
}

const LINKS: Matcher<Tag> = buildMatcher(
  words([
    ...PLATFORM.map((w) => [w, false] as const),
    ...PACKS.flatMap((p) => (p.handleLinks ?? []).map((w) => [w, p.noSpaces === true] as const)),
    ...PACKS.flatMap((p) => (p.theirHandleLinks ?? []).map((w) => [w, p.noSpaces === true, false, false, false, false, true] as const)),
  ]),
);

/** What may stand between the phrase and the handle. Quotes and colons and dashes are remembered. */
const QUOTES = new Set(['"', '“', '”', '„', '«', '»', "'", '‘', '’', '「', '」', '『', '』', '‹', '›']);
const MARKS = new Set([':', '：', '-', '–', '—', '=']);
const GAPS = new Set([' ', '\t', '(', '（', '*', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']);
/** What may follow a handle that is not shaped like one: the sentence ends. */
const SENTENCE_END = '.!?,;)）»"”’\'。，！？、」』';

const MAX_LINKS = 4;
const MAX_GAP = 8;
/** Longest case ending skipped after a stem ("käyttäjätunnu|kseni", "инст|аграме"). */
const MAX_ENDING = 12;
const MAX_HANDLE = 30;

/** Letters of the scripts written with spaces whose words a handle must not run into ("kasią", "ivanов"). */
const SPACED_WORD_CHAR = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}\p{M}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** A word shaped like a mail domain and nothing else ("web.de", "gmx.net"): no handle after "Konto". */
function mailDomain(word: string): boolean {
  return !/[_0-9@]/.test(word) && /\.[a-z]{2,3}$/.test(word);
}

/** Every handle named after a pack phrase in `text`, in text order. */
export function handlesAfterPhrases(text: string): PhraseHandle[] {
  const out: PhraseHandle[] = [];
  let lineStart = 0;
  for (const raw of text.split('\n')) {
    scanLine(raw, lineStart, out);
    lineStart += raw.length + 1;
  }
  return out;
}

function scanLine(raw: string, offset: number, out: PhraseHandle[]): void {
  const line = fold(raw);
  const phrases = PHRASES.scan(line);
  if (phrases.length === 0) return;
  const links = new Map<number, Link>();
  for (const h of LINKS.scan(line)) {
    const seen = links.get(h.start);
    if (!seen || seen.end < h.end) links.set(h.start, { end: h.end, anywhere: h.tag.anywhere, platform: h.tag.platform, theirs: h.tag.theirs });
  }
  for (const p of phrases) {
    // A phrase ending on the handle's "@" ("min @", "mi @"): the handle starts there, not after its first word.
    const start = p.tag.anywhere ? p.end : line[p.end - 1] === '@' ? p.end - 1 : wordEnd(line, p.end);
    if (start < 0) continue;
    const found = handleAfter(line, start, links);
    // 'аккаунт «x»', or a handle-shaped word right after the account word in any case: "k účtu kavarna_u_mostu", "danych konta x", "для аккаунта x".
    if (found && p.tag.quotedOnly && !(found.shaped && (found.quoted || (found.bare && !mailDomain(found.word))))) continue;
    if (found && p.tag.linkedOnly && !found.linked) continue;
    if (found && p.tag.platformAfter && !(found.shaped && platformAt(line, found.end, links))) continue;
    // Read loosely only where the platform is named, and as typed in small letters: "mi insta es caminorte", never "… es Rina".
    if (found?.loose === true && (!(p.tag.platform || found.platformLinked) || !raw.includes(found.word))) continue;
    if (found) {
      const afterAccount = p.tag.quotedOnly && !found.quoted;
      out.push({ word: found.word, shaped: found.shaped, own: p.tag.own, theirs: found.theirs, afterAccount, at: offset + Math.min(p.start, raw.length) });
    }
  }
}

/** A link word found in the line: where it ends, whether it runs on anywhere, whether it names the platform, whether it is a third person's. */
interface Link {
  end: number;
  anywhere: boolean;
  platform: boolean;
  theirs: boolean;
}

/** Whether a link naming the platform starts after the spaces at `i`: "@x en Instagram", "@x instagramda". */
function platformAt(line: string, i: number, links: ReadonlyMap<number, Link>): boolean {
  let j = i;
  while (j - i < MAX_GAP && (line[j] === ' ' || line[j] === '\t')) j++;
  return j > i && links.get(j)?.platform === true;
}

/** Where the word running on from `i` ends (a case ending), or -1 when it runs on too long to be one. */
function wordEnd(line: string, i: number): number {
  let j = i;
  while (j < line.length && WORD_CHAR.test(line[j]!)) {
    j++;
    if (j - i > MAX_ENDING) return -1;
  }
  return j;
}

function isHandleChar(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '.' || c === '_');
}

function handleAfter(
  line: string,
  from: number,
  links: ReadonlyMap<number, Link>,
): { word: string; shaped: boolean; quoted: boolean; linked: boolean; bare: boolean; theirs: boolean; end: number; loose: boolean; platformLinked: boolean } | null {
  let i = from;
  let quoted = false;
  let marked = false;
  let colon = false;
  let linked = false;
  let platformLinked = false;
  let theirs = false;
  for (let step = 0; step <= MAX_LINKS; step++) {
    for (let k = 0; k < MAX_GAP && i < line.length; k++, i++) {
      const c = line[i]!;
      if (QUOTES.has(c)) quoted = true;
      else if (MARKS.has(c)) {
        marked = true;
        colon ||= c === ':' || c === '：';
      }
      else if (!GAPS.has(c)) break;
    }
    // "my @ is x": an @ standing alone for the handle.
    if (line[i] === '@' && line[i + 1] === ' ') {
      i += 2;
      continue;
    }
    const link = links.get(i);
    // A link written into the handle ("ig_fan", "insta.jess") is the handle's start, not a link.
    if (!link || line[link.end] === '.' || line[link.end] === '_') break;
    const end = link.anywhere ? link.end : wordEnd(line, link.end);
    if (end < 0 || step === MAX_LINKS) return null;
    linked = true;
    platformLinked ||= link.platform;
    theirs ||= link.theirs;
    i = end;
  }
  const at = line[i] === '@';
  const start = at ? i + 1 : i;
  let j = start;
  while (j - start <= MAX_HANDLE && isHandleChar(line[j])) j++;
  if (j === start || j - start > MAX_HANDLE) return null;
  const next = line[j];
  // Part of a longer word, an address or a link: "kasią", "kasia@example.pl", "kasia-nowak".
  if (next !== undefined && ('@-/\\&%+=#'.includes(next) || SPACED_WORD_CHAR.test(next))) return null;
  let end = j;
  while (end > start && line[end - 1] === '.') end--;
  const handle = line.slice(start, end);
  if (handle === '') return null;
  // Closing marks may follow, then the handle's word must end: "alice;rm -rf" names no handle.
  let after = j;
  while (after < line.length && after - j < 3 && SENTENCE_END.includes(line[after]!)) after++;
  if (after > j && after < line.length && !GAPS.has(line[after]!) && (isHandleChar(line[after]) || '@-/\\&%+=#<>'.includes(line[after]!))) return null;
  const shaped = at || /[._0-9]/.test(handle);
  let loose = false;
  if (!shaped && !quoted && !marked) {
    // "mi insta es caminorte 🙏": after a link, a plain word closing its line.
    if (!linked || !endsItsLine(line, j) || isCommonWord(handle)) return null;
    loose = true;
  } else if (!shaped) {
    const rest = line.slice(j, j + 4).trimStart();
    if (rest !== '' && !SENTENCE_END.includes(rest[0]!)) return null;
  }
  const bare = !quoted && !marked && !linked && /^[ \t]+$/.test(line.slice(from, i));
  return { word: at ? `@${handle}` : handle, shaped, quoted, linked: linked || colon, bare, theirs, end: j, loose, platformLinked };
}
