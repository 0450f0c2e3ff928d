/**
 * A refusal of everything: "ничего не удаляйте", "لطفاً هیچی پاک نکنید", "אל תמחקו כלום", "कुछ भी
 * डिलीट मत कीजिए". Beside it, a sentence that pairs erasure with the person's data without asking
 * for anything ("Я случайно нажала кнопку удаления моих данных", I pressed the delete button by
 * mistake; "I got a mail that my data would be deleted") reports what happened: it takes nothing
 * back. A refusal of one thing ("do not delete the company account", "nothing from my brother's
 * account") spares only that thing, so a wish beside it stays a wish for staff: a refusal that names
 * an account refuses nothing else. The words are each pack's `nothing` list.
 * Pure and linear: one walk of each refusing sentence.
 */
import { fold, packListMatcher, registry, WordsFound, type Registry } from './languages/registry.js';
import type { OppositeWord } from './request-signals.js';


/**
 * Whether one of the mail's refusals refuses everything: its sentence holds a word for nothing or
 * anything. `apart` is the sentence of the wish read, when the wish is one part of it (a run-on
 * line): a refusal there is another clause's, and is not counted.
 */
export function refusesEverything(opposite: readonly OppositeWord[], apart?: string, from: Registry = registry()): boolean {
  const matcher = packListMatcher(from, 'nothing');
  const seen = new Set<string>();
  for (const o of opposite) {
    if (o.asksAnew || o.sentence === apart || seen.has(o.sentence)) continue;
    seen.add(o.sentence);
    const folded = fold(o.sentence);
    if (matcher.scan(folded).length === 0) continue;
    if (!new WordsFound(from.scanFolded(folded)).has('account')) return true;
  }
  return false;
}
