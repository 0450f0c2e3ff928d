/**
 * A wish the writer has not made up their mind about: "or maybe just delete everything idk",
 * "Na verdade nem sei mais, me expliquem antes", "Не знаю, что правильнее — удалить ... или
 * просто отключить?", "vet inte riktigt vad jag vill, kan ni förklara". The person may want the
 * deletion, or may not: nothing is opened they did not clearly ask for, and staff decide.
 *
 * A doubt word of a pack (`undecided`) speaks of the wish when it stands near a sentence with an
 * erasure word and:
 * - in a language written with spaces that puts the verb first, it is not followed by a question
 *   or a `whether` word (those doubt something else: "not sure what my username is", "I don't know
 *   why I signed up", "not sure if this is the right address"), and it ends its clause ("idk,",
 *   "nem sei mais,") or its clause goes on to an erasure word ("or maybe just delete everything");
 * - in a language that puts the verb last ("emin değilim", "모르겠어요"), what is in doubt stands
 *   before: its clause holds an erasure word, or it opens its clause ("Kararsızım,");
 * - in a language written without spaces, the pack's words are of deciding alone ("迷って", "犹豫").
 * Pure and linear: one scan of each sentence for the doubt words, asked only when a wish was read.
 */
import { CLAUSE_MARKS, clauses, type ReadSentence } from './request-signals.js';
import { languageName, packListMatcher, registry, type MatcherHit, type Registry } from './languages/registry.js';

/** How many sentences apart a doubt may stand from one with an erasure word ("radera allt om mig. eller nej vänta, ... vet inte vad jag vill"). */
const NEAR_SENTENCES = 2;

/** Marks that end a sentence or a clause right after a doubt word: it stands alone ("idk, whatever", "nem sei mais."). */
const ENDS = `${CLAUSE_MARKS}.!?…？！。`;

/** "undecided wish: 'not sure if i want' (English): ..." when the writer doubts the wish itself; null otherwise. */
export function undecidedDoubt(sentences: readonly ReadSentence[], from: Registry = registry()): string | null {
  // The sentences within NEAR_SENTENCES of one with an erasure word, marked in one sweep.
  const near = new Uint8Array(sentences.length);
  let any = false;
  sentences.forEach((s, i) => {
    if (!s.words.has('erase')) return;
    any = true;
    for (let j = Math.max(0, i - NEAR_SENTENCES); j <= Math.min(sentences.length - 1, i + NEAR_SENTENCES); j++) near[j] = 1;
  });
  if (!any) return null;
  const said: Array<MatcherHit<string>> = [];
  sentences.forEach((s, i) => {
    if (near[i] !== 1) return;
    const doubts = packListMatcher(from, 'undecided').scan(s.folded);
    if (doubts.length === 0) return;
    const places = placesIn(s);
    for (const d of doubts) if (doubtsWish(s, d, places, from)) said.push(d);
  });
  if (said.length === 0) return null;
  const words = [...new Set(said.map((d) => `'${d.word}'`))].slice(0, 3).join(', ');
  const langs = [...new Set(said.map((d) => languageName(d.tag, from)))].join(', ');
  return `undecided wish: ${words} (${langs}): the person may not have made up their mind; explain and ask before deleting anything`;
}

/** Where a sentence's words stand, found once for all its doubt words: each question below is a look-up. */
interface Places {
  clause: (at: number) => number;
  /** The latest start of an erasure word in each clause. */
  lastErasure: Map<number, number>;
  /** Positions where a question word starts, and where a word that asks something of us does. */
  questions: Set<number>;
  asks: Set<number>;
}

function placesIn(s: ReadSentence): Places {
  const clause = clauses(s.folded);
  const lastErasure = new Map<number, number>();
  const questions = new Set<number>();
  const asks = new Set<number>();
  for (const h of s.words.hits) {
    if (h.kind === 'erase') lastErasure.set(clause(h.start), Math.max(lastErasure.get(clause(h.start)) ?? -1, h.start));
    if (h.kind === 'question') questions.add(h.start);
    if (h.kind === 'asks') asks.add(h.start);
  }
  return { clause, lastErasure, questions, asks };
}

/** Whether the doubt word `d` of sentence `s` doubts the wish (see the top of this file). */
function doubtsWish(s: ReadSentence, d: MatcherHit<string>, at: Places, from: Registry): boolean {
  const pack = from.packs.find((p) => p.code === d.tag);
  if (pack?.noSpaces === true) return true;
  const erasure = at.lastErasure.get(at.clause(d.end - 1));
  if (pack?.verbLast === true) return erasure !== undefined || opensClause(s.folded, d.start);
  const next = nextWordAt(s.folded, d.end);
  if (next >= s.folded.length || ENDS.includes(s.folded[next]!)) {
    // "Не знаю, какой у меня ник": a question after the comma is what is in doubt.
    return s.folded[next] !== ',' || !opensQuestion(s, nextWordAt(s.folded, next + 1), at, from);
  }
  return !opensQuestion(s, next, at, from) && erasure !== undefined && erasure >= d.end;
}

/** The first position at or after `at` that is no space. */
function nextWordAt(folded: string, at: number): number {
  let i = at;
  while (i < folded.length && folded[i] === ' ') i++;
  return i;
}

/** Nothing but spaces stands between the clause's start (or the sentence's) and `at`. */
function opensClause(folded: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = folded[i]!;
    if (ENDS.includes(c)) return true;
    if (c !== ' ') return false;
  }
  return true;
}

/**
 * A question or a `whether` word of any language starts at `at` ("what", "why", "if", "ob",
 * "какой", "чи": a doubt word of one language is often another's too); one that asks something
 * of us ("kan ni förklara") is no object of the doubt.
 */
function opensQuestion(s: ReadSentence, at: number, places: Places, from: Registry): boolean {
  if (places.questions.has(at) && !places.asks.has(at)) return true;
  // A whether word is short: a look at the next few characters finds it.
  return packListMatcher(from, 'whether').scan(s.folded.slice(at, at + 40)).some((w) => w.start === 0);
}
