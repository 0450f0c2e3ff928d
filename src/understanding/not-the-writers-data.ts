/**
 * Mail that asks PickrTech to delete something that is not the writer's data in the app: a post
 * or a photo on PickrTech's own Instagram account ("you posted a photo of my shop without asking,
 * please delete that post, I am not asking you to delete any other data"), a subscription or a
 * payment card ("cancel my subscription and remove my credit card details"), or, in a complaint,
 * PickrTech's own account ("DELETE the data and the @pickrtech account or I report you for spam").
 *
 * Read sentence by sentence, over every sentence with an erasure word:
 * - one whose erasure word is negated in its clause ("제 계정 데이터를 지워달라는 건 아니고", "I am
 *   not asking you to delete any other data") spares the data, and asks nothing;
 * - one whose data and account words are each another thing's (a pack's `notData` word near it,
 *   not joined by an "and" of a pack: "card details", "datos de mi tarjeta"; or our own handle near it, with
 *   no first-person word beside it, when the mail names no handle of the writer's: "the data and
 *   the @pickrtech account"), and that names such a thing, erases that thing;
 * - any other with data or an account ("and delete all my data") asks to erase the writer's data.
 * The mail is about other things when a sentence erases one and none asks for the writer's data.
 */
import { packListMatcher, registry, type WordHit } from './languages/registry.js';
import { negationNearErasure } from './pack-intent.js';
import { opensWithErasure, type ReadSentence } from './request-signals.js';
import { wordWindow } from './word-window.js';

/** Words before and after a data word that a thing qualifying it stands within: "my credit card details", "datos de mi tarjeta de crédito". */
const BEFORE = 3;
const AFTER = 4;
/** Words before and after a data word where a first-person word makes it the writer's own: "my data", "dane mojej", "제 계정". */
const MINE_BEFORE = 2;
const MINE_AFTER = 1;
/** Letters a stem's word runs on after the stem, looked at: "donnée" in "données". */
const RUN_ON = 40;
/** Words before a data word that a negation sparing it stands within: "pas mes données", "not my data". */
const NEGATED = 2;
/** Words either side of our own handle that an account word stands within to name our account: "la cuenta @pickrtech", "the pickrtech account". */
const BESIDE = 2;
/** Things, and data or account words, looked at in one sentence. */
const MAX_WORDS = 12;
/** Occurrences of our own handle looked at in one sentence: bounded, so the scan stays linear. */
const MAX_OWN = 8;

interface Thing {
  start: number;
  end: number;
  /** Our own account, which "and" may join to the data ("the data and the @pickrtech account"). */
  own: boolean;
}

/**
 * Whether every erasure the mail's sentences ask for is of something that is not the writer's
 * data, and at least one names such a thing. `writerHandle` tells whether the mail names a handle
 * of the writer's own (then our handle beside it is only named: "not the pickrtech account obviously").
 */
export function notTheWritersData(sentences: readonly ReadSentence[], ownHandles: readonly string[], writerHandle: () => boolean): boolean {
  const notData = packListMatcher(registry(), 'notData');
  const packs = registry().packs;
  const noSpaces = (lang: string): boolean => packs.find((p) => p.code === lang)?.noSpaces === true;
  let other = false;
  for (const s of sentences) {
    const erase = s.words.hits.filter((h) => h.kind === 'erase');
    if (erase.length === 0) continue;
    if (s.words.languages('erase').some((lang) => negationNearErasure(s, lang, noSpaces(lang)) !== null)) continue;
    const things: Thing[] = distinct(notData.scan(s.folded).filter((h) => !inHandle(s.folded, h.start, h.end))).map((h) => ({ start: h.start, end: h.end, own: false }));
    // Only where it is asked for: a threat that our account "will be deleted" is read by the rules of phishing.
    if (asks(s)) things.push(...ownAccounts(s, ownHandles, writerHandle));
    // Each data or account word once, whatever the languages that list it ("data" in a dozen packs).
    const named = distinct(s.words.hits.filter((h) => h.kind === 'data' || h.kind === 'account'));
    // A sentence naming more things or data than a person writes in one is read as today: bounded pairs, linear.
    if (things.length > MAX_WORDS || named.length > MAX_WORDS) return false;
    // "Supprimez cette publication, pas mes données": a data word a negation stands right before is spared.
    if (named.some((n) => !negated(s, n) && !things.some((t) => qualifies(s, t, n)))) return false;
    if (things.length > 0) other = true;
  }
  return other;
}

/** The thing stands near the data or account word, in its clause, joined by no "and" unless it is our own account. */
function qualifies(s: ReadSentence, t: Thing, n: WordHit): boolean {
  const folded = s.folded;
  if (t.start < n.end && n.start < t.end) return true;
  const end = wordEnd(folded, n.end);
  const [from, to] = wordWindow(folded, n.start, end, BEFORE, AFTER);
  if (t.start < from || t.end > to) return false;
  // "delete my data from the @pickrtech app": the writer's own data, whatever account it names.
  if (t.own) {
    const [near, far] = wordWindow(folded, n.start, end, MINE_BEFORE, MINE_AFTER);
    return !s.words.hits.some((h) => h.kind === 'mine' && h.start >= near && h.end <= far);
  }
  // "Konto und alle meine Fotos", "계정과 사진": an "and" between them, or joined to the data word as its suffix, makes two things.
  const and = packListMatcher(registry(), 'and');
  const lo = Math.min(t.start, n.start);
  const hi = Math.max(t.end, end);
  const between = and.scan(folded.slice(lo, hi)).some((a) => a.end + lo <= t.start || a.start + lo >= t.end);
  return !between && !and.scan(folded.slice(n.end, end)).some((a) => a.tag === n.lang);
}

/**
 * Our own handle named as an account ("@pickrtech", "la cuenta pickrtech", "the pickrtech
 * account"), when the mail names no handle of the writer's.
 */
function ownAccounts(s: ReadSentence, ownHandles: readonly string[], writerHandle: () => boolean): Thing[] {
  const found: Thing[] = [];
  const accounts = s.words.hits.filter((h) => h.kind === 'account');
  for (const handle of ownHandles) {
    const h = handle.toLowerCase().replace(/^@/, '');
    if (h.length === 0) continue;
    for (let at = s.folded.indexOf(h), n = 0; at >= 0 && n < MAX_OWN; at = s.folded.indexOf(h, at + h.length), n++) {
      const end = at + h.length;
      if (handleGoesOn(s.folded, end) || HANDLE_CHAR.test(s.folded[at - 1] ?? '')) continue;
      const [from, to] = wordWindow(s.folded, at, end, BESIDE, BESIDE);
      if (s.folded[at - 1] === '@' || accounts.some((a) => a.start >= from && a.end <= to)) found.push({ start: at, end, own: true });
    }
  }
  return found.length > 0 && !writerHandle() ? found : [];
}

/** The sentence asks for the erasure: a please or a "can you" of its language, or the erasure verb first. */
function asks(s: ReadSentence): boolean {
  return s.words.languages('erase').some((lang) => s.words.has('asks', lang) || opensWithErasure(s, lang));
}

/** A negation stands right before the data word, in its clause: "not my data", "pas mes données", "nicht meine Daten". */
function negated(s: ReadSentence, n: WordHit): boolean {
  const [from] = wordWindow(s.folded, n.start, n.end, NEGATED, 0);
  return s.words.hits.some((h) => h.kind === 'negation' && h.start >= from && h.end <= n.start);
}

/** The hits that start at a position no hit before them started at. */
function distinct<T extends { start: number }>(hits: readonly T[]): T[] {
  const seen = new Set<number>();
  return hits.filter((h) => !seen.has(h.start) && seen.add(h.start) !== undefined);
}

/** The word is part of a handle: "foto" in "@anna_kovacs_foto", "post" in "post.daily". */
export function inHandle(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  return before === '_' || before === '@' || before === '.' || text[end] === '_' || (text[end] === '.' && WORD_CHAR.test(text[end + 1] ?? ''));
}

const HANDLE_CHAR = /[\p{L}\p{N}_.]/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Where the word holding [.., at) ends: a stem's hit runs on to its word's end. */
function wordEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && end - at < RUN_ON && WORD_CHAR.test(text[end]!)) end++;
  return end;
}

/** The handle goes on after `end` ("pickrtech_fan", "pickrtech.shop"); a full stop ending the sentence ends it. */
function handleGoesOn(text: string, end: number): boolean {
  const next = text[end] ?? '';
  return WORD_CHAR.test(next) || (next === '.' && WORD_CHAR.test(text[end + 1] ?? ''));
}
