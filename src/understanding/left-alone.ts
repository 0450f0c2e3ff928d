/**
 * Handles the person tells us to leave alone: "please don't touch @x, it's my sister's now, only
 * delete @y", "lasst @x bitte in Ruhe, nur @y löschen", "no toquen @x, solo borren @y", "@x'e
 * dokunmayın", "@x को मत छूना", "Pehle mai @x chalati thi ... toh usko mat chhedna". Such a handle
 * is another person's now, so erasing it erases their data: it is never read as the requester's.
 *
 * A pack's `handsOff` phrase ("don't touch", "lass * in Ruhe") marks its clause (the words
 * between commas, semicolons and sentence ends). The @handles of that clause are left alone; a
 * marked clause without one ("toh usko mat chhedna") points back at the clause before it in the
 * same sentence, when that clause holds @handles and asks to erase nothing. The text is folded
 * once and walked once, the matchers are linear, so the cost is linear in its length.
 */
import { judgeChunk } from './handle-rules.js';
import { PACKS } from './languages/packs/index.js';
import { buildMatcher, fold, registry, type Matcher } from './languages/registry.js';

const MAX_TEXT = 100_000;
const MAX_HANDLE = 30;

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

interface Clause {
  start: number;
  end: number;
  sentence: number;
  handles: string[];
  erases: boolean;
  marked: boolean;
  heads: Set<number>;
}

/** Every handle in `text` that the person's words tell us to leave alone, judged as handles are (lowercase, no @). */
export function handlesLeftAlone(text: string, ownHandles: readonly string[]): Set<string> {
  const out = new Set<string>();
  const folded = fold(text.slice(0, MAX_TEXT));
  const hits = HANDS_OFF.scan(folded);
  if (hits.length === 0) return out;
  const clauses = clausesOf(folded, ownHandles);
  let c = 0;
  for (const h of hits) {
    while (c < clauses.length - 1 && clauses[c]!.end <= h.start) c++;
    const clause = clauses[c]!;
    if (h.tag.part === 'whole') clause.marked = true;
    else if (h.tag.part === 'head') clause.heads.add(h.tag.phrase);
    else if (clause.heads.has(h.tag.phrase)) clause.marked = true;
  }
  let erases = 0;
  for (const w of registry().scanFolded(folded)) {
    if (w.kind !== 'erase') continue;
    while (erases < clauses.length - 1 && clauses[erases]!.end <= w.start) erases++;
    clauses[erases]!.erases = true;
  }
  clauses.forEach((clause, i) => {
    if (!clause.marked) return;
    if (clause.handles.length > 0) {
      for (const h of clause.handles) out.add(h);
      return;
    }
    // "… mai @x chalati thi …, toh usko mat chhedna": the clause before, in the same sentence.
    for (let k = i - 1; k >= 0 && clauses[k]!.sentence === clause.sentence; k--) {
      const before = clauses[k]!;
      if (before.handles.length === 0) continue;
      if (!before.erases) for (const h of before.handles) out.add(h);
      return;
    }
  });
  return out;
}

/** The clauses of `folded`, each with the @handles it holds; one walk. */
function clausesOf(folded: string, ownHandles: readonly string[]): Clause[] {
  const clauses: Clause[] = [];
  let sentence = 0;
  let start = 0;
  let handles: string[] = [];
  const close = (end: number, endsSentence: boolean) => {
    clauses.push({ start, end, sentence, handles, erases: false, marked: false, heads: new Set() });
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
        if (verdict.ok) handles.push(verdict.handle);
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
