/**
 * A wish said by its outcome, with no erasure verb: "I would like all of that gone", "wipe out
 * whatever you hold" aside, "das soll alles weg", "je veux que tout ça disparaisse", "chcę, żeby
 * to wszystko zniknęło", "хочу, чтобы всё это исчезло", "I don't want you to keep anything of
 * mine", "quiero que no quede nada mío". A sentence of the writer's wish (a pack's `wants`) in
 * which, in one clause, what the writer has with us (a data word, or `allOfIt`: "all of that",
 * "alles", "tudo") is to be gone (`gone`, no negation in the sentence), or is to stay no more (a
 * negation, then a `stays` word). "I want the post gone", "I want this problem gone" name none of
 * the writer's data; a sentence with an erasure word is read by the erasure rules; a question asks.
 */
import { clauses } from './clauses.js';
import { NAMES, SHORT_NAMES } from './instagram-names.js';
import { buildMatcher, fold, packListMatcher, registry } from './languages/registry.js';
import { endsWithQuestionMark } from './question-mark.js';
import type { ReadSentence } from './request-signals.js';

/** Sentences looked at: a person states a wish near the top; bounded, so the scan stays linear. */
const MAX_SENTENCES = 200;
/** Words of each list looked at in one sentence: the pairs compared stay bounded. */
const MAX_WORDS = 32;

/** Instagram's names, whole words: what is gone from Instagram is Instagram's. */
const instagram = buildMatcher<null>([...NAMES, ...SHORT_NAMES].map((w) => ({ word: fold(w), tag: null, whole: true, anywhere: false })));

/** The first sentence that wishes the writer's data gone, or null. */
export function outcomeWish(sentences: readonly ReadSentence[]): ReadSentence | null {
  const reg = registry();
  for (const s of sentences.slice(0, MAX_SENTENCES)) {
    if (s.words.has('erase') || endsWithQuestionMark(s.text)) continue;
    // The writer's wish, or a please of the language ("porfa q no quede nada mio").
    const wants = [...packListMatcher(reg, 'wants').scan(s.folded), ...s.words.hits.filter((h) => h.kind === 'asks').map((h) => ({ ...h, tag: h.lang }))].slice(0, MAX_WORDS);
    if (wants.length === 0) continue;
    const data = s.words.hits.filter((h) => h.kind === 'data');
    // "I want the post gone": a post, a photo, a subscription, and none of the writer's data.
    if (data.length === 0 && packListMatcher(reg, 'notData').scan(s.folded).length > 0) continue;
    const clause = clauses(s.folded);
    const things = [...data, ...packListMatcher(reg, 'allOfIt').scan(s.folded)].slice(0, MAX_WORDS);
    const objects = new Set(things.map((h) => clause(h.start)));
    if (objects.size === 0) continue;
    // The wish's own language's negations: Dutch "noch" in a German sentence negates nothing. Inside what is named ("ne varsa", whatever there is) none refuses the outcome.
    const langs = new Set(wants.map((w) => w.tag));
    const negations = s.words.hits.filter((h) => h.kind === 'negation' && langs.has(h.lang)).slice(0, MAX_WORDS);
    // The outcome's clause is the wish's, or the one it opens ("chcę, żeby to wszystko zniknęło"); it asks no question
    // ("I want to know why you don't keep my history") and names no Instagram ("everything gone from my Instagram feed").
    const wished = new Set(wants.flatMap((w) => [clause(w.start), clause(w.start) + 1]));
    const asked = new Set(s.words.hits.filter((h) => h.kind === 'question').map((h) => clause(h.start)));
    for (const n of instagram.scan(s.folded).slice(0, MAX_WORDS)) asked.add(clause(n.start));
    const outcome = (h: { start: number }): boolean => objects.has(clause(h.start)) && wished.has(clause(h.start)) && !asked.has(clause(h.start));
    const gone = packListMatcher(reg, 'gone').scan(s.folded).slice(0, MAX_WORDS);
    if (gone.length > 0) {
      // "I don't want it gone", "Ich möchte nicht, dass alles weg ist": a negation in the wish's clause or the outcome's; "…, nao uso mais o app" refuses nothing.
      const refusing = new Set([...wants, ...gone].map((h) => clause(h.start)));
      const refuses = negations.some((n) => refusing.has(clause(n.start)) && !things.some((t) => t.start <= n.start && n.end <= t.end));
      if (!refuses && gone.some(outcome)) return s;
      continue;
    }
    const stays = packListMatcher(reg, 'stays').scan(s.folded).slice(0, MAX_WORDS);
    if (stays.some((k) => outcome(k) && negations.some((n) => n.start < k.start && clause(n.start) === clause(k.start)))) return s;
  }
  return null;
}
