/**
 * Mail that asks to erase an account that is not the writer's and that the writer has no say
 * over: an ex-partner's ("Bu hesap eski kız arkadaşımın. Tüm verilerini silin"), a fake or
 * impostor account ("un FAUX compte qui copie nos photos … supprimez les données du faux
 * compte"), a stranger's ("its not my account its my ex husbands"). Erasing it at a stranger's
 * word erases another person's data: the mail asks nothing of us.
 *
 * The mail names such an account (a pack's `othersAccount` word), and no sentence asking an
 * erasure owns its data or account ("my data", "mes données": a word of the writer's own beside
 * them that is not part of, or right before, such a word: "my ex's data" owns nothing). Where
 * another sentence owns an account ("Notre vrai compte est @y", "mon compte est @x"), an erasure
 * must name the other account itself ("les données du faux compte"). A parent
 * for a child (`ownChild`), an agency or a lawyer for a client (`clients`, `onBehalf`) still ask.
 * Pure and linear: one scan of each sentence per list, bounded pairs.
 */
import { packListMatcher, registry, type Registry, type WordHit } from './languages/registry.js';
import { inHandle } from './not-the-writers-data.js';
import type { ReadSentence } from './request-signals.js';

/** How many characters apart a word of the writer's own and the data or account it owns may stand ("my personal data"). */
const BESIDE = 14;
/** How many characters before a word naming another's account a word of the writer's own belongs to it ("my ex-husband's"). */
const BEFORE_OTHERS = 3;
/** Hits looked at in one sentence: a sentence of more is read as today. */
const MAX_HITS = 200;

/** Whether the mail asks to erase only an account it names as another person's. */
export function someoneElsesAccount(sentences: readonly ReadSentence[], from: Registry = registry()): boolean {
  const others = packListMatcher(from, 'othersAccount');
  const guards = [packListMatcher(from, 'ownChild'), packListMatcher(from, 'clients'), packListMatcher(from, 'onBehalf')];
  let named = false;
  let aimed = false;
  let ownsOne = false;
  for (const s of sentences) {
    if (guards.some((g) => g.scan(s.folded).length > 0)) return false;
    const marks = others.scan(s.folded);
    if (s.words.hits.length > MAX_HITS || marks.length > MAX_HITS) return false;
    if (marks.length > 0) named = true;
    const mine = owns(s, marks);
    if (!s.words.has('erase')) {
      ownsOne ||= mine;
      continue;
    }
    if (mine) return false;
    if (marks.length > 0) aimed = true;
  }
  // "Mon compte est @x … l'autre n'est pas le mien. Supprimez les données de @x": the erasure is of the writer's own, unless it names the other account.
  return named && (aimed || !ownsOne);
}

/**
 * A word of the writer's own beside a data or account word: not one of (or right before) a word
 * naming another's account ("my ex-boyfriend"), not part of a handle ("@mia.k"), and not beside
 * the other account itself ("a fake account copying our brand").
 */
function owns(s: ReadSentence, marks: ReadonlyArray<{ start: number; end: number }>): boolean {
  const theirs = (w: WordHit): boolean => marks.some((m) => w.start >= m.start - BEFORE_OTHERS - (w.end - w.start) && w.end <= m.end);
  const inMark = (x: WordHit): boolean => marks.some((m) => x.start >= m.start && x.end <= m.end);
  const owned = (w: WordHit): boolean =>
    s.words.hits.some((x) => (x.kind === 'data' || x.kind === 'account') && !inMark(x) && x.start - w.end <= BESIDE && w.start - x.end <= BESIDE);
  return s.words.hits.some((w) => w.kind === 'mine' && !theirs(w) && !inHandle(s.folded, w.start, w.end) && owned(w));
}
