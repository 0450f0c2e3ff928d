/**
 * An address the person refuses in the words of the mail's language: a negation of that
 * language's pack a few words before the address, in its own clause: "Ikke send noe til x",
 * "Bitte nicht mehr an x schreiben", "No escriban a x", "N'écrivez pas à x", "Nie piszcie na x",
 * "אל תשלחו ל-x", "لا ترسلوا إلى x", "Jangan kirim ke x". Such an address is never where to confirm.
 *
 * Only the mail's own language counts: a negation of another pack is an ordinary word there
 * (Romanian "nu" is Dutch "now", Persian "na" is Polish "to", Greek "min" is Swedish "my").
 * A negation in an earlier clause refuses something else ("Gmail nutze ich nicht mehr, bitte an x
 * antworten"), and so does one further off ("N'hésitez pas à me contacter à x" asks for x), or one
 * before the address in a language that puts the verb after it (Hindi, Turkish, Japanese).
 */
import { PACKS } from './languages/packs/index.js';
import { fold, registry } from './languages/registry.js';

/** Words that may stand between the negation and the address: "send noe til", "me escriban a". */
const MAX_WORDS_BETWEEN = 3;
/** Marks that end a clause; a colon does not ("Nie wysyłajcie na adres: x"), and an earlier address's "@" does. */
const CLAUSE_ENDS = ',;()،؛、，；@';

/** Languages that put the verb after the address ("x pe mat bhejo"): a negation before it is another clause's. */
const VERB_LAST: ReadonlySet<string> = new Set(PACKS.filter((p) => p.verbLast === true).map((p) => p.code));

/** `sentence` (the words of the address's own sentence before it) refuses the address in `lang`'s words. */
export function refusedInClause(sentence: string, lang: string | null): boolean {
  if (lang === null || VERB_LAST.has(lang)) return false;
  let start = sentence.length;
  while (start > 0 && !CLAUSE_ENDS.includes(sentence[start - 1]!)) start--;
  const clause = fold(sentence.slice(start));
  for (const h of registry().scanFolded(clause)) {
    if (h.kind !== 'negation' || h.lang !== lang) continue;
    const between = clause.slice(h.end).trim();
    if (between === '' || between.split(' ').length <= MAX_WORDS_BETWEEN) return true;
  }
  return false;
}
