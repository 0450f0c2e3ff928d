/**
 * "Please delete my data, but do not delete my Instagram account itself": the person asks in the
 * first clause and, after a "but", spares only what is not ours to delete, the Instagram account
 * or what they posted there ("…, ale nie usuwajcie mojego konta na Instagramie", "…, но не
 * удаляйте сам аккаунт в Instagram"). The negation of the second clause refuses nothing of the
 * request: the sentence is read without it.
 *
 * Narrowly: the first part pairs an erasure word with data or an account and holds no negation
 * or opposite phrase; the clause after the "but" (up to its next clause mark) names Instagram,
 * holds a negation or an opposite phrase, and names no data. "Delete my data, but don't delete my
 * account" (whose account?), "…, but not yet" and "Don't delete my data, but delete my Instagram"
 * keep their whole sentence. Linear: one scan of the "but" words, one of the pack words, one of
 * Instagram's names.
 */
import { CLAUSE_MARKS } from './clauses.js';
import { instagramNames } from './instagram-names.js';
import { fold, packListMatcher, registry, type WordHit } from './languages/registry.js';

/** The "but" words looked at, at most, in one sentence. */
const MAX_BUTS = 4;

/** The sentence without a last clause that only spares Instagram itself; the sentence itself otherwise. */
export function withoutSparedInstagram(sentence: string): string {
  const folded = fold(sentence);
  // Positions in the folded text name the same characters only when folding kept the length.
  if (folded.length !== sentence.length) return sentence;
  const from = registry();
  const buts = packListMatcher(from, 'but').scan(folded);
  if (buts.length === 0) return sentence;
  const names = instagramNames.scan(folded);
  if (names.length === 0) return sentence;
  const hits = from.scanFolded(folded);
  for (const but of buts.slice(0, MAX_BUTS)) {
    const end = clauseEnd(folded, but.end);
    const inTail = (h: { start: number; end: number }): boolean => h.start >= but.end && h.end <= end;
    const head = hits.filter((h) => h.end <= but.start);
    const tail = hits.filter(inTail);
    if (!asksAlone(head)) continue;
    if (!names.some(inTail)) continue;
    if (!tail.some((h) => h.kind === 'negation' || h.kind === 'opposite')) continue;
    if (tail.some((h) => h.kind === 'data')) continue;
    // "Delete my data for @a but don't delete my Instagram @b": two handles, which one is theirs is for staff.
    if (folded.lastIndexOf('@', but.start) >= 0 && folded.indexOf('@', but.end) >= 0) continue;
    return trimEnd(sentence.slice(0, but.start));
  }
  return sentence;
}

/** An erasure word with data or an account, and no negation or opposite phrase. */
function asksAlone(head: readonly WordHit[]): boolean {
  return (
    head.some((h) => h.kind === 'erase') &&
    head.some((h) => h.kind === 'data' || h.kind === 'account') &&
    !head.some((h) => h.kind === 'negation' || h.kind === 'opposite')
  );
}

/** Where the clause that starts at `from` ends: its next clause mark or full stop after its first word ("けど、…", "but, …"), or the end. */
function clauseEnd(folded: string, from: number): number {
  let start = from;
  while (start < folded.length && (/\s/u.test(folded[start]!) || CLAUSE_MARKS.includes(folded[start]!))) start++;
  for (let i = start; i < folded.length; i++) if (CLAUSE_MARKS.includes(folded[i]!) || '.!?。！？'.includes(folded[i]!)) return i;
  return folded.length;
}

/** The text without the spaces and clause marks it ends with. */
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (/\s/u.test(text[end - 1]!) || CLAUSE_MARKS.includes(text[end - 1]!))) end--;
  return text.slice(0, end);
}
