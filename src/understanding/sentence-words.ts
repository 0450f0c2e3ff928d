/**
 * Everything the rules ask of one sentence's words, found in one walk of its folded text: the
 * words of every language pack (`languages/registry.ts`), the laws it cites (`law-citations.ts`),
 * where it thanks, or thanks ahead (`thanks-for-done.ts`), and where it takes a request back (the
 * packs' `withdraws` phrases, `withdrawn-ask.ts`). Each list stays its rule's own: the one walk finds
 * the words of each list where, and in the order, that list's own matcher would.
 */
import { buildMatcher, packHit, packListWords, type Matcher, type MatcherHit, type MatcherWord, type PackWord, type Registry, type WordHit } from './languages/registry.js';
import { citationsOf, citationWords, type Citation, type CitedName } from './law-citations.js';
import { AHEAD_WORDS, THANKS_WORDS } from './thanks-for-done.js';

/** Which list a word comes from, and what it stands for there. */
type Listed = { list: 'pack'; pack: PackWord } | { list: 'law'; cited: CitedName } | { list: 'thanks' } | { list: 'ahead' } | { list: 'withdraws' };

export interface SentenceWords {
  /** The pack words, in text order. */
  hits: WordHit[];
  /** The laws and erasure articles cited, each once, in text order. */
  citations: Citation[];
  /** Each thanks of any language, in text order (those that ask, "merci de supprimer", too). */
  thanks: MatcherHit<null>[];
  /** It thanks in advance: the courtesy of a request. */
  thanksAhead: boolean;
  /** Where its first `withdraws` phrase of any pack ends ("I withdraw my request"), or -1. */
  withdrawal: number;
}

/** One matcher of every list for each registry (the reader's own, or a test's). */
const matchers = new WeakMap<Registry, Matcher<Listed>>();

function matcherOf(from: Registry): Matcher<Listed> {
  let m = matchers.get(from);
  if (m === undefined) {
    const tagged = <T>(words: ReadonlyArray<MatcherWord<T>>, listed: (tag: T) => Listed): Array<MatcherWord<Listed>> =>
      words.map((w) => ({ ...w, tag: listed(w.tag) }));
    m = buildMatcher([
      ...tagged(from.words, (pack) => ({ list: 'pack', pack })),
      ...tagged(citationWords(), (cited) => ({ list: 'law', cited })),
      ...tagged(THANKS_WORDS, () => ({ list: 'thanks' })),
      ...tagged(AHEAD_WORDS, () => ({ list: 'ahead' })),
      ...tagged(packListWords(from, 'withdraws'), () => ({ list: 'withdraws' })),
    ]);
    matchers.set(from, m);
  }
  return m;
}

/** The words of every list in `folded` (a text passed through `fold`). */
export function sentenceWords(folded: string, from: Registry): SentenceWords {
  const hits: WordHit[] = [];
  const cited: CitedName[] = [];
  const thanks: Array<MatcherHit<null>> = [];
  let thanksAhead = false;
  let withdrawal = -1;
  for (const h of matcherOf(from).scan(folded)) {
    const t = h.tag;
    if (t.list === 'pack') hits.push(packHit(t.pack, h.word, h.start, h.end));
    else if (t.list === 'law') cited.push(t.cited);
    else if (t.list === 'thanks') thanks.push({ tag: null, word: h.word, start: h.start, end: h.end });
    else if (t.list === 'ahead') thanksAhead = true;
    else if (withdrawal < 0) withdrawal = h.end;
  }
  return { hits, citations: citationsOf(cited), thanks, thanksAhead, withdrawal };
}
