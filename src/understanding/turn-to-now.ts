/**
 * A turn from then to now inside one sentence: "I did not ask for it before, but now please
 * delete my data", "Nie prosiłam o to wcześniej, ale teraz proszę usunąć moje dane". An
 * opposite phrase ("I did not ask", "nie prosiłam") before such a turn, with an erasure word
 * after it, speaks of the past: the wish after the turn is the person's word now, and the
 * phrase takes nothing back. The turn words are each pack's `contrast` list ("but now",
 * "aber jetzt", "でも今は"); a bare "but" is no turn ("do not delete my account, but ...").
 * Pure and linear: one walk of the folded sentence, asked only of sentences holding an opposite phrase.
 */
import { packListMatcher, registry, type Registry, type WordHit } from './languages/registry.js';


/**
 * The earliest start of a turn word in `folded` that stands after an opposite phrase and before an
 * erasure word ("I did not ask | but now | ... delete"), or -1: an opposite phrase ending at or
 * before it speaks of the past. `hits` are the sentence's pack words, in text order.
 */
export function turnToNow(folded: string, hits: readonly WordHit[], from: Registry = registry()): number {
  let firstOpposite = Infinity;
  let lastErasure = -1;
  for (const h of hits) {
    if (h.kind === 'opposite') firstOpposite = Math.min(firstOpposite, h.end);
    if (h.kind === 'erase') lastErasure = Math.max(lastErasure, h.start);
  }
  if (firstOpposite === Infinity || lastErasure < firstOpposite) return -1;
  for (const t of packListMatcher(from, 'contrast').scan(folded)) {
    if (t.start >= firstOpposite && t.end <= lastErasure) return t.start;
  }
  return -1;
}

/** How far into a sentence its opening word is looked for: the longest turn word fits. */
const OPENING_CHARS = 40;

/**
 * A turn from then to now between sentences: "Before, I asked you not to delete it. Now please
 * delete everything", "Früher wollte ich das nicht. Jetzt löschen Sie bitte alles". The index of
 * the last of `folded` sentences that opens with a pack's `nowOpens` or `contrast` word and asks
 * for the erasure (`asks`), or -1: a refusal in a sentence before it speaks of the past.
 * Linear: only the first words of each sentence that asks are read.
 */
export function lastTurnToNow(folded: readonly string[], asks: (k: number) => boolean, from: Registry = registry()): number {
  const opens = (text: string): boolean => {
    const head = text.slice(0, OPENING_CHARS);
    const lead = head.length - head.trimStart().length;
    return [packListMatcher(from, 'nowOpens'), packListMatcher(from, 'contrast')].some((m) => m.scan(head).some((h) => h.start === lead));
  };
  // Asking is told from the sentence's words already found; most sentences ask nothing, and their openings are never walked.
  for (let k = folded.length - 1; k > 0; k--) if (asks(k) && opens(folded[k]!)) return k;
  return -1;
}
