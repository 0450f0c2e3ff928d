/**
 * An address the person says they wrote to by mistake: "I first sent this to the wrong address
 * (help@x)", "помилково відправив не на ту адресу (support@x)", "przez pomyłkę napisałem na zły adres
 * (pomoc@x)". It names where the mail went astray, never where to confirm. Only the address's own
 * clause counts (the words after the last comma or semicolon before it), brackets included: "I wrote
 * to the wrong address before, please confirm to x" asks for x.
 */
import { fold, packListMatcher, registry } from './languages/registry.js';

/** Marks that end a clause before an address; a bracket does not ("… не на ту адресу (x)"). */
const CLAUSE_ENDS = ',;،؛、，；';

/** `before` (the words of the address's own sentence before it) says the person wrote there by mistake. */
export function writtenToByMistake(before: string): boolean {
  let start = before.length;
  while (start > 0 && !CLAUSE_ENDS.includes(before[start - 1]!)) start--;
  return packListMatcher(registry(), 'wroteByMistake').scan(fold(before.slice(start))).length > 0;
}
