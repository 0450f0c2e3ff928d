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
import { domainOf, isOwnMessageId } from '../mail-out/message-ids.js';
import { sentences } from './deletion-intent.js';
import type { FoundUsername } from './instagram-username.js';
import { SUBJECT_PREFIX } from './intent-vocabulary.js';
import { findCitations, type Citation } from './law-citations.js';
import { fold, registry, WordsFound, type Registry } from './languages/registry.js';

/** Points from which a mail is a possible request. */
export const ENOUGH = 3;

/** One sentence of the mail's own words, with the pack words and citations it holds. */
export interface ReadSentence {
  text: string;
  folded: string;
  words: WordsFound;
  citations: Citation[];
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
   * a question or an account without data is no sign that speaks for the person (see {@link alreadyRuled}).
   */
  ruledLanguage?: string | null;
  registry?: Registry;
}

export function readSentence(text: string, from: Registry = registry()): ReadSentence {
  const folded = fold(text);
  return { text, folded, words: new WordsFound(from.scanFolded(folded)), citations: findCitations(folded) };
}

function erasurePair(s: ReadSentence): boolean {
  return s.words.has('erase') && (s.words.has('data') || s.words.has('account'));
}

const QUESTION_MARKS = '?？؟';

/**
 * A sentence of a language whose hand-written rules read it and found no wish: a question
 * ("Hoe kan ik mijn account opheffen?"), or an account without data, which there is as often
 * Instagram's own account as the app's ("mijn Instagram-account opheffen"). Those rules tell
 * these apart; the pack words alone do not, so such a sentence is no sign that speaks for the person.
 */
function alreadyRuled(s: ReadSentence, ruled: string | null): boolean {
  if (ruled === null || !s.words.has('erase', ruled)) return false;
  if (!s.words.has('data')) return true;
  const end = s.folded.trimEnd();
  return (end.length > 0 && QUESTION_MARKS.includes(end[end.length - 1]!)) || s.words.has('question', ruled);
}

/** Signs that speak for the person: their own data to erase, the erasure article, an answer to the bot. */
const PERSONAL: ReadonlySet<SignKind> = new Set(['erasure-sentence', 'erasure-law', 'reply-to-bot']);

/** The sentence opens with the erasure word (after a greeting's comma at most): an imperative, "Usuńcie moje dane". */
export function opensWithErasure(s: ReadSentence, lang?: string): boolean {
  const first = s.words.hits.find((h) => h.kind === 'erase' && (lang === undefined || h.lang === lang));
  if (!first) return false;
  const before = s.folded.slice(0, first.start);
  return before.slice(before.lastIndexOf(',') + 1).trim() === '';
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
  const replyToBot = opts.botDomain !== null && [...input.inReplyTo, ...input.references].some((id) => isOwnMessageId(id, opts.botDomain!));

  const signs: Sign[] = [];
  const pairs = read.filter(erasurePair);
  const candidates = pairs.filter((p) => !alreadyRuled(p, opts.ruledLanguage ?? null));
  const own = candidates.find((p) => p.words.has('mine') || opensWithErasure(p)) ?? namingHandle(candidates, opts.handle);
  if (own) signs.push({ kind: 'erasure-sentence', points: 2, detail: describeWords(own.words), sentence: own.text });
  const erase = own ? undefined : read.find((s) => s.words.has('erase'));
  if (erase) signs.push({ kind: 'erase-word', points: 1, detail: `a deletion word ('${erase.words.words('erase')[0]}')`, sentence: erase.text });
  const article = read.find((s) => s.citations.some((c) => c.kind === 'erasure'));
  if (article) signs.push({ kind: 'erasure-law', points: 2, detail: describeLaw(article), sentence: article.text });
  const law = article ? undefined : read.find((s) => s.citations.length > 0 || s.words.has('privacy'));
  if (law) signs.push({ kind: 'law', points: 1, detail: describeLaw(law), sentence: law.text });
  // A reply to the bot's mail carries the bot's own subject: not the person's words.
  if (!replyToBot && cleanSubject !== '') {
    const points = erasurePair(subject) ? 2 : subject.words.has('privacy') || subject.citations.length > 0 ? 1 : subject.words.has('erase') && !own && !erase ? 1 : 0;
    if (points > 0) signs.push({ kind: 'subject', points, detail: 'the subject speaks of deletion or privacy', sentence: null });
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
  for (const s of replyToBot ? read : [...read, subject]) opposite.push(...oppositeIn(s));

  return {
    sentences: read,
    subject,
    signs,
    score,
    enough: personal && score >= ENOUGH,
    statement: strongest(signs) ?? (cleanSubject === '' ? null : cleanSubject),
    opposite,
    replyToBot,
  };
}

/**
 * Words of opposite intent that say so: the phrase names the erasure, the data or the account
 * ("do not delete", "keep my account") or denies ("I did not ask", "not me"), and no negation
 * before it in its clause turns it round ("I no longer want you to keep my data" asks for
 * deletion). "Please keep me posted" and "the address is still in use" say nothing of the wish.
 */
function oppositeIn(s: ReadSentence): OppositeWord[] {
  if (!s.words.has('opposite')) return [];
  const out: OppositeWord[] = [];
  const clause = clauses(s.folded);
  for (const o of s.words.hits) {
    if (o.kind !== 'opposite') continue;
    const inside = s.words.hits.filter((h) => h !== o && h.start >= o.start && h.end <= o.end);
    const says = inside.some((h) => h.kind === 'erase' || h.kind === 'data' || h.kind === 'account' || (h.kind === 'negation' && h.lang === o.lang));
    const turned = s.words.hits.some((h) => h.kind === 'negation' && h.lang === o.lang && h.end <= o.start && clause(h.start) === clause(o.start));
    if (says && !turned && !out.some((w) => w.word === o.word)) out.push({ word: o.word, lang: o.lang, sentence: s.text });
  }
  return out;
}

const CLAUSE_MARKS = ',;:()–—';

/** The clause of each position of a folded sentence, clauses split at , ; : ( ) and dashes: boundaries found once, each look-up a binary search. */
export function clauses(folded: string): (at: number) => number {
  const marks: number[] = [];
  for (let i = 0; i < folded.length; i++) if (CLAUSE_MARKS.includes(folded[i]!)) marks.push(i);
  return (at: number) => {
    let lo = 0;
    let hi = marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
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
  const noun = w.words('data')[0] ?? w.words('account')[0] ?? '';
  return `a sentence with a deletion word ('${w.words('erase')[0] ?? ''}') and the data or account ('${noun}')`;
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
