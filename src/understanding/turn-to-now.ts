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
