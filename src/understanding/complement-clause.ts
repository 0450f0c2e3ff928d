/**
 * Clauses as a wish or a refusal reaches them: a clause opened, right after a comma, by a word that
 * makes it the object of the clause before (each pack's `complement` list: "that", "dass", "hogy",
 * "aby", "że", "que", "att") belongs to that clause. In "Mégsem szeretném, hogy töröljék az
 * adataimat" (after all I do not want them to delete my data), "ich möchte doch nicht, dass meine
 * Daten gelöscht werden" and "nakonec nechci, aby byla data smazána" the erasure word stands in
 * the refusing clause, and asks nothing anew; "I did not ask for this, please delete my data" still
 * asks in a clause of its own.
 * Pure and linear: one walk of the folded sentence, each look-up a binary search and a map.
 */
import { clauses } from './clauses.js';
import { packListMatcher, registry, type Registry } from './languages/registry.js';

/** Commas of every script: only a clause after one is the object of the clause before. */
const COMMAS = ',،，、';

/** The clause of each position of `folded`, a clause opened by a complement word counted as the one before it. */
export function governingClauses(folded: string, from: Registry = registry()): (at: number) => number {
  const clause = clauses(folded);
  let root: Map<number, number> | null = null;
  return (at: number) => {
    if (root === null) {
      root = new Map();
      for (const h of packListMatcher(from, 'complement').scan(folded)) {
        const before = folded[h.start - 1] === ' ' ? h.start - 2 : h.start - 1;
        if (before < 0 || !COMMAS.includes(folded[before]!)) continue;
        const c = clause(h.start);
        // Hits come in text order: the clause before was joined, if at all, already.
        if (c > 0 && !root.has(c)) root.set(c, root.get(c - 1) ?? c - 1);
      }
    }
    const c = clause(at);
    return root.get(c) ?? c;
  };
}

/** How far a refusing clause may run after its negation before the comma: "En halua," "Nie chcę," "Jeg ønsker ikke,". */
const SHORT_REFUSAL_CHARS = 40;

/**
 * The first negation that refuses what the clause it governs says, with the erasure word there:
 * the negation stands in a short clause ("En halua, että tietoja poistetaan", "Nie chcę, żeby
 * moje dane zostały usunięte": up to two words after it before the comma) and the erasure word in
 * a clause that clause governs. "Nie korzystam już z konta, ze względu na prywatność proszę je
 * usunąć" refuses nothing: the negated clause says more. Linear: the erasure words are placed
 * once by the clause that governs them, and each negation looks at most
 * {@link SHORT_REFUSAL_CHARS} characters on.
 */
export function governedRefusal<W extends { start: number; end: number; lang: string }>(
  folded: string,
  negations: readonly W[],
  erasures: readonly W[],
  clause: (at: number) => number,
  governing: (at: number) => number,
): { negation: W; erasure: W } | null {
  const governed = new Map<string, W>();
  for (const e of erasures) {
    const root = governing(e.start);
    const key = `${e.lang} ${root}`;
    if (root !== clause(e.start) && !governed.has(key)) governed.set(key, e);
  }
  if (governed.size === 0) return null;
  for (const n of negations) {
    const erasure = governed.get(`${n.lang} ${clause(n.start)}`);
    if (erasure !== undefined && closesSoon(folded, n.end)) return { negation: n, erasure };
  }
  return null;
}

/** A comma within two words of `from`. */
function closesSoon(folded: string, from: number): boolean {
  let words = 0;
  let inWord = false;
  const stop = Math.min(folded.length, from + SHORT_REFUSAL_CHARS);
  for (let i = from; i < stop; i++) {
    const ch = folded[i]!;
    if (COMMAS.includes(ch)) return true;
    const space = ch === ' ';
    if (!space && !inWord && ++words > 2) return false;
    inWord = !space;
  }
  return false;
}
