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
