/**
 * An answer to our own mail that gives the requester's handle and says nothing against the
 * deletion: "klar, das ist anna.k_b", "Ja, precis. Kontot heter erik.s", "آیدیم همون negar.a_
 * هست". Our mail asked for the username (or asked to confirm) of a deletion request, so the
 * thread is the wish, and the answer is that request with its handle.
 *
 * Only in an answer to our own mail (one of its Message-IDs in In-Reply-To or References), only
 * with a handle shaped like one or named by a sure rule (a label, a sentence), and only when the
 * new words are few and neither refuse, deny, negate nor ask: "don't delete, it's x", "I did not
 * ask for this", "who are you? x" stay as the other rules read them.
 */
import type { FoundUsername } from './instagram-username.js';
import { MAX_WORDS } from './answer-handle-word.js';
import type { ReadSentence, RequestSignals } from './request-signals.js';
import { packListMatcher, registry } from './languages/registry.js';

const QUESTION_MARKS = /[?？؟]/u;

/**
 * A sentence that apologises and names no erasure ("sorry ze wczesniej nie napisalam", "perdón por no
 * responder antes", "извините, что не ответил раньше"): it speaks of the late answer, and neither its negation
 * nor its "что" takes anything back or asks anything (a question mark still does).
 */
function apologisesLate(s: ReadSentence): boolean {
  return !s.words.has('erase') && !s.words.has('opposite') && packListMatcher(registry(), 'apology').scan(s.folded).length > 0;
}

/**
 * The sentence that stands for the request when `signals` read an answer to our mail giving the
 * handle (`handle`, asked only when the rest holds) and nothing against it: the sentence with an erasure word if one asks, else the
 * one naming the handle. Null when the mail is no such answer.
 */
export function answerGivesHandle(signals: RequestSignals, handle: () => FoundUsername | null, body: string): string | null {
  if (!signals.replyToBot || signals.opposite.length > 0) return null;
  if (body.split(/\s+/).filter((w) => w !== '').length > MAX_WORDS) return null;
  const read = signals.sentences;
  if (read.some((s) => QUESTION_MARKS.test(s.text) || ((s.words.has('question') || s.words.has('negation')) && !apologisesLate(s)))) return null;
  // Looked for last: the few words of an answer are read at once, a long mail never is.
  const found = handle();
  if (found === null) return null;
  // A plain word is a handle only where a sure rule named it ("Benutzername: jessk"); "Danke" alone is none.
  const shaped = /[._0-9]/.test(found.handle) || body.toLowerCase().includes(`@${found.handle}`);
  if (!shaped && found.confidence !== 'high') return null;
  const statement = read.find((s) => s.words.has('erase')) ?? read.find((s) => s.folded.includes(found.handle)) ?? read[0];
  return statement?.text ?? null;
}
