/**
 * A request of the person's own taken back: "I hereby withdraw my deletion request from
 * yesterday, please delete nothing"; "ich ziehe meinen Löschantrag zurück"; "ieri vi ho scritto
 * per far cancellare i dati, ma ci ho ripensato"; "昨日お送りした削除依頼を取り下げます". One of the
 * packs' `withdraws` phrases takes the request back, and every other sentence holding an erasure
 * word either tells of the earlier ask (a pack's `askedBefore` words: "I wrote yesterday to have
 * my data deleted") or refuses (a sentence of opposite intent): the deletion words name the ask
 * taken back, none asks anew, and the mail asks for nothing. A turn to now after the withdrawal
 * ("I withdrew my request, but now please delete my data"), a later clause that asks for the
 * erasure ("ho cambiato idea, cancellate tutto"), a sentence of its own that asks, or a mail
 * written on another's behalf, is left to the other rules.
 * Pure and linear: one walk of each sentence holding a withdrawal or an erasure word (where a
 * sentence takes a request back is found in its own walk, `sentence-words.ts`).
 */
import { clauses, opensClause } from './clauses.js';
import { packListMatcher, registry, type Registry, type WordHit } from './languages/registry.js';
import type { ReadSentence, RequestSignals } from './request-signals.js';

/**
 * Whether, after `from` in the sentence, the erasure is asked for anew: a turn to now ("but
 * now", "jetzt aber") before an erasure word, or a clause (the rest of its own, or a later one)
 * holding an erasure word with a please of any language or the erasure word first, and no
 * negation or opposite phrase ("cancel my earlier request and delete my data please").
 */
function asksAfter(s: ReadSentence, from: number, words: Registry): boolean {
  const hits = s.words.hits.filter((h) => h.start >= from);
  const lastErasure = hits.reduce((at, h) => (h.kind === 'erase' ? Math.max(at, h.start) : at), -1);
  if (lastErasure < 0) return false;
  if (packListMatcher(words, 'contrast').scan(s.folded).some((t) => t.start >= from && t.end <= lastErasure)) return true;
  const clause = clauses(s.folded);
  const first = clause(from);
  // Words of the withdrawal's own clause count from its end: "please disregard my earlier request to delete" asks nothing.
  const byClause = new Map<number, WordHit[]>();
  for (const h of hits) {
    const c = clause(h.start);
    if (c < first) continue;
    const inClause = byClause.get(c);
    if (inClause === undefined) byClause.set(c, [h]);
    else inClause.push(h);
  }
  for (const inClause of byClause.values()) {
    const erasure = inClause.find((h) => h.kind === 'erase');
    if (erasure === undefined || inClause.some((h) => h.kind === 'negation' || h.kind === 'opposite')) continue;
    if (inClause.some((h) => h.kind === 'asks') || opensClause(s.folded, erasure.start)) return true;
  }
  return false;
}



/** The sentence tells of the person's own earlier ask ("I wrote yesterday to have my data deleted") and asks nothing after it. */
function tellsOfOwnAsk(s: ReadSentence, words: Registry): boolean {
  const told = s.words.hits.find((h) => h.kind === 'askedBefore');
  return told !== undefined && !asksAfter(s, told.end, words);
}

/**
 * Whether the mail takes back a request of the person's own and asks for nothing (see the file's
 * comment). `onBehalf` tells a mail written for a relative, whose wish is the relative's.
 */
export function takesBackOwnAsk(signals: RequestSignals, onBehalf: () => boolean, words: Registry = registry()): boolean {
  if (signals.opposite.some((o) => o.asksAnew)) return false;
  const said = signals.subject.words.has('erase') && !signals.answers ? [...signals.sentences, signals.subject] : signals.sentences;
  const refusing = new Set(signals.opposite.map((o) => o.sentence));
  let withdrawn = false;
  for (const s of said) {
    const at = s.withdrawal;
    if (at >= 0) {
      if (asksAfter(s, at, words)) return false;
      withdrawn = true;
      continue;
    }
    if (!s.words.has('erase') || refusing.has(s.text) || tellsOfOwnAsk(s, words)) continue;
    return false;
  }
  return withdrawn && !onBehalf();
}
