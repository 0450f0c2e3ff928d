/**
 * A mail that reports another's ask for the deletion and refuses it: "I think my nephew sent you
 * an email asking to delete stuff. Please ignore it, I still use the app"; "you wrote that
 * someone asked to delete my data. That wasn't me, please don't delete anything"; "קיבלתי מכם
 * מייל שמישהו ביקש למחוק... זה לא אני, אל תמחקו כלום". Each of its erasure words either reports
 * that ask (a sentence holding one of the packs' `othersAsk` words: someone, a hacker, "we
 * received a request", "without my permission"; or `mailSaid` words: "I got an e-mail
 * supposedly from you saying") or refuses (a sentence of opposite intent), and the writer says
 * they do not want it: a denial or a refusal of their own. A mail forwarded below the writer's
 * words (the phishing mail itself) is another's words and asks nothing. No sentence of the
 * writer asks, so it asks nothing. A sentence of the writer's own that asks anew ("…but now
 * please delete it all"), or a mail written or passed on for another, is left to the other rules.
 * Pure and linear: one walk of each sentence holding an erasure word.
 */
import { packListMatcher, registry, type Registry } from './languages/registry.js';
import { endsWithQuestionMark } from './question-mark.js';
import { refusesEverything } from './refuses-everything.js';
import type { ReadSentence, RequestSignals } from './request-signals.js';

/**
 * The sentence reports someone else's ask or announcement: it names the asker or a request
 * received (`othersAsk`), or tells what a mail received said (`mailSaid`: "I got an e-mail
 * supposedly from you saying the data of my account will be deleted within 24h").
 */
function reportsOthersAsk(s: ReadSentence, from: Registry): boolean {
  return packListMatcher(from, 'othersAsk').scan(s.folded).length > 0 || packListMatcher(from, 'mailSaid').scan(s.folded).length > 0;
}

/**
 * Whether the mail's only erasure words report another's ask or refuse it, and the writer
 * refuses or denies it. `onBehalf` tells a mail written for a relative, whose wish is the relative's.
 */
export function onlyReportsOthersAsk(
  signals: RequestSignals,
  onBehalf: () => boolean,
  /** The sentences of the writer's own words above a forwarded mail, when one is forwarded: the forwarded mail's words are another's, and ask nothing of the writer's. */
  writers: ReadonlySet<string> | null = null,
  from: Registry = registry(),
): boolean {
  // Most mail says nothing against a deletion: there is nothing to weigh.
  if (signals.opposite.length === 0 && !signals.sentences.some((s) => s.words.has('opposite'))) return false;
  // A subject that asks whether ("Apagar dados??") asks nothing of us.
  const subjectSays = signals.subject.words.has('erase') && !signals.answers && !endsWithQuestionMark(signals.subject.folded);
  const said = subjectSays ? [...signals.sentences, signals.subject] : signals.sentences;
  const refusing = new Set(signals.opposite.filter((o) => !o.asksAnew).map((o) => o.sentence));
  const reported = new Set<string>();
  for (const s of said) {
    if (!s.words.has('erase') || (writers !== null && s !== signals.subject && !writers.has(s.text))) continue;
    if (reportsOthersAsk(s, from)) reported.add(s.text);
    else if (!refusing.has(s.text)) return false;
  }
  if (reported.size === 0) return false;
  // The writer's own word against it: a denial ("that wasn't me"), a refusal of everything, a refusal
  // in a sentence apart from the report, or a phrase of opposite intent with no erasure word ("please ignore it").
  const refuses =
    signals.opposite.some((o) => o.phrase && !o.asksAnew && (o.denies || !reported.has(o.sentence))) ||
    refusesEverything(signals.opposite) ||
    signals.sentences.some((s) => !s.words.has('erase') && s.words.has('opposite'));
  return refuses && !onBehalf();
}
