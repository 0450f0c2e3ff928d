/**
 * Mail written after a deletion was asked, that asks nothing new: whether it was done ("did you
 * delete my data?", "verilerim silindi mi?", "已经删除了吗？", "삭제되었나요?") or thanks for it
 * being done ("Danke, die Daten sind gelöscht", "धन्यवाद, मेरा डेटा हटा दिया गया"). Read by the
 * packs' `done` words (the deletion spoken of as done) and `askedBefore` words (the person's own
 * earlier ask: "I asked you two weeks ago to delete my data"): every sentence with a deletion word
 * is one of these and asks nothing now. A sentence that asks anew ("If not, please delete it",
 * "I asked two weeks ago and nothing happened, please delete my data now") keeps the mail a request.
 */
import { opensWithErasure, type ReadSentence } from './request-signals.js';
import { thanksIn } from './thanks-for-done.js';
import { buildMatcher, fold, type MatcherWord, type WordHit } from './languages/registry.js';
import { PACKS } from './languages/packs/index.js';
import { endsWithQuestionMark } from './question-mark.js';

/** What the mail does after the deletion asked before, when that is all it does or it asks anew. */
export type AfterTheDeletion = { kind: 'asks-if-done' | 'thanks-for-done' } | { kind: 'asks-anew'; sentence: string };

/**
 * The sentence speaks of the deletion as done in a pack's `done` words, asking nothing ({@link asksNothing}).
 */
function speaksOfDone(s: ReadSentence): boolean {
  return s.words.has('done') && s.words.has('erase') && asksNothing(s, 'done');
}

/** The sentence tells of the person's own earlier ask ("j'ai demandé la suppression il y a deux semaines"), asking nothing now. */
function tellsOfEarlierAsk(s: ReadSentence): boolean {
  return s.words.has('askedBefore') && !opensWithErasure(s) && asksNothing(s, 'askedBefore');
}

/**
 * No please or "can you" of any language outside the sentence's `kind` words ("kya aapne", did you,
 * holds the "kya aap" of can you; "अनुरोध किया था", I had asked, the "अनुरोध" of request), unless,
 * beside a deletion done, it asks to be told of it ("can you confirm my data was deleted?"); no
 * negation of a language those words are of ("has my data still not been deleted?" complains),
 * no words of the opposite.
 */
function asksNothing(s: ReadSentence, kind: 'done' | 'askedBefore'): boolean {
  if (s.words.has('opposite')) return false;
  const said = s.words.hits.filter((h) => h.kind === kind);
  const inside = (h: WordHit): boolean => said.some((d) => d.start <= h.start && h.end <= d.end);
  // "Pourriez-vous me confirmer que mes données ont été supprimées ?": the please asks to be told that it was done,
  // when every deletion word is one of a deletion done ("please delete my data and confirm once it has been deleted" asks).
  const told = kind === 'done' && CONFIRM.scan(s.folded).length > 0 && s.words.hits.every((h) => h.kind !== 'erase' || inside(h));
  if (!told && s.words.hits.some((h) => h.kind === 'asks' && !inside(h))) return false;
  if (opensWithErasure(s) && !inside(s.words.hits.find((h) => h.kind === 'erase')!)) return false;
  // A thanks that asks ("merci de supprimer", "삭제해 주시면 감사하겠습니다") asks.
  if (thanksIn(s).length < s.thanks.length) return false;
  // The negation of "or not" inside the words ("delete hua ya nahi", "हटाया गया या नहीं") refuses nothing.
  const langs = new Set(said.map((d) => d.lang));
  return !s.words.hits.some((h) => h.kind === 'negation' && langs.has(h.lang) && !inside(h));
}

/** Every pack's words asking to be told of the outcome ("confirm", "bestätigen", "teyit", "पुष्टि", "batao"), as stems. */
const CONFIRM = buildMatcher<null>(
  PACKS.flatMap((p) =>
    (p.confirmationAsks ?? []).map((w): MatcherWord<null> => {
      const word = fold(w).trim();
      return { word, tag: null, whole: p.noSpaces !== true && [...word].length <= 3, anywhere: p.noSpaces === true };
    }),
  ),
);

/**
 * A question: a question mark at its end, or a question word of the language its deletion is done
 * in opening it, after a greeting at most ("Czy moje dane zostały już usunięte", "kya mera data
 * delete ho gaya"); a question word further on may join clauses ("quand elles ont été supprimées").
 */
function isQuestion(s: ReadSentence): boolean {
  if (endsWithQuestionMark(s.folded)) return true;
  const langs = new Set(s.words.hits.filter((h) => h.kind === 'done').map((h) => h.lang));
  const first = s.words.hits.find((h) => h.kind === 'question' && langs.has(h.lang));
  if (first === undefined) return false;
  const before = s.folded.slice(0, first.start);
  return before.slice(before.lastIndexOf(',') + 1).trim() === '';
}

/**
 * A sentence that asks anew, after a question whether the deletion was done: a please or a "can
 * you" of its language, or the erasure verb first, with an erasure word and either the data or
 * the account ("lütfen verilerimi silin") or a turn to what to do if it was not done ("If not,
 * please delete it"), whose negation refuses nothing. No words of the opposite, and no other
 * negation.
 */
function asksAnew(s: ReadSentence): boolean {
  if (!s.words.has('erase') || s.words.has('done') || s.words.has('opposite')) return false;
  const turns = s.words.has('otherwise');
  if (!turns && !(s.words.has('data') || s.words.has('account'))) return false;
  return s.words.languages('erase').some((l) => (s.words.has('asks', l) || opensWithErasure(s, l)) && (turns || !s.words.has('negation', l)));
}

/**
 * What the mail does after the deletion asked before: it asks anew beside a question whether it
 * was done ("Was my data deleted? If not, please delete it"): that sentence; it only asks whether
 * it was done; or it only thanks for it done. Only asks or thanks when every sentence with a
 * deletion word speaks of it as done or tells of the earlier ask, one speaks of it as done, and
 * no law is cited (a privacy word stands only in those sentences: "j'ai envoyé une demande de
 * suppression"); one of them is a question, or a sentence thanks.
 */
export function afterTheDeletion(sentences: readonly ReadSentence[]): AfterTheDeletion | null {
  let done = false;
  let asked = false;
  let thanked = false;
  let other = false;
  let anew: ReadSentence | undefined;
  for (const s of sentences) {
    if (s.citations.length > 0) other = true;
    if (!s.thanksAhead && thanksIn(s).length > 0) thanked = true;
    if (speaksOfDone(s)) {
      done = true;
      if (isQuestion(s)) asked = true;
    } else if ((asked || s.words.has('otherwise')) && anew === undefined && asksAnew(s)) {
      anew = s;
    } else if ((s.words.has('erase') || s.words.has('privacy')) && !tellsOfEarlierAsk(s)) {
      other = true;
    }
  }
  if (anew !== undefined) return { kind: 'asks-anew', sentence: anew.text };
  if (!done || other) return null;
  return asked ? { kind: 'asks-if-done' } : thanked ? { kind: 'thanks-for-done' } : null;
}
