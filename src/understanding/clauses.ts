/**
 * The clauses of a folded sentence, split at commas, semicolons, colons, brackets and dashes, in
 * every script: which clause a word stands in tells a refusal's reach ("do not delete the company
 * account, only mine") and a question's. Pure: one walk of the sentence at the first look-up.
 */
import { positionsBefore } from './positions-before.js';

/** The Arabic-script comma and semicolon "، ؛" and the ideographic comma "、" end a clause as "," and ";" do. */
export const CLAUSE_MARKS = ',;:()–—،؛、，；';

/**
 * The clause of each position of a folded sentence, clauses split at , ; : ( ) and dashes:
 * boundaries found once, at the first look-up (most sentences hold no word to place), each
 * look-up a binary search.
 */
export function clauses(folded: string): (at: number) => number {
  let marks: number[] | null = null;
  return (at: number) => {
    if (marks === null) {
      marks = [];
      for (let i = 0; i < folded.length; i++) if (CLAUSE_MARKS.includes(folded[i]!)) marks.push(i);
    }
    return positionsBefore(marks, at);
  };
}

/**
 * Nothing but spaces stands between the clause mark before `at` (one of `marks`) or the sentence's
 * start and `at`: the word at `at` opens its clause ("Trial over, delete everything").
 */
export function opensClause(folded: string, at: number, marks: string = CLAUSE_MARKS): boolean {
  let i = at - 1;
  while (i >= 0 && folded[i]!.trim() === '') i--;
  return i < 0 || marks.includes(folded[i]!);
}
