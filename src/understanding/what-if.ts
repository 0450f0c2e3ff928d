/**
 * A question about what a deletion would do, asked before deciding: "if you delete my data, will
 * my scheduled posts disappear too?", "wenn Sie meine Daten löschen, werden dann auch …?", "si vous
 * supprimez mes données, est-ce que …?", "eğer verilerimi silerseniz … silinir mi?", "אם תמחקו את
 * המידע שלי, …?". A condition word of a language (the pack's `condition` list) with an erasure word
 * of that language after it in its clause, nothing asking us between them, in a sentence that ends
 * in a question mark: it asks for nothing yet. "If possible, could you delete my data?" asks (its
 * erasure word stands in the clause after the condition), and so does "if you still have my data,
 * please delete it" (no question).
 * Pure and linear: one walk of the sentence's words, asked only of sentences ending in a question mark.
 */
import { clauses } from './clauses.js';
import { packListMatcher, registry, type Registry, type WordHit } from './languages/registry.js';
import { endsWithQuestionMark } from './question-mark.js';


/**
 * The condition word that makes `folded` a question about what a deletion would do, or null.
 * `hits` are the sentence's pack words in text order; `lang` limits the reading to one language.
 */
export function asksWhatIf(folded: string, hits: readonly WordHit[], lang?: string, from: Registry = registry()): string | null {
  if (!endsWithQuestionMark(folded)) return null;
  const conditions = packListMatcher(from, 'condition').scan(folded).filter((c) => lang === undefined || c.tag === lang);
  if (conditions.length === 0) return null;
  const clause = clauses(folded);
  // One walk of the hits in text order, each condition taken in once its words are passed: the
  // live condition of each language, until a word that asks us (of that language) cuts it.
  const live = new Map<string, { clause: number; word: string }>();
  let next = 0;
  for (const h of hits) {
    for (; next < conditions.length && conditions[next]!.end <= h.start; next++) {
      const c = conditions[next]!;
      live.set(c.tag, { clause: clause(c.start), word: c.word });
    }
    const c = live.get(h.lang);
    if (c === undefined) continue;
    if (h.kind === 'asks') live.delete(h.lang);
    else if (h.kind === 'erase' && clause(h.start) === c.clause) return c.word;
  }
  return null;
}
