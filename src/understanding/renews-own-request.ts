/**
 * A follow-up to one's own unanswered request: "a month on and no confirmation, did you delete
 * my data or not??" over the person's own earlier mail quoted below ("> Please delete my data").
 * We never answered (the mail answers none of ours and carries none of our subjects), so the
 * question asks after a deletion nobody confirmed: the request is renewed, and staff or the bot
 * go on with it. The quoted handle is not read here: the quote is older words, the reader's
 * handle rules read the new ones. Only the first level of quoting is the writer's own earlier mail.
 * Pure and linear: one walk of the mail's lines, bounded.
 */
import { findDeletionWish, sentences } from './deletion-intent.js';
import { asksErasure, erasurePair, readSentence, type ReadSentence } from './request-signals.js';
import { endsWithQuestionMark } from './question-mark.js';

/** Lines of the mail looked into for the quote: a follow-up quotes a short mail. */
const MAX_LINES = 400;
const MAX_QUOTED_CHARS = 8_000;

export interface OwnThread {
  /** The mail's text, with its quote. */
  text: string;
  /** The mail answers one of our mails, or carries our subject: then the quote may be ours. */
  answersOurs: boolean;
  /** In-Reply-To and References: a follow-up in one's own thread names the earlier mail. */
  threadIds: readonly string[];
  /** The new words' sentences. */
  sentences: readonly ReadSentence[];
  /** The sentences of opposite intent ("do not delete anything"). */
  opposite: readonly { sentence: string }[];
}

/** The quoted ask renewed ("Please delete my data"), or null. */
export function renewsOwnRequest(t: OwnThread): string | null {
  if (t.answersOurs || t.threadIds.length === 0) return null;
  // "Did you delete it or not?" asks; a refusal or a withdrawal outside a question is left to the other rules.
  if (t.opposite.some((o) => !endsWithQuestionMark(o.sentence))) return null;
  // The new words ask after the deletion: a question with a deletion word ("did you delete my data or not??").
  if (!t.sentences.some((s) => s.words.has('erase') && endsWithQuestionMark(s.folded))) return null;
  const quoted = firstLevelQuote(t.text);
  if (quoted === '') return null;
  // The hand-written rules read the ask where they know the language ("vi chiedo di cancellare i miei dati"), the packs' words elsewhere.
  return findDeletionWish(quoted, '').statement ?? sentences(quoted).map((s) => readSentence(s)).find((s) => erasurePair(s) && asksErasure(s))?.text ?? null;
}

/** The lines quoted once ("> ..."), not deeper ("> > ..."): the mail answered, not the ones before it. */
function firstLevelQuote(text: string): string {
  const out: string[] = [];
  let chars = 0;
  const lines = text.split('\n', MAX_LINES);
  for (const raw of lines) {
    const line = raw.trimStart();
    if (!line.startsWith('>')) continue;
    const rest = line.slice(1).trimStart();
    if (rest.startsWith('>')) continue;
    chars += rest.length;
    if (chars > MAX_QUOTED_CHARS) break;
    out.push(rest);
  }
  return out.join('\n');
}
