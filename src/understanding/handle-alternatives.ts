/**
 * Whether the person's own words offer the handle found as one of several: "@ann.k or @ann_k2,
 * I am not sure which", "ann.k (or maybe annk_2)", "ann.k / ann_k2", "@ann.k oder @ann_k2",
 * "@ann.k または @ann_k2", or as one of several accounts to delete ("both my accounts @a and @b").
 * Erasing the first may erase another person's account: such a mail is never read as a request
 * for one handle, staff choose (one request per account).
 *
 * Narrow on purpose: the handles must stand side by side on one line, joined only by the words
 * of "or", "maybe" or "and" of a language ({@link JOINING}), a slash, commas or brackets, and
 * the other handle must look like one (an @, a dot, an underscore or a digit). Another word
 * between ("my friend @bea_r", "formerly", "not"), a sentence's end, PickrTech's own handle or
 * the same handle written twice joins nothing. One pass over the text, so linear in its length.
 */
import { judgeChunk } from './handle-rules.js';

/** Words that join alternatives ("or", "maybe") or several ("and", "both"): lowercase, whole words. */
const JOINING: ReadonlySet<string> = new Set(
  `or either maybe perhaps possibly probably and both also
oder entweder bzw beziehungsweise vielleicht eventuell und beide auch
ou soit peut être bien et aussi
o u bien quizás quizas tal vez acaso y también
oppure forse e anche
of misschien en ook
talvez também
lub albo czy może moze ewentualnie i oraz też
или либо то ли может быть возможно и а также
veya ya da yahut belki ve
または か もしくは あるいは それとも と`.split(/\s+/),
);

/** Marks that may stand between joined handles; a slash joins alternatives by itself. */
const BETWEEN = new Set([' ', '\t', '\u00a0', '(', ')', '（', '）', ',', '，', '、', '-', '–', '—', '"', "'", '“', '”', '„', '«', '»', '*', '「', '」', '『', '』', '/', '／']);
const SLASH = new Set(['/', '／']);

/** Letters of scripts written without spaces: each run is a word of its own beside Latin letters ("ann.kか"). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;
const HANDLE_WORD = /^@?[a-z0-9._]+$/;
const SHAPED = /^@|[._0-9]/;
const MAX_TEXT = 100_000;

/**
 * The other handles offered beside `found` in `text` (its own words), as alternatives or as
 * several accounts; empty when none.
 */
export function handlesOfferedBeside(text: string, found: string, ownHandles: readonly string[]): string[] {
  const others = new Set<string>();
  // The handles side by side so far; whether a joining word or a slash stood between two different ones; whether one stands now.
  let chain = new Set<string>();
  let joined = false;
  let pending = false;
  const close = () => {
    if (joined && chain.has(found)) for (const h of chain) if (h !== found) others.add(h);
    chain = new Set();
    joined = false;
    pending = false;
  };
  const lower = text.slice(0, MAX_TEXT).toLowerCase();
  let i = 0;
  while (i < lower.length) {
    const c = lower[i]!;
    if (BETWEEN.has(c)) {
      if (SLASH.has(c) && chain.size > 0) pending = true;
      i++;
      continue;
    }
    if (!WORD.test(c) && c !== '@' && c !== '.' && c !== '_') {
      close();
      i++;
      continue;
    }
    // One word: a run of one kind of letters (spaced scripts with the handle's marks, or an unspaced script).
    const unspaced = UNSPACED.test(c);
    let j = i;
    while (j < lower.length && isWordChar(lower[j]!, unspaced)) j++;
    let word = lower.slice(i, j);
    i = j;
    const ends = word.endsWith('.') && !word.startsWith('.');
    word = word.replace(/\.+$/, '');
    if (JOINING.has(word)) {
      if (chain.size > 0) pending = true;
    } else if (HANDLE_WORD.test(word)) {
      // A plain word (letters alone) is judged as itself: unless it is the handle found, it ends the chain
      // whatever the judgement, so only a shaped word or the handle itself is judged.
      const shaped = SHAPED.test(word);
      const verdict = shaped || word === found ? judgeChunk(word, ownHandles) : null;
      const handle = verdict?.ok === true ? verdict.handle : null;
      if (handle === null || (handle !== found && !shaped)) close();
      else {
        // "@a, @b or @c": commas keep the list going, a joining word anywhere in it joins it.
        if (pending && !chain.has(handle)) joined = true;
        chain.add(handle);
        pending = false;
      }
    } else {
      close();
    }
    if (ends) close();
  }
  close();
  return [...others];
}

function isWordChar(c: string, unspaced: boolean): boolean {
  if (unspaced) return UNSPACED.test(c);
  return c === '@' || c === '.' || c === '_' || (WORD.test(c) && !UNSPACED.test(c));
}
