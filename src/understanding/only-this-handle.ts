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
 * such words point at one, that one is meant. The text is folded once, its clauses found in one
 * walk, the matchers are linear, each word looks at a bounded number of handles and finds its
 * nearest erasure word by bisection: linear in its length.
 */
import { clausesOf } from './left-alone.js';
import { fold, packListMatcher, registry, type WordHit } from './languages/registry.js';

const MAX_TEXT = 100_000;
/** How far from the word a handle may stand, in characters: "jen u @x", "@x のデータだけ". */
const NEAR = 40;
/** How far from the word and its handle the erasure word may stand, in characters: "delete only @x", "smažte data jen u @x", "@x のデータだけ削除". */
const BESIDE = 16;
/** Handles of one clause looked at for one word: a clause of more is no person's two accounts. */
const MAX_PER_CLAUSE = 16;

/** The erasure word nearest to `at..end`, as a distance in characters (erasures sorted by start). */
function erasureDistance(erases: readonly WordHit[], at: number, end: number): number {
  let lo = 0;
  let hi = erases.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (erases[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  const after = erases[lo];
  const before = erases[lo - 1];
  return Math.min(after === undefined ? Infinity : after.start - end, before === undefined ? Infinity : at - before.end);
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
  const erases = registry().scanFolded(folded).filter((w) => w.kind === 'erase');
  const picked = new Set<string>();
  let c = 0;
  let e = 0;
  for (const hit of hits) {
    while (c < clauses.length - 1 && clauses[c]!.end <= hit.start) c++;
    const clause = clauses[c]!;
    while (e < erases.length && erases[e]!.start < clause.start) e++;
    if (e >= erases.length || erases[e]!.start >= clause.end) continue;
    let best: { handle: string; at: number } | null = null;
    let distance = NEAR + 1;
    for (const h of clause.handles.slice(0, MAX_PER_CLAUSE)) {
      const d = h.at > hit.start ? h.at - hit.end : hit.start - (h.at + h.handle.length + 1);
      if (d < distance) {
        distance = d;
        best = h;
      }
    }
    if (best === null) continue;
    // The word with its handle ("csak a @x", "@x فقط") stands beside the erasure word ("… adatait töröljék", "حذف بيانات …").
    const from = Math.min(hit.start, best.at);
    const to = Math.max(hit.end, best.at + best.handle.length + 1);
    if (erasureDistance(erases, from, to) <= BESIDE) picked.add(best.handle);
  }
  return picked.size === 1 ? [...picked][0]! : null;
}
