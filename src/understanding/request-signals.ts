/**
 * Signs that a mail may be a deletion request, read without knowing its language: the erasure
 * words of every language pack (delete, erase, remove, data, account, privacy), citations of a
 * data-protection law, an Instagram handle, a subject that speaks of deletion, and a reply to
 * the bot's own mail. Only the mail's own visible words count (`visible-text.ts`): never the
 * quoted mail it answers, never the signature.
 *
 * Each sign is worth points; a mail with {@link ENOUGH} points, one of them a sign that speaks
 * for the person (a sentence asking to erase their own data or account, the erasure article
 * of a law, an answer to the bot's mail), is worth a person's look. Words about deletion in
 * general ("we automate data deletion for your users", "remove the hassle") only add to such a
 * sign. A handle alone is no sign of a request (a shop's signature, a mention in a
 * newsletter), and neither is a reply alone ("thanks!"). Pure and linear in the text's length.
 */
import { domainOf, isOurThreadId } from './message-ids.js';
import { sentences } from './deletion-intent.js';
import type { FoundUsername } from './instagram-username.js';
import { SUBJECT_PREFIX } from './intent-vocabulary.js';
import type { Citation } from './law-citations.js';
import { fold, registry, WordsFound, type MatcherHit, type Registry, type WordHit } from './languages/registry.js';
import { sentenceWords } from './sentence-words.js';
import { lastTurnToNow, turnToNow } from './turn-to-now.js';
import { writesOnBehalf } from './on-behalf.js';
import { clauses } from './clauses.js';
import { governingClauses, governedRefusal } from './complement-clause.js';
import { endsWithQuestionMark } from './question-mark.js';

export { CLAUSE_MARKS, clauses } from './clauses.js';

/** Points from which a mail is a possible request. */
export const ENOUGH = 3;

/** One sentence of the mail's own words, with the pack words, citations and thanks it holds. */
export interface ReadSentence {
  text: string;
  folded: string;
  words: WordsFound;
  citations: Citation[];
  /** Each thanks of any language, in text order. */
  thanks: ReadonlyArray<MatcherHit<null>>;
  /** It thanks in advance. */
  thanksAhead: boolean;
  /** Where its first phrase taking a request back ends (a pack's `withdraws`: "I withdraw my request"), or -1. */
  withdrawal: number;
}

export type SignKind =
  /** A sentence pairs an erasure word with data or an account, of the person's own (a first-person word, an imperative, the handle) (2). */
  | 'erasure-sentence'
  /** An erasure article (Art. 17 GDPR, Art. 18 LGPD) (2). */
  | 'erasure-law'
  /** An erasure word somewhere in the words, when no sentence asks to erase the person's own (1). */
  | 'erase-word'
  /** A data-protection law or a privacy word (1). */
  | 'law'
  /** The subject pairs erasure with data or an account (2), or names privacy or a law, or erasure the words do not (1). */
  | 'subject'
  /** The subject pairs erasure with data or an account in a language without hand-written rules (2): it speaks for the person. */
  | 'erasure-subject'
  /** An Instagram handle found with medium or high confidence (1). */
  | 'handle'
  /** The mail answers the bot's own mail (1). */
  | 'reply-to-bot';

export interface Sign {
  kind: SignKind;
  points: number;
  /** What was seen, in staff's words: a pack word, a law's name, never the mail's own words. */
  detail: string;
  /** The sentence that holds it, for the statement; null for the subject, a handle or a reply. */
  sentence: string | null;
}

/** Words of opposite intent ("do not delete", "keep my account") in a sentence about erasure, data or an account. */
export interface OppositeWord {
  word: string;
  lang: string;
  sentence: string;
  /** A phrase of the pack's opposite words ("do not delete", "cancel my request"), not a negation found beside an erasure word. */
  phrase: boolean;
  /**
   * A phrase that denies, takes back or keeps without naming the erasure ("I did not ask",
   * "cancel my request", "keep my account"): unlike "do not delete", never a complaint that
   * nothing was deleted yet ("abhi tak delete nahi hua").
   */
  denies: boolean;
  /**
   * A phrase in an earlier clause than an erasure word whose clause holds no opposite or
   * negation word: "I did not ask for this, please delete my data". The sentence may ask anew:
   * never opened, never ignored, staff decide.
   */
  asksAnew: boolean;
}

export interface RequestSignals {
  /** The mail's own sentences, read (the first 50,000 characters). */
  sentences: ReadSentence[];
  /** The subject, read; counted only when it is the person's own (not a reply to the bot's mail). */
  subject: ReadSentence;
  signs: Sign[];
  score: number;
  /** Enough signs of a request for a person to look. */
  enough: boolean;
  /** The sentence holding the strongest sign, else the subject without Re:/Fwd:; null when neither. */
  statement: string | null;
  opposite: OppositeWord[];
  replyToBot: boolean;
  /** An answer: a reply to the bot's own mail, or a subject with a reply prefix ("Re:", "SV:", "Odp:"). */
  answers: boolean;
}

export interface SignalsInput {
  /** The mail's own visible words (visibleText). */
  body: string;
  subject: string;
  inReplyTo: readonly string[];
  references: readonly string[];
}

export interface SignalsOptions {
  /** The bot's own mail domain: a reply carrying one of its Message-IDs answers the bot. */
  botDomain: string | null;
  /** The requester's handle, asked only when it could tip the balance. */
  handle: () => FoundUsername | null;
  /**
   * The mail's language when hand-written rules have read each of its sentences already: there,
   * a sentence pairing erasure with data speaks for the person only when it says whose (a
   * first-person word, an imperative, the handle), and a question or an account without data
   * not at all (see {@link alreadyRuled}). Null for any other language: there every such pair speaks for the person.
   */
  ruledLanguage?: string | null;
  /**
   * The hand-written rules' reading of a refusal ("please don't delete"), used for opposite
   * intent in a mail of {@link ruledLanguage} instead of the pack's negation words beside an erasure word.
   */
  refuses?: (sentence: string) => boolean;
  /** The mail speaks for a relative (written on her behalf or passed on for her); read from the body's words unless given. */
  forRelative?: () => boolean;
  registry?: Registry;
}

/** The sentence folded once and its words of every list found in one walk, for every rule that asks about it. */
export function readSentence(text: string, from: Registry = registry()): ReadSentence {
  const folded = fold(text);
  const found = sentenceWords(folded, from);
  return { text, folded, words: new WordsFound(found.hits), citations: found.citations, thanks: found.thanks, thanksAhead: found.thanksAhead, withdrawal: found.withdrawal };
}

export function erasurePair(s: ReadSentence): boolean {
  return s.words.has('erase') && (s.words.has('data') || s.words.has('account'));
}


/**
 * A sentence of a language whose hand-written rules read it and found no wish: a question
 * ("Hoe kan ik mijn account opheffen?"), or an account without data, which there is as often
 * Instagram's own account as the app's ("mijn Instagram-account opheffen"). Those rules tell
 * these apart; the pack words alone do not, so such a sentence is no sign that speaks for the person.
 */
function alreadyRuled(s: ReadSentence, ruled: string | null): boolean {
  if (ruled === null || !s.words.has('erase', ruled)) return false;
  if (!s.words.has('data')) return true;
  return endsWithQuestionMark(s.folded) || s.words.has('question', ruled);
}

/** Signs that speak for the person: their own data to erase, the erasure article, an answer to the bot. */
const PERSONAL: ReadonlySet<SignKind> = new Set(['erasure-sentence', 'erasure-law', 'erasure-subject', 'reply-to-bot']);

/** The sentence opens with the erasure word (after a greeting's comma at most): an imperative, "Usuńcie moje dane". */
export function opensWithErasure(s: ReadSentence, lang?: string): boolean {
  const first = s.words.hits.find((h) => h.kind === 'erase' && (lang === undefined || h.lang === lang));
  if (!first) return false;
  const before = s.folded.slice(0, first.start);
  return before.slice(before.lastIndexOf(',') + 1).trim() === '';
}

/**
 * An erasure asked for in one language: a please or a "can you" of its language, or the erasure
 * verb first, with no negation of that language and no question mark ("ותמחקו בבקשה", "удалите, пожалуйста").
 */
export function asksErasure(s: ReadSentence): boolean {
  if (s.folded.trim().length === 0 || endsWithQuestionMark(s.folded)) return false;
  return s.words
    .languages('erase')
    .some((l) => (s.words.has('asks', l) || opensWithErasure(s, l)) && !s.words.has('negation', l) && !s.words.has('opposite', l));
}

/** A sentence pairing erasure with an account that names the handle found: "usunięcie konta @kasia". */
function namingHandle(pairs: readonly ReadSentence[], handle: () => FoundUsername | null): ReadSentence | undefined {
  if (pairs.length === 0) return undefined;
  const found = handle();
  if (!found) return undefined;
  return pairs.find((p) => p.folded.includes(found.handle));
}

export function requestSignals(input: SignalsInput, opts: SignalsOptions): RequestSignals {
  const from = opts.registry ?? registry();
  const read = sentences(input.body).map((t) => readSentence(t, from));
  const cleanSubject = input.subject.replace(SUBJECT_PREFIX, '').trim();
  const subject = readSentence(cleanSubject, from);
  const replyToBot = answersBotMail([...input.inReplyTo, ...input.references], opts.botDomain);
  const prefix = SUBJECT_PREFIX.exec(input.subject.slice(0, 200))?.[0] ?? '';
  const answers = replyToBot || (prefix !== '' && !FORWARD_PREFIX.test(prefix));

  const signs: Sign[] = [];
  const pairs = read.filter(erasurePair);
  const ruled = opts.ruledLanguage ?? null;
  const candidates = pairs.filter((p) => !alreadyRuled(p, ruled));
  // Without hand-written rules the words cannot tell the person's own data: Finnish says "my
  // data" with a suffix ("tietoni"), Arabic too ("بياناتي"). Any such sentence speaks for the person.
  // A mail written on behalf of a relative ("im Namen meiner Mutter") or passed on for her asks to erase hers: "borren todos sus datos" speaks for her.
  const own = ruled === null
    ? candidates[0]
    : candidates.find((p) => p.words.has('mine') || opensWithErasure(p)) ?? namingHandle(candidates, opts.handle) ??
      (candidates.length > 0 && (opts.forRelative ?? (() => writesOnBehalf(input.body)))() ? candidates[0] : undefined);
  if (own) signs.push({ kind: 'erasure-sentence', points: 2, detail: describeWords(own.words), sentence: own.text });
  // In an answer to the bot's mail, "check again and delete it, please" asks to erase what the thread is about.
  const asked = own || !replyToBot ? undefined : read.find(asksErasure);
  const erase = own ? undefined : asked ?? read.find((s) => s.words.has('erase'));
  if (erase) {
    const detail = `a deletion word ('${erase.words.words('erase')[0]}')${asked ? ", asked for in an answer to the bot's mail" : ''}`;
    signs.push({ kind: 'erase-word', points: asked ? 2 : 1, detail, sentence: erase.text });
  }
  const article = read.find((s) => s.citations.some((c) => c.kind === 'erasure'));
  if (article) signs.push({ kind: 'erasure-law', points: 2, detail: describeLaw(article), sentence: article.text });
  const law = article ? undefined : read.find((s) => s.citations.length > 0 || s.words.has('privacy'));
  if (law) signs.push({ kind: 'law', points: 1, detail: describeLaw(law), sentence: law.text });
  // A reply to the bot's mail carries the bot's own subject: not the person's words.
  if (!replyToBot && cleanSubject !== '') {
    const pair = erasurePair(subject);
    const points = pair ? 2 : subject.words.has('privacy') || subject.citations.length > 0 ? 1 : subject.words.has('erase') && !own && !erase ? 1 : 0;
    // "Usunięcie danych": a terse subject in a language without hand-written rules, which would otherwise read it.
    const kind: SignKind = pair && ruled === null ? 'erasure-subject' : 'subject';
    if (points > 0) signs.push({ kind, points, detail: 'the subject speaks of deletion or privacy', sentence: null });
  }
  if (replyToBot) signs.push({ kind: 'reply-to-bot', points: 1, detail: "a reply to the bot's own mail", sentence: null });

  let score = total(signs);
  const personal = signs.some((s) => PERSONAL.has(s.kind));
  // The handle is searched only when it can tip the balance: most mail has no erasure sign at all.
  if (personal && score === ENOUGH - 1) {
    const found = opts.handle();
    if (found && found.confidence !== 'low') signs.push({ kind: 'handle', points: 1, detail: 'an Instagram handle', sentence: null });
    score = total(signs);
  }

  const opposite: OppositeWord[] = [];
  const refuses = ruled !== null ? opts.refuses : undefined;
  const unspaced = new Set(from.packs.filter((p) => p.noSpaces === true).map((p) => p.code));
  // "Before, I asked you not to delete it. Now please delete everything": a refusal before the turn speaks of the past.
  const now = lastTurnToNow(read.map((s) => s.folded), (k) => asksErasure(read[k]!), from);
  const spoken = read.filter((_, k) => k >= now);
  for (const s of replyToBot ? spoken : [...spoken, subject]) opposite.push(...oppositeIn(s, refuses, (lang) => unspaced.has(lang), answers));

  return {
    sentences: read,
    subject,
    signs,
    score,
    // In a language without hand-written rules, a sentence asking to erase data is enough alone:
    // nothing else could read it, and a request nobody reads is the one error not allowed.
    enough: personal && (score >= ENOUGH || (ruled === null && own !== undefined)),
    statement: strongest(signs) ?? (cleanSubject === '' ? null : cleanSubject),
    opposite,
    replyToBot,
    answers,
  };
}

/** The forward prefixes of {@link SUBJECT_PREFIX}: a forwarded mail answers nothing. */
const FORWARD_PREFIX = /(?:^|[\s:：])(?:fwd?|wg|tr|i|inoltra|doorst|enc|ilt)\s*[:：]|転送/i;

/**
 * Words of opposite intent that say so: the phrase names the erasure, the data or the account
 * ("do not delete", "keep my account") or denies ("I did not ask", "not me"), and, for a phrase
 * that keeps rather than refuses, no negation before it in its clause turns it round ("I no
 * longer want you to keep my data" asks for deletion). A refusal is not turned round by a
 * negation before it: many languages say it twice ("ничего не удаляйте", "hiçbir şeyi
 * silmeyin"). "Please keep me posted" and "the address is still in use" say nothing of the
 * wish. A negation right beside an erasure word of its language refuses too, in words no pack
 * lists ("не надо ничего удалять"); in a language with hand-written rules, their reading of a
 * refusal is used instead ("verwijder alsjeblieft niets", never Turkish "ne varsa silin").
 */
function oppositeIn(
  s: ReadSentence,
  refuses: ((sentence: string) => boolean) | undefined,
  noSpaces: (lang: string) => boolean,
  /** An answer to a mail (ours): "Nežádal jsem o to!" takes back the deletion that mail speaks of, in a sentence of its own. */
  answersOurs = false,
): OppositeWord[] {
  const out: OppositeWord[] = [];
  // Most sentences hold neither an opposite phrase nor a negation: there is nothing to place in them.
  const phrases = s.words.has('opposite');
  const negations = refuses === undefined && s.words.has('negation');
  if (phrases || negations) {
    const at = placesOf(s);
    if (phrases) oppositePhrases(s, at, answersOurs, out);
    if (negations) negationsBeside(s, at, noSpaces, out);
  }
  if (refuses?.(s.text)) addOpposite(out, s, `${s.words.words('negation')[0] ?? 'not'} ${s.words.words('erase')[0] ?? 'delete'}`, s.words.languages('erase')[0] ?? 'en');
  return out;
}

function addOpposite(out: OppositeWord[], s: ReadSentence, word: string, lang: string, phrase = false, denies = false, asksAnew = false): void {
  if (!out.some((w) => w.word === word)) out.push({ word, lang, sentence: s.text, phrase, denies, asksAnew });
}

/** Where a sentence's words stand: in which clause, and whether before a turn to now. */
interface Places {
  clause: (at: number) => number;
  /** "I did not ask before, but now please delete my data": a word before the turn speaks of the past. */
  past: (h: WordHit) => boolean;
}

function placesOf(s: ReadSentence): Places {
  const turn = turnToNow(s.folded, s.words.hits);
  return { clause: clauses(s.folded), past: (h) => turn >= 0 && h.end <= turn };
}

/** The opposite phrases of a sentence that say so (see {@link oppositeIn}). */
function oppositePhrases(s: ReadSentence, { clause, past }: Places, answersOurs: boolean, out: OppositeWord[]): void {
  const hits = s.words.hits;
  // Whether an erasure word stands before or after a phrase is two comparisons: the earliest end, the latest start.
  let firstErasureEnd = Infinity;
  let lastErasureStart = -1;
  for (const h of hits) {
    if (h.kind !== 'erase') continue;
    firstErasureEnd = Math.min(firstErasureEnd, h.end);
    lastErasureStart = Math.max(lastErasureStart, h.start);
  }
  // The first negation of each language in each clause, found once: "turned round" is one look-up.
  const firstNegation = new Map<string, number>();
  for (const h of hits) {
    if (h.kind !== 'negation') continue;
    const key = `${h.lang} ${clause(h.start)}`;
    if (!firstNegation.has(key)) firstNegation.set(key, h.start);
  }
  // Clauses that refuse or take back in words of their own: an erasure word there asks nothing anew.
  // A clause that is the object of the one before ("I do not want it, that my data is deleted") is that one's.
  const governing = governingClauses(s.folded);
  const refusing = new Set<number>();
  for (const h of hits) if (h.kind === 'opposite' || h.kind === 'negation') refusing.add(governing(h.start));
  const asksInLaterClause = (o: WordHit): boolean =>
    hits.some((h) => h.kind === 'erase' && h.start >= o.end && governing(h.start) > governing(o.end - 1) && !refusing.has(governing(h.start)));
  // "Bitte nicht mehr an x@y schreiben": in a sentence without an erasure word, a phrase in a clause
  // holding an address refuses writing there, not the deletion.
  const addressed = firstErasureEnd === Infinity ? clausesWithAddress(s.folded, clause) : null;
  hits.forEach((o, k) => {
    if (o.kind !== 'opposite' || past(o) || addressed?.has(clause(o.start))) return;
    // Hits are in text order: the words inside the phrase are its neighbours.
    let refuses = false;
    let keeps = false;
    let namesErasure = false;
    for (const j of neighbours(hits, k, o.start, o.end)) {
      const h = hits[j]!;
      if (h.start < o.start || h.end > o.end || h === o) continue;
      if (h.kind === 'erase') namesErasure = true;
      if (h.kind === 'erase' || (h.kind === 'negation' && h.lang === o.lang)) refuses = true;
      if (h.kind === 'data' || h.kind === 'account') keeps = true;
    }
    // "Cancel my request" or "I changed my mind" in a sentence about the deletion takes it back.
    const takesBack = !refuses && !keeps && (answersOurs || firstErasureEnd <= o.start || lastErasureStart >= o.end);
    const before = firstNegation.get(`${o.lang} ${clause(o.start)}`);
    const turned = !refuses && before !== undefined && before < o.start;
    if ((refuses || keeps || takesBack) && !turned) addOpposite(out, s, o.word, o.lang, true, !namesErasure, !namesErasure && asksInLaterClause(o));
  });
}

/** A negation right beside an erasure word of its language, in the same clause and the same time (see {@link oppositeIn}). */
function negationsBeside(s: ReadSentence, { clause, past }: Places, noSpaces: (lang: string) => boolean, out: OppositeWord[]): void {
  const hits = s.words.hits;
  // "En halua, että tietoja poistetaan": a short refusal whose clause governs the erasure's.
  const spaced = hits.filter((h) => !noSpaces(h.lang) && !past(h));
  const governed = governedRefusal(
    s.folded,
    spaced.filter((h) => h.kind === 'negation' && !insideAsk(s, h)),
    spaced.filter((h) => h.kind === 'erase'),
    clause,
    governingClauses(s.folded),
  );
  if (governed !== null) addOpposite(out, s, `${governed.negation.word} ${governed.erasure.word}`, governed.negation.lang);
  hits.forEach((n, k) => {
    if (n.kind !== 'negation' || insideAsk(s, n)) return;
    for (const j of neighbours(hits, k, n.start - NEAR_CHARS, n.end + NEAR_CHARS)) {
      const h = hits[j]!;
      if (h.kind === 'erase' && h.lang === n.lang && past(n) === past(h) && clause(h.start) === clause(n.start) && negationBeside(s.folded, n, h, noSpaces(n.lang))) {
        addOpposite(out, s, `${n.word} ${h.word}`, n.lang);
        return;
      }
    }
  });
}

/**
 * The word stands inside a phrase that asks us, of any language: the "не" of "не могли бы", the
 * "ikke" of "kan dere ikke" (Danish and Norwegian share the sentence) negate nothing.
 */
export function insideAsk(s: ReadSentence, w: WordHit): boolean {
  let inside = askedNegations.get(s);
  if (inside === undefined) {
    inside = negationsInAsks(s.words.hits);
    askedNegations.set(s, inside);
  }
  return inside.has(w);
}

/** The negations of each sentence read that stand inside a phrase that asks, found once per sentence. */
const askedNegations = new WeakMap<ReadSentence, ReadonlySet<WordHit>>();

/** One walk over the hits in order of their starts: an ask that started before a negation covers it when it ends after it. */
function negationsInAsks(hits: readonly WordHit[]): ReadonlySet<WordHit> {
  const out = new Set<WordHit>();
  const asks = hits.filter((h) => h.kind === 'asks').sort((a, b) => a.start - b.start);
  if (asks.length === 0) return out;
  const negations = hits.filter((h) => h.kind === 'negation').sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -1;
  for (const n of negations) {
    while (next < asks.length && asks[next]!.start <= n.start) reach = Math.max(reach, asks[next++]!.end);
    if (reach >= n.end) out.add(n);
  }
  return out;
}

/** The clauses of `folded` that hold an e-mail address's "@" (written against the local part: "@x" alone is a handle). */
function clausesWithAddress(folded: string, clause: (at: number) => number): Set<number> {
  const out = new Set<number>();
  for (let i = folded.indexOf('@'); i >= 0; i = folded.indexOf('@', i + 1)) if (i > 0 && /[\p{L}\p{N}._%+-]/u.test(folded[i - 1]!)) out.add(clause(i));
  return out;
}

/** How far around a negation an erasure word is looked for: two words of any language fit. */
const NEAR_CHARS = 80;

/** Indexes of the hits (in text order) that start within [from, to), walking out from `k`. */
function neighbours(hits: readonly WordHit[], k: number, from: number, to: number): number[] {
  const out: number[] = [];
  for (let j = k; j >= 0 && hits[j]!.start >= from; j--) out.push(j);
  for (let j = k + 1; j < hits.length && hits[j]!.start < to; j++) out.push(j);
  return out;
}

/**
 * A negation up to two words before an erasure word, or right after it ("verwijder niets",
 * "löschen Sie nichts"). In a language written without spaces, a negation up to
 * {@link NEAR_UNSPACED} characters before or after it, with no space or mark between ("อย่าลบ",
 * "不要删除", "删除不了"): "ไม่ได้ใช้แล้ว จึงขอให้ลบ" (no longer used, so please delete) refuses nothing.
 */
export function negationBeside(folded: string, negation: WordHit, erase: WordHit, noSpaces: boolean): boolean {
  if (noSpaces) {
    const [from, to] = negation.end <= erase.start ? [negation.end, erase.start] : [erase.end, negation.start];
    if (to < from || to - from > NEAR_UNSPACED) return false;
    for (let i = from; i < to; i++) if (!isLetter(folded, i)) return false;
    return true;
  }
  if (negation.end <= erase.start) return wordsBetween(folded, negation.end, erase.start) <= 2;
  return erase.end <= negation.start && wordsBetween(folded, erase.end, negation.start) <= 2;
}

/** How many characters may stand between a negation and an erasure word in a language without spaces. */
export const NEAR_UNSPACED = 4;

function isLetter(text: string, i: number): boolean {
  return /[\p{L}\p{M}]/u.test(text[i]!);
}

function wordsBetween(folded: string, from: number, to: number): number {
  const between = folded.slice(from, to).trim();
  return between === '' ? 0 : between.split(' ').length;
}

function total(signs: readonly Sign[]): number {
  return signs.reduce((n, s) => n + s.points, 0);
}

function strongest(signs: readonly Sign[]): string | null {
  let best: Sign | null = null;
  for (const s of signs) if (s.sentence !== null && (best === null || s.points > best.points)) best = s;
  return best?.sentence ?? null;
}

function describeWords(w: WordsFound): string {
  // The erasure word and the noun of one language where one language has both.
  const lang = w.languages('erase').find((l) => w.has('data', l) || w.has('account', l));
  const erase = w.words('erase', lang)[0] ?? '';
  const noun = w.words('data', lang)[0] ?? w.words('account', lang)[0] ?? '';
  return `a sentence with a deletion word ('${erase}') and the data or account ('${noun}')`;
}

function describeLaw(s: ReadSentence): string {
  const names = s.citations.map((c) => c.name);
  if (names.length > 0) return `a law citation (${names.join(', ')})`;
  return `a privacy word ('${s.words.words('privacy')[0] ?? ''}')`;
}

/** "a deletion word and a handle": the signs, in staff's words. */
export function describeSigns(signs: readonly Sign[]): string {
  const parts = signs.map((s) => s.detail);
  if (parts.length <= 1) return parts[0] ?? 'no sign';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The bot's mail domain from its address (BOT_ADDRESS), as the outbox writes it in every Message-ID. */
export function botDomainOf(botAddress: string | null): string | null {
  return botAddress ? domainOf(botAddress) : null;
}

/** Whether a mail answers the bot's own mail: a Message-ID in our domain among the mail's In-Reply-To and References. */
export function answersBotMail(ids: readonly string[], botDomain: string | null): boolean {
  return botDomain !== null && ids.some((id) => isOurThreadId(id, botDomain));
}
