/**
 * A person who asks what they must do to have their own data deleted: "What would I have to do
 * to get my data deleted?", "O que preciso fazer pra meus dados serem apagados?", "Підкажіть, що
 * зробити, щоб ви видалили мої дані?", "만약 삭제하려면 제가 뭘 해야 하나요?". They have not asked for
 * the deletion yet, and the question is no idle one about how deletion works: staff answer them
 * and may open the request (a `possible_request`, whatever the subject says).
 *
 * A sentence asks so when it holds a `howTo` phrase of a pack ("what do i need to do", "was muss
 * ich tun", "뭘 해야"), a word of the person's own (my, meine, 제가, verilerim: a general question
 * "what must be done to delete user data?" stays as read) and pairs an erasure word with data or an account; in a
 * language written with spaces that puts the verb first, the erasure word stands after the phrase
 * ("Bitte löschen Sie meine Daten, was muss ich noch tun?" asks first, and asks something else after),
 * unless a condition holds it before ("Als ik wil dat jullie mijn gegevens verwijderen, wat moet ik dan doen?");
 * in one that puts the verb last, or writes no spaces, its erasure word alone will do, the data named
 * before or in the subject ("만약 삭제하려면 제가 뭘 해야 하나요?", under "데이터 삭제 문의"). The
 * mail asks so when such a sentence is there and no other sentence of it asks for the erasure
 * ("Please delete my data. What else do I need to do?" is a request).
 * Pure and linear: one scan of each sentence for the phrases, asked only of sentences with an erasure word.
 */
import { packListMatcher, registry, type Registry } from './languages/registry.js';
import { asksErasure, erasurePair, opensWithErasure, type ReadSentence } from './request-signals.js';
import { asksHowItGoes } from './asks-how-it-goes.js';

/** The sentence that asks how to have the person's own data deleted, when the mail asks so; null otherwise. */
export function asksHowToDelete(sentences: readonly ReadSentence[], from: Registry = registry()): ReadSentence | null {
  // "What would I have to do …?", or how it goes with us ("… or do I have to ask you separately?").
  const asking = sentences.find((s, i) => asksHow(s, from) || asksHowItGoes(sentences, i, from));
  if (asking === undefined) return null;
  // "Please delete my data. What else do I need to do to be sure?": another sentence asks for the erasure.
  if (sentences.some((s) => s !== asking && erasurePair(s) && asksErasure(s))) return null;
  return asking;
}

/** Whether `s` asks what the person must do to have their own data deleted. */
function asksHow(s: ReadSentence, from: Registry): boolean {
  if (!s.words.has('erase') || !s.words.has('mine') || opensWithErasure(s)) return false;
  const phrases = packListMatcher(from, 'howTo').scan(s.folded);
  if (phrases.length === 0) return false;
  const pair = erasurePair(s);
  // The first and last erasure words, and whether a condition word stands before the first: each found once per sentence.
  let firstErasure = Infinity;
  let lastErasure = -Infinity;
  for (const h of s.words.hits) {
    if (h.kind !== 'erase') continue;
    if (h.start < firstErasure) firstErasure = h.start;
    if (h.start > lastErasure) lastErasure = h.start;
  }
  let conditioned: boolean | undefined;
  const conditionFirst = (): boolean =>
    (conditioned ??= packListMatcher(from, 'condition').scan(s.folded).some((c) => c.end <= firstErasure));
  return phrases.some((p) => {
    const pack = from.packs.find((k) => k.code === p.tag);
    // A language that puts the verb last, or writes no spaces, names what is to be deleted first
    // ("Verilerimin silinmesi için ne yapmam gerekiyor?") or leaves it to the subject ("만약 삭제하려면 제가 뭘 해야 하나요?").
    if (pack?.verbLast === true || pack?.noSpaces === true) return pair || s.words.has('erase', p.tag);
    // Elsewhere the data or the account is named, after the phrase: an erasure word of any language will do ("delete" is English in Polish mail),
    // or before it, in a condition that opens the question ("If I want you to delete my data, what do I have to do?"):
    // a condition word before the first erasure word, which stands before the phrase.
    return pair && (lastErasure >= p.end || (firstErasure < p.start && conditionFirst()));
  });
}
