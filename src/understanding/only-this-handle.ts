/**
 * The one account a person narrows the erasure to when the mail names several: "smažte data jen u
 * @x", "usuńcie tylko dane @x", "удалите данные только @x", "@x のデータだけ削除してください",
 * "请只删除 @x 的数据", "please delete the data only for @x". Of two accounts of one person, the
 * other one stays; the one so named is the one to erase.
 *
 * A pack's `onlyThis` word beside an erasure word of its clause (the words between commas,
 * semicolons and sentence ends), "delete only", "smažte data jen", "だけ削除", points at the
 * @handle of that clause nearest to the word. An "only" said of something else ("I only use @a
 * now, so please delete @b") narrows nothing. When the mail names at least two handles and all
 * such words point at one, that one is meant. The handle may follow the word without its @ when
 * the mail names it with its @ elsewhere ("@b - old one ... delete the data only for b").
 *
 * Without an erasure word beside it, an "only" right at a handle ("only @b was connected to your
 * app", "सिर्फ़ @b ही … जुड़ा था") singles that account out when the person leaves the rest alone
 * ("don't touch the other two"): the others stay, so the one singled out is the one to erase.
 *
 * The text is folded once, its clauses found in one walk, the matchers are linear, each word
 * looks at a bounded number of handles and words and finds its nearest erasure word by
 * bisection: linear in its length.
 */
import { clausesOf, leavesTheRestAlone, type Clause } from './left-alone.js';
import { fold, packListMatcher, registry, type MatcherHit, type WordHit } from './languages/registry.js';

const MAX_TEXT = 100_000;
/** How far from the word a handle may stand, in characters: "jen u @x", "@x のデータだけ". */
const NEAR = 40;
/** How far from the word and its handle the erasure word may stand, in characters: "delete only @x", "smažte data jen u @x", "@x のデータだけ削除". */
const BESIDE = 16;
/** The longest asking words set aside between them: "пожалуйста", "s'il vous plaît". */
const MAX_ASK = 32;
/** Handles of one clause looked at for one word: a clause of more is no person's two accounts. */
const MAX_PER_CLAUSE = 16;
/** How close an "only" stands to the handle it singles out without an erasure word: "only @b", "@b だけ", "só a @b". */
const AT_HANDLE = 4;
/** Words after an "only" looked at for a handle written without its @: "only for b", "только по b". */
const WORDS_AFTER = 3;
/** Marks that may close a word written without its @. */
const WORD_END = /[.,;:!?)"'»”’]+$/u;
/** Brackets and quotes that may open a word written without its @: "(b)", "«b»". */
const WORD_START = /^[("'«“‘]+/u;

/** Marks between two clauses: an erasure word across one speaks of another clause ("delete @a, only @b stays"). */
const CLAUSE_MARK = /[,;:.!?\n，；：。！？、।]/u;
/** Commas around a "please" set aside: "удалите, пожалуйста, данные только по b". */
const COMMAS_AROUND = /^[ ,]*|[ ,]*$/gu;

/**
 * Whether an erasure word stands beside `at..end`, or inside it, in its clause: at most {@link BESIDE}
 * characters between, no clause mark, once the words that ask ("please", "пожалуйста") and the
 * commas around them are set aside. `erases` and `asks` are sorted by start; each side looks at
 * its nearest erasure word, found by bisection, and at the asking words of a short gap.
 */
function erasureBeside(folded: string, erases: readonly WordHit[], asks: readonly WordHit[], at: number, end: number): boolean {
  let lo = 0;
  let hi = erases.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (erases[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  const after = erases[lo];
  const before = erases[lo - 1];
  // An erasure word between the two ("@x のデータだけ削除" read from "だけ" back to "@x") stands beside them.
  if (after !== undefined && after.start < end) return true;
  return (before !== undefined && gapIsShort(folded, asks, Math.min(before.end, at), at)) || (after !== undefined && gapIsShort(folded, asks, end, after.start));
}

/** Whether `from..to` holds at most {@link BESIDE} characters and no clause mark, its asking words and their commas aside. */
function gapIsShort(folded: string, asks: readonly WordHit[], from: number, to: number): boolean {
  if (to - from > BESIDE + MAX_ASK) return false;
  let gap = '';
  let i = from;
  for (const a of asks) {
    if (a.end <= from || a.start >= to) continue;
    gap += folded.slice(i, Math.max(i, a.start)).replace(COMMAS_AROUND, ' ');
    i = Math.max(i, a.end);
    gap += ' ';
  }
  const rest = folded.slice(i, to);
  gap = i === from ? rest : gap + rest.replace(COMMAS_AROUND, ' ');
  return gap.trim().length <= BESIDE && !CLAUSE_MARK.test(gap);
}

/** The handle the person's words narrow the erasure to, judged as handles are (lowercase, no @); null when none or unclear. */
export function handleNamedOnly(text: string, ownHandles: readonly string[]): string | null {
  const folded = fold(text.slice(0, MAX_TEXT));
  const hits = packListMatcher(registry(), 'onlyThis').scan(folded);
  if (hits.length === 0) return null;
  const clauses = clausesOf(folded, ownHandles);
  const named = new Set<string>();
  for (const c of clauses) for (const h of c.handles) named.add(h.handle);
  if (named.size < 2) return null;
  const words = registry().scanFolded(folded);
  const erases = words.filter((w) => w.kind === 'erase');
  const asks = words.filter((w) => w.kind === 'asks');
  let restAlone: boolean | null = null;
  const picked = new Set<string>();
  let c = 0;
  for (const hit of hits) {
    while (c < clauses.length - 1 && clauses[c]!.end <= hit.start) c++;
    const clause = clauses[c]!;
    const best = nearestHandle(folded, clause, hit, named) ?? apposedHandle(folded, clause, clauses[c + 1], hit);
    if (best === null) continue;
    // The word with its handle ("csak a @x", "@x فقط") stands beside the erasure word ("… adatait töröljék", "حذف بيانات …").
    const from = Math.min(hit.start, best.at);
    const to = Math.max(hit.end, best.at + best.length);
    if (erasureBeside(folded, erases, asks, from, to)) picked.add(best.handle);
    else if (best.distance <= AT_HANDLE && (restAlone ??= leavesTheRestAlone(folded, clauses))) picked.add(best.handle);
  }
  return picked.size === 1 ? [...picked][0]! : null;
}

/** A clause that is one @handle and its closing mark: " @b_pessoal.", " @x)". */
const LONE_HANDLE = /^ ?@[a-z0-9._]{1,30}[.,;:!?)]* ?$/u;

/**
 * The handle set after a comma as the apposition of the clause the word ends: "apaguem SÓ os dados
 * da pessoal, @b_pessoal", "delete only the personal one, @b". Only a next clause of the same
 * sentence that holds that one handle and nothing else, within {@link NEAR} characters of the word.
 */
function apposedHandle(folded: string, clause: Clause, next: Clause | undefined, hit: MatcherHit<string>): Near | null {
  if (next === undefined || next.sentence !== clause.sentence || next.handles.length !== 1) return null;
  const h = next.handles[0]!;
  const distance = h.at - hit.end;
  if (distance > NEAR || next.end - next.start > MAX_HANDLE_CLAUSE || !LONE_HANDLE.test(folded.slice(next.start, next.end))) return null;
  return { handle: h.handle, at: h.at, length: h.handle.length + 1, distance };
}

/** The longest clause that is one handle: the @, 30 letters, its marks and spaces. */
const MAX_HANDLE_CLAUSE = 40;

interface Near {
  handle: string;
  at: number;
  length: number;
  distance: number;
}

/**
 * The handle of `clause` nearest to the word `hit`, within {@link NEAR} characters: an @handle, or
 * one of the first words after it that the mail names elsewhere with its @ ("only for b").
 */
function nearestHandle(folded: string, clause: Clause, hit: MatcherHit<string>, named: ReadonlySet<string>): Near | null {
  let best: Near | null = null;
  for (const h of clause.handles.slice(0, MAX_PER_CLAUSE)) {
    const d = h.at > hit.start ? h.at - hit.end : hit.start - (h.at + h.handle.length + 1);
    if (d <= NEAR && (best === null || d < best.distance)) best = { handle: h.handle, at: h.at, length: h.handle.length + 1, distance: d };
  }
  const after = folded.slice(hit.end, Math.min(hit.end + NEAR, clause.end));
  let at = 0;
  for (const word of after.split(' ').slice(0, WORDS_AFTER + 1)) {
    const bare = word.replace(WORD_START, '').replace(WORD_END, '');
    if (bare !== '' && named.has(bare) && (best === null || at < best.distance)) return { handle: bare, at: hit.end + at, length: bare.length, distance: at };
    at += word.length + 1;
  }
  return best;
}
