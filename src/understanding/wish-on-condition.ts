/**
 * A wish of the writer's own, held back on a condition: "I'd like you to delete my data for @x...
 * wait, if you delete it do I lose my scheduled posts? If so, better don't delete anything yet";
 * "Haluaisin, että poistatte minun tietoni ... Jos tietojen poisto tarkoittaa, että ne katoavat,
 * niin älkää sittenkään poistako mitään vielä". The person asks, in the first person (a pack's
 * `wants` or `asks` words beside an erasure word and their own data), and refuses only if
 * something is so (a pack's `condition` word before the refusal in its sentence). Nothing is
 * opened that the person may not want, and the wish is not ignored: staff decide.
 *
 * A refusal with no condition ("do not delete my data, I still use the app", "don't delete my
 * data yet, I'll write again in June") or no wish of the writer's own beside it stays no request.
 * Pure and linear: one scan of each sentence with an erasure word for the pack lists.
 */
import { packListMatcher, registry, type Registry } from './languages/registry.js';
import type { ReadSentence, RequestSignals } from './request-signals.js';

/** The sentence asks, in the writer's own words, for the erasure of their data. */
function ownWish(s: ReadSentence, from: Registry): boolean {
  if (!s.words.has('erase') || !(s.words.has('data') || s.words.has('account')) || !s.words.has('mine')) return false;
  return s.words.has('asks') || packListMatcher(from, 'ownWish').scan(s.folded).length > 0;
}

/** The sentence refuses on a condition: a condition word stands before its first negation or opposite word. */
function refusesOnCondition(s: ReadSentence, from: Registry): boolean {
  const refusal = s.words.hits.find((h) => h.kind === 'negation' || h.kind === 'opposite');
  if (refusal === undefined) return false;
  return packListMatcher(from, 'condition').scan(s.folded).some((c) => c.end <= refusal.start);
}

/**
 * The sentence of the writer's wish when the mail's only refusals hold it back on a condition (see
 * the file's comment); null otherwise.
 */
export function wishOnCondition(signals: RequestSignals, from: Registry = registry()): string | null {
  const refusing = new Set(signals.opposite.filter((o) => !o.asksAnew).map((o) => o.sentence));
  if (refusing.size === 0) return null;
  let conditional = false;
  for (const s of signals.sentences) {
    if (!refusing.has(s.text)) continue;
    if (!refusesOnCondition(s, from)) return null;
    conditional = true;
  }
  if (!conditional) return null;
  return signals.sentences.find((s) => !refusing.has(s.text) && ownWish(s, from))?.text ?? null;
}
