/**
 * A person who asks how the deletion of their own data goes with us, before asking for it: whether
 * unlinking the app or cancelling does it, or they must ask us ("Does that remove my data from your
 * servers too, or do I have to ask you separately?"), what the process is ("अगर मैं अपना डेटा आपके ऐप
 * से हटवाना चाहूँ तो उसकी क्या प्रक्रिया है?"), whether a mail will do ("Basta una mail?").
 *
 * A sentence of the person's own data to erase (an erasure word beside data or an account and a word
 * of their own) asks so when it asks for nothing (no please, no "can you", not opening with the
 * erasure verb) and a `howItGoes` phrase of a pack stands in it, or, when it is itself a question,
 * in one of the next {@link NEAR} sentences ("data IG saya otomatis dihapus gak ya? Atau saya harus
 * minta dulu?"); the sentence or the one with the phrase holds a question mark. "I would like my
 * data deleted. Is this mail enough?" states the wish first: it stays a request.
 * Pure and linear: one scan per sentence for the phrases, asked only of sentences near an erasure of the person's own,
 * and one walk of its words beside them.
 */
import { packListMatcher, registry, type MatcherHit, type Registry } from './languages/registry.js';
import { holdsQuestionMark } from './question-mark.js';
import { erasurePair, opensWithErasure, type ReadSentence } from './request-signals.js';

/** How many sentences after a question of the person's own data its question how may follow ("… dihapus gak ya? Atau saya harus minta dulu?"). */
const NEAR = 2;

/** Whether `sentences[at]` speaks of deleting the person's own data and it, or a question close after it, asks how that goes with us. */
export function asksHowItGoes(sentences: readonly ReadSentence[], at: number, from: Registry = registry()): boolean {
  const s = sentences[at];
  if (s === undefined || !s.words.has('mine') || !erasurePair(s) || opensWithErasure(s)) return false;
  const phrases = packListMatcher(from, 'howItGoes').scan(s.folded);
  // A please or a "can you" outside the question how asks ("Can you delete my data, or do I have to ask Instagram?"); "do i need to ask" holds an "i need" of its own.
  if (asksBeside(s, phrases)) return false;
  const asked = holdsQuestionMark(s.folded);
  const asksNext = (): boolean =>
    sentences.slice(at + 1, at + 1 + NEAR).some((t) => holdsQuestionMark(t.folded) && packListMatcher(from, 'howItGoes').scan(t.folded).length > 0);
  return phrases.length > 0 ? asked || asksNext() : asked && asksNext();
}

/** Whether an "asks" word of `s` stands outside every phrase of `phrases`: one walk of both, each in text order. */
function asksBeside(s: ReadSentence, phrases: ReadonlyArray<MatcherHit<string>>): boolean {
  let p = 0;
  // The furthest end of the phrases that start at or before the word: a word inside one ends by it.
  let reach = -1;
  for (const h of s.words.hits) {
    if (h.kind !== 'asks') continue;
    while (p < phrases.length && phrases[p]!.start <= h.start) reach = Math.max(reach, phrases[p++]!.end);
    if (h.end > reach) return true;
  }
  return false;
}
