/**
 * Why the bot read a mail the way it did: which rule found each field and
 * how sure that rule is. The finders record the rule as they decide, so the
 * record is never guessed again afterwards. It names rules, pack words and
 * law names only, never the words of the mail, so it holds no personal data
 * and may be stored and shown to staff as it is.
 */

export type Confidence = 'high' | 'medium' | 'low';

export interface FieldEvidence {
  /** Stable rule id, e.g. `username.labelled-line`. */
  rule: string;
  confidence: Confidence;
}

export interface Evidence {
  kind: FieldEvidence;
  /** null when no username was found (or the mail is not a request). */
  username: FieldEvidence | null;
  confirmation: FieldEvidence | null;
  language: FieldEvidence | null;
  /** The weakest of the fields that decide what the bot does. */
  confidence: Confidence;
  /**
   * Why the reader is unsure, in staff's words: "a deletion word and a handle, but no sentence
   * asking for deletion", "opposite intent: 'do not delete'", "written in Polish, which has no
   * hand-written rules". Empty when nothing is in doubt. Quotes pack words, never the mail's.
   * The reader always sets it; evidence recorded before it existed has none.
   */
  doubt?: string[];
}

/** What each rule means, in the words staff read in `parse --explain` and the notification. */
export const RULE_TEXT: Record<string, string> = {
  'auto.header': 'a header only machines set (Auto-Submitted, Precedence, List-*, X-Autoreply...)',
  'auto.sender': 'a machine sender (mailer-daemon, postmaster) or an empty Return-Path',
  'auto.report': 'a delivery report (multipart/report)',
  'auto.subject': 'an out-of-office or delivery-failure subject',
  'staff.sender': 'the sender is a staff address (STAFF_EMAILS)',
  'username.staff-triage': 'staff named it in their triage answer (REQUEST @handle)',
  'wish.sentence': 'a sentence pairs a deletion verb with the person\'s own data',
  'wish.verb-final': 'a sentence names the person\'s data and ends in a deletion verb (Dutch/German word order)',
  'wish.legal': 'a legal phrase (right to erasure, Art. 17 GDPR, deletion request)',
  'wish.for-relative': 'a sentence asks us to delete the data of the relative the mail is written or passed on for',
  'wish.japanese': 'a Japanese sentence asks for the data to be deleted',
  'wish.subject': 'the subject asks for deletion and the body does not contradict it',
  'wish.pack': 'a sentence pairs a deletion word with the person\'s data or account in the words of a language pack, with no negation or question',
  'wish.answer-handle': 'an answer to our mail that gives the Instagram handle and says nothing against: the deletion asked is the thread\'s',
  'possible.signs': 'signs of a request (deletion or privacy words, a law, a handle) without a sentence read as asking for deletion',
  'possible.several-handles': 'a sentence reads as a request, but the mail offers more than one Instagram account (alternatives, or several to delete)',
  'possible.instagram-account': 'a sentence asks to delete the Instagram account itself, not the data the app holds: only Instagram deletes the account',
  'possible.thanks': 'the mail thanks for a deletion outside a reply to our mail: a thank-you for one done, or a request closed with thanks',
  'possible.opposite': 'a sentence reads as a request, but the mail also says the opposite (do not delete, keep my account)',
  'possible.on-condition': 'a sentence of the writer\'s own asks for the deletion, and another refuses it only on a condition (if so, then do not delete yet): staff explain and ask',
  'possible.undecided': 'a sentence reads as a request, but the writer doubts the wish itself (not sure, or maybe, wait, no) and may want it explained first',
  'other.no-wish': 'no sentence asks PickrTech to delete the person\'s data',
  'other.excluded': 'deletion is mentioned but ruled out (a question, a negation, content, another company)',
  'other.reported-ask': 'the mail reports someone else\'s ask or a mail received (someone, a hacker, a request received, an e-mail saying the data will be deleted) and refuses or denies it: nothing is asked',
  'other.withdrawn': 'the person takes back a deletion request of their own (withdraw my deletion request, changed my mind) and its deletion words only tell of that ask or refuse: nothing is asked anew',
  'other.self-service': 'the person asks how to delete the data themselves',
  'other.vendor': 'a vendor or marketing mail about deletion (a product or service is offered)',
  'other.unsubscribe': 'the mail only asks to leave a newsletter or a mailing list, not to delete data',
  'other.not-the-writers-data': 'every deletion the mail asks for is of something that is not the writer\'s data: a subscription, a payment card, or PickrTech\'s own Instagram account or post',
  'other.someone-elses-account': 'the mail asks to erase an account it names as another person\'s the writer has no say over: an ex-partner\'s, a fake or impostor account, a stranger\'s',
  'other.impersonates-instagram': 'the sender is named Instagram, Meta or Facebook from none of their addresses, or writes from an address imitating theirs: phishing',
  'other.threatens-own-account': 'the mail greets our own Instagram handle and threatens to delete the account unless it is verified: phishing',
  'other.another-company': 'the mail is written to another company: its greeting names it, and it asks to erase the account held there',
  'other.instagram-itself': 'the mail is written to Instagram itself (it greets Instagram, or asks to delete the Instagram account knowing we are not Instagram)',
  'other.not-wished': 'every deletion the mail names is one nobody writing asks for: a company\'s notice of a deletion to come (an unpaid invoice, an ended trial), deletion work told of in a job application or an offer, or a line written to an automated system',
  'other.postponed': 'the person puts the deletion off ("not yet", "for now") or asks to suspend it',
  'other.question-first': 'the person asks questions before deciding whether to request deletion',
  'username.labelled-line': 'a labelled line ("Instagram username: x")',
  'username.inline-label': 'a label inside a sentence ("(Instagram: x)")',
  'username.link': 'an instagram.com/x link',
  'username.sentence': 'a sentence naming the account ("my Instagram is x")',
  'username.after-account': 'a handle-shaped word right after the word for the account ("k účtu x", "zum Konto x"), whoever\'s it is',
  'username.quoted': 'a handle in quotation marks after an account word',
  'username.shaped-word': 'a handle-shaped word (with . _ or digits) next to an account word',
  'username.lone-word': 'a handle-shaped word alone on its line',
  'username.mention': 'an @mention on a line about the account',
  'username.on-behalf': 'the handle the words give the relative a mail is written on behalf of ("im Namen meiner Mutter ... Instagram meiner Mutter: x")',
  'username.stray-mention': 'an @mention with no account word near it',
  'username.one-word-reply': 'the whole reply is one word',
  'username.answer-word': 'the one handle-shaped word of a short answer to our mail',
  'username.subject': 'the end of the subject ("Deletion request for x")',
  'confirmation.cue': 'an address after words asking to be written to ("confirm to x")',
  'confirmation.label': 'an address after an address label ("my email is x")',
  'confirmation.cue-after': 'an address followed by the words asking to be written to',
  'confirmation.alone': 'an address alone on its line',
  'confirmation.reply-to': 'no address in the words; the Reply-To header',
  'confirmation.sender': 'no address in the words and no Reply-To; the From address',
  'language.kana': 'Japanese script',
  'language.words': 'common words and letters of the language',
  'language.detector': 'the language detector (eld), sure or alone',
  'language.hinglish': 'Hindi words written in Latin letters around English ones (Hinglish)',
};

const ORDER: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

export function weakest(...levels: Array<Confidence | undefined>): Confidence {
  let out: Confidence = 'high';
  for (const level of levels) if (level !== undefined && ORDER[level] < ORDER[out]) out = level;
  return out;
}

export function field(rule: string, confidence: Confidence): FieldEvidence {
  return { rule, confidence };
}

/** "a labelled line (\"Instagram username: x\") [username.labelled-line, high]" */
export function describeField(e: FieldEvidence | null): string {
  if (!e) return 'none';
  return `${RULE_TEXT[e.rule] ?? e.rule} [${e.rule}, ${e.confidence}]`;
}
