/**
 * Handles the person tells us to leave alone: "please don't touch @x, it's my sister's now, only
 * delete @y", "lasst @x bitte in Ruhe, nur @y löschen", "no toquen @x, solo borren @y", "@x'e
 * dokunmayın", "@x को मत छूना", "Pehle mai @x chalati thi ... toh usko mat chhedna". Such a handle
 * is another person's now, so erasing it erases their data: it is never read as the requester's.
 *
 * A pack's `handsOff` phrase ("don't touch", "lass * in Ruhe") marks its clause (the words
 * between commas, semicolons and sentence ends). The @handles of that clause are left alone,
 * unless an erasure word speaks of one rather than the phrase ("delete @x and don't touch
 * anything else"); a marked clause without one ("toh usko mat chhedna") points back at the clause
 * right before it in the same sentence, when that clause holds @handles, asks to erase nothing and the
 * sentence gives the account to a relative ("maine apni cousin ko de diya"). The text is folded
 * once and walked once, the matchers are linear, so the cost is linear in its length.
 */
import { judgeChunk } from './handle-rules.js';
import { PACKS } from './languages/packs/index.js';
import { buildMatcher, fold, packListMatcher, registry, type Matcher } from './languages/registry.js';
import { relationsIn } from './others-handles.js';

const MAX_TEXT = 100_000;
const MAX_HANDLE = 30;
/** Positions kept per clause of each kind: a clause of many repeats is judged by its first ones, in bounded time. */
const MAX_PER_CLAUSE = 16;

type Part = 'whole' | 'head' | 'tail';
interface Tag {
  part: Part;
  /** Which split phrase a head or a tail belongs to. */
  phrase: number;
}

/** Stems at a word start in spaced languages, anywhere in the others. */
const HANDS_OFF: Matcher<Tag> = buildMatcher(
  PACKS.flatMap((p, packIndex) =>
    (p.handsOff ?? []).flatMap((raw, wordIndex) => {
      const anywhere = p.noSpaces === true;
      const phrase = packIndex * 1000 + wordIndex;
      const [head, tail] = fold(raw).split(' * ').map((w) => w.trim());
      if (tail === undefined) return [{ word: head ?? '', tag: { part: 'whole' as Part, phrase }, whole: false, anywhere }];
      return [
        { word: head ?? '', tag: { part: 'head' as Part, phrase }, whole: false, anywhere },
        { word: tail, tag: { part: 'tail' as Part, phrase }, whole: false, anywhere },
      ];
    }),
  ),
);

/** Where a clause ends: a comma, a semicolon, a colon, a sentence's end (a dot only before a space or the end). */
const CLAUSE_ENDS = new Set([',', ';', ':', '，', '；', '、']);
const SENTENCE_ENDS = new Set(['!', '?', '\n', '।', '。', '！', '？']);

export interface Clause {
  start: number;
  end: number;
  sentence: number;
  handles: Array<{ handle: string; at: number }>;
  /** Where erasure words and hands-off phrases start in the clause, in text order. */
  erasesAt: number[];
  marksAt: number[];
  heads: Set<number>;
}

/** Every handle in `text` that the person's words tell us to leave alone, judged as handles are (lowercase, no @). */
export function handlesLeftAlone(text: string, ownHandles: readonly string[]): Set<string> {
  const out = new Set<string>();
  // Line by line, so a line's end still ends its sentence ("Kundenkonto: @x" above "Unser Konto @y …, nicht anfassen").
  const folded = text.slice(0, MAX_TEXT).split('\n').map(fold).join('\n');
  const hits = HANDS_OFF.scan(folded);
  if (hits.length === 0) return out;
  for (const h of keptListItems(text.slice(0, MAX_TEXT), ownHandles)) out.add(h);
  const clauses = clausesOf(folded, ownHandles);
  let c = 0;
  for (const h of hits) {
    while (c < clauses.length - 1 && clauses[c]!.end <= h.start) c++;
    const clause = clauses[c]!;
    if (h.tag.part === 'head') clause.heads.add(h.tag.phrase);
    else if ((h.tag.part === 'whole' || clause.heads.has(h.tag.phrase)) && clause.marksAt.length < MAX_PER_CLAUSE) clause.marksAt.push(h.start);
  }
  let erases = 0;
  for (const w of registry().scanFolded(folded)) {
    if (w.kind !== 'erase') continue;
    while (erases < clauses.length - 1 && clauses[erases]!.end <= w.start) erases++;
    const at = clauses[erases]!.erasesAt;
    if (at.length < MAX_PER_CLAUSE) at.push(w.start);
  }
  clauses.forEach((clause, i) => {
    if (clause.marksAt.length === 0) return;
    if (clause.handles.length > 0) {
      for (const h of clause.handles) if (governedByMark(clause, h.at)) out.add(h.handle);
      return;
    }
    // "… mai @x chalati thi … cousin ko de diya …, toh usko mat chhedna": the clause before, in the same sentence.
    const before = clauses[i - 1];
    if (before === undefined || before.sentence !== clause.sentence || before.erasesAt.length > 0) return;
    if (before.handles.length > 0 && (givesToRelative(folded, clauses, i - 1, i) || clauseSpeaksOfOurs(folded, clauses, i - 1))) {
      for (const h of before.handles) out.add(h.handle);
    }
  });
  return out;
}

/** A list item's line: a dash, a bullet or a number, then a space ("- @x — …", "• @x", "2) @x"). */
const LIST_ITEM = /^[ \t]*(?:[-–—•*·▪◦]|\d{1,2}[.)])[ \t]/u;

/**
 * The handles of list items that keep their hands off their one account, when the mail names
 * others: "- @a_bakery — це пекарня, його НЕ чіпайте, він працює далі" beside "- @b.private — …
 * видаліть … всі дані". An item that also asks to erase ("- @x: delete it, don't touch @y's") is
 * left to the clause rules. Each line is folded and scanned once: linear in the text's length.
 */
function keptListItems(text: string, ownHandles: readonly string[]): Set<string> {
  const kept = new Set<string>();
  const all = new Set<string>();
  for (const line of text.split('\n')) {
    const items = LIST_ITEM.test(line);
    const folded = fold(line);
    const handles = new Set<string>();
    for (const c of clausesOf(folded, ownHandles)) for (const h of c.handles) handles.add(h.handle);
    for (const h of handles) all.add(h);
    if (!items || handles.size !== 1 || !handsOffIn(folded)) continue;
    if (registry().scanFolded(folded).some((w) => w.kind === 'erase')) continue;
    kept.add([...handles][0]!);
  }
  // An item keeps its account only beside another the mail names: a mail of one account erases that one or none.
  for (const h of kept) if (![...all].some((other) => other !== h)) kept.delete(h);
  return kept;
}

/** Whether `folded` holds a hands-off phrase, whole or both halves of a split one ("lass * in Ruhe"). */
function handsOffIn(folded: string): boolean {
  const heads = new Set<number>();
  for (const h of HANDS_OFF.scan(folded)) {
    if (h.tag.part === 'whole') return true;
    if (h.tag.part === 'head') heads.add(h.tag.phrase);
    else if (heads.has(h.tag.phrase)) return true;
  }
  return false;
}

/**
 * Whether the person leaves alone every account but one, without naming them: a clause with a
 * hands-off phrase, a word for the rest and no handle ("don't touch the other two", "остальные
 * не трогайте", "बाकी दोनों को मत छूइए", "diğer ikisine dokunmayın"). `folded` is folded text and
 * `clauses` its clauses; two linear scans.
 */
export function leavesTheRestAlone(folded: string, clauses: readonly Clause[]): boolean {
  const rest = packListMatcher(registry(), 'theRest').scan(folded);
  if (rest.length === 0) return false;
  const heads = new Set<string>();
  let c = 0;
  let r = 0;
  for (const h of HANDS_OFF.scan(folded)) {
    while (c < clauses.length - 1 && clauses[c]!.end <= h.start) c++;
    const clause = clauses[c]!;
    if (h.tag.part === 'head') {
      heads.add(`${c}:${h.tag.phrase}`);
      continue;
    }
    if (h.tag.part === 'tail' && !heads.has(`${c}:${h.tag.phrase}`)) continue;
    if (clause.handles.length > 0) continue;
    while (r < rest.length && rest[r]!.start < clause.start) r++;
    if (r < rest.length && rest[r]!.start < clause.end) return true;
  }
  return false;
}

/**
 * Whether the hands-off phrase, not an erasure word, speaks of the handle at `at`: the nearest of
 * them before it ("delete @y but don't touch @x"), or when none stands before, the nearest after
 * it ("@x ko mat chhedna").
 */
function governedByMark(clause: Clause, at: number): boolean {
  const mark = lastBefore(clause.marksAt, at);
  const erase = lastBefore(clause.erasesAt, at);
  if (mark >= 0 || erase >= 0) return mark > erase;
  return firstAfter(clause.marksAt, at) < firstAfter(clause.erasesAt, at);
}

function lastBefore(positions: readonly number[], at: number): number {
  let best = -1;
  for (const p of positions) if (p < at) best = Math.max(best, p);
  return best;
}

function firstAfter(positions: readonly number[], at: number): number {
  let best = Infinity;
  for (const p of positions) if (p > at) best = Math.min(best, p);
  return best;
}

/** Whether the clauses `from` to `to` (two side by side) name a relative or a friend ("my cousin", "meri behen"). */
function givesToRelative(folded: string, clauses: readonly Clause[], from: number, to: number): boolean {
  return relationsIn(folded.slice(clauses[from]!.start, clauses[to]!.end)).length > 0;
}

/** Whether clause `at` calls its account "ours" ("Our own agency account @x should stay connected"): a business keeps its own page. */
function clauseSpeaksOfOurs(folded: string, clauses: readonly Clause[], at: number): boolean {
  return packListMatcher(registry(), 'ours').scan(folded.slice(clauses[at]!.start, clauses[at]!.end)).length > 0;
}

/** The clauses of `folded`, each with the @handles it holds; one walk. */
export function clausesOf(folded: string, ownHandles: readonly string[]): Clause[] {
  const clauses: Clause[] = [];
  let sentence = 0;
  let start = 0;
  let handles: Clause['handles'] = [];
  const close = (end: number, endsSentence: boolean) => {
    clauses.push({ start, end, sentence, handles, erasesAt: [], marksAt: [], heads: new Set() });
    start = end;
    handles = [];
    if (endsSentence) sentence++;
  };
  let i = 0;
  while (i < folded.length) {
    const ch = folded[i]!;
    // An address's "@" ("anna@x.se") starts no handle.
    if (ch === '@' && (i === 0 || !isHandleChar(folded[i - 1]!))) {
      let j = i + 1;
      while (j < folded.length && j - i <= MAX_HANDLE + 1 && isHandleChar(folded[j]!)) j++;
      let k = j;
      while (k > i + 1 && folded[k - 1] === '.') k--;
      if (k > i + 1) {
        const verdict = judgeChunk(folded.slice(i + 1, k), ownHandles);
        if (verdict.ok) handles.push({ handle: verdict.handle, at: i });
      }
      i = k > i + 1 ? k : i + 1;
      continue;
    }
    if (SENTENCE_ENDS.has(ch) || (ch === '.' && (i + 1 >= folded.length || folded[i + 1] === ' ' || folded[i + 1] === '\n'))) close(i + 1, true);
    else if (CLAUSE_ENDS.has(ch)) close(i + 1, false);
    i++;
  }
  close(folded.length, true);
  return clauses;
}

function isHandleChar(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '.' || c === '_';
}
