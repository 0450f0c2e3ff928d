/**
 * The one account a person narrows the erasure to when the mail names several: "smažte data jen u
 * @x", "usuńcie tylko dane @x", "удалите данные только @x", "@x のデータだけ削除してください",
 * "请只删除 @x 的数据", "please delete the data only for @x". Of two accounts of one person, the
 * other one stays; the one so named is the one to erase.
 *
 * A pack's `onlyThis` word and an erasure word in one clause (the words between commas,
 * semicolons and sentence ends) point at the @handle of that clause nearest to the word. When the
 * mail names at least two handles and all such words point at one, that one is meant. The text is
 * folded once, its clauses found in one walk, the matchers are linear: linear in its length.
 */
import { clausesOf } from './left-alone.js';
import { PACKS } from './languages/packs/index.js';
import { buildMatcher, fold, registry, type Matcher } from './languages/registry.js';

const MAX_TEXT = 100_000;
/** How far from the word a handle may stand, in characters: "jen u @x", "@x のデータだけ". */
const NEAR = 40;

/** Whole words in spaced languages, anywhere in the others. */
const ONLY: Matcher<true> = buildMatcher(
  PACKS.flatMap((p) =>
    (p.onlyThis ?? []).map((raw) => ({ word: fold(raw), tag: true as const, whole: p.noSpaces !== true, anywhere: p.noSpaces === true })),
  ),
);

/** The handle the person's words narrow the erasure to, judged as handles are (lowercase, no @); null when none or unclear. */
export function handleNamedOnly(text: string, ownHandles: readonly string[]): string | null {
  const folded = fold(text.slice(0, MAX_TEXT));
  const hits = ONLY.scan(folded);
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
    let best: string | null = null;
    let distance = NEAR + 1;
    for (const h of clause.handles) {
      const d = h.at > hit.start ? h.at - hit.end : hit.start - (h.at + h.handle.length + 1);
      if (d < distance) {
        distance = d;
        best = h.handle;
      }
    }
    if (best !== null) picked.add(best);
  }
  return picked.size === 1 ? [...picked][0]! : null;
}
