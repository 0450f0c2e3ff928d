/**
 * Finds the sentence in which the person asks for their data to be deleted.
 *
 * A sentence counts when it pairs a deletion verb with the person's data
 * ("delete my data", "remove everything you hold about me") or names the
 * legal right ("right to erasure", "GDPR deletion"). It does not count when
 * it is about deleting something else (a post, a caption, a photo), about
 * data held by another company (Meta, Facebook...), negated ("don't delete"),
 * or a how-does-it-work question. Staff read the returned sentence, so we
 * return it as written (trimmed), not a paraphrase.
 *
 * The words of each language live in `intent-vocabulary.ts`; Japanese, which
 * has no spaces between words, in `deletion-intent-ja.ts`.
 */
import { isJapaneseDeletionWish, isJapaneseTerseSubject, JAPANESE_SCRIPT, refusesJapaneseDeletion } from './deletion-intent-ja.js';
import {
  ASKS_US_WORDS, ASKS_WHETHER, DATA_NOUNS, L, LET, NEGATED_ASK_WORDS, NEGATION_WORDS, OBJECT_WORDS, OTHER_HOLDER_WORDS, OTHER_THING_WORDS, OUR_SIDE_WORDS,
  PERSONAL_WORDS, POLITE_ASK, QUESTION_INSIDE, QUESTION_START, R, RIGHT_WORDS, SELF_SERVICE, SIGN_IN_WORDS,
  SUBJECT_PREFIX, THEIR_OBJECT_WORDS, VERB_WORDS,
} from './intent-vocabulary.js';
import type { Confidence } from './evidence.js';
import { fold, registry } from './languages/registry.js';
import { notARequest } from './not-a-request.js';
import { withoutSparedInstagram } from './spared-instagram.js';
import { endsWithOneOf } from './text-edges.js';
import { asksWhatIf } from './what-if.js';
import { wordCount, wordWindow } from './word-window.js';
import { endsWithQuestionMark } from './question-mark.js';

const VERB = new RegExp(`${L}(?:${VERB_WORDS})${R}`, 'iu');
const OBJECT = new RegExp(OBJECT_WORDS, 'iu');
const NEGATION = new RegExp(NEGATION_WORDS, 'iu');
const NEGATED_ASK = NEGATED_ASK_WORDS.map((w) => new RegExp(w, 'giu'));
const RIGHT = new RegExp(RIGHT_WORDS, 'iu');
const OTHER_THING = new RegExp(`${L}(?:${OTHER_THING_WORDS})${R}`, 'iu');
const NAMES_DATA = new RegExp(`${L}(?:${DATA_NOUNS})${R}`, 'iu');
const OTHER_HOLDER = new RegExp(OTHER_HOLDER_WORDS, 'iu');
const SIGN_IN = new RegExp(SIGN_IN_WORDS, 'giu');
const OUR_SIDE = new RegExp(OUR_SIDE_WORDS, 'iu');
const INFO_QUESTION = new RegExp(`^\\s*(?:${QUESTION_START})${R}`, 'iu');
const INSIDE_QUESTION = new RegExp(QUESTION_INSIDE, 'iu');
const POLITE = new RegExp(POLITE_ASK, 'iu');
const SELF = new RegExp(SELF_SERVICE, 'iu');
const PERSONAL = new RegExp(PERSONAL_WORDS, 'iu');
const THEIRS = new RegExp(THEIR_OBJECT_WORDS, 'iu');
const ASKS_US = new RegExp(ASKS_US_WORDS, 'iu');
const WHETHER = new RegExp(ASKS_WHETHER, 'iu');
const CLAUSE_QUESTION = new RegExp(`[,;:]\\s*(?:and\\s+|but\\s+|so\\s+)?(?:${QUESTION_START})${R}`, 'iu');

/** "Thanks for deleting my data!" reports a deletion that happened. */
const THANKS = /\b(?:thanks?|thank\s+you|grateful)\s+(?:you\s+)?(?:so\s+much\s+|very\s+much\s+)?for\s+(?:deleting|removing|erasing|the\s+deletion|wiping)\b/i;
const NOT_DATA = /\b(?:unsubscribe|mailing\s+list|newsletter|abbonamento|nieuwsbrief|bülten)\b/i;

/** The languages these hand-written rules read with confidence; every other pack is read by its words alone (`pack-intent.ts`). */
export const RULE_LANGUAGES: ReadonlySet<string> = new Set(['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'tr', 'ja']);

export function findDeletionStatement(visibleText: string, subject: string): string | null {
  return findDeletionWish(visibleText, subject).statement;
}

/** The wish (or null) and the rule that decided it. */
export interface FoundWish {
  statement: string | null;
  rule: string;
  confidence: Confidence;
}

export function findDeletionWish(
  visibleText: string,
  subject: string,
  /** The mail speaks for a relative (written on her behalf or passed on for her): "would you delete all her data?" asks for hers. */
  forRelative: () => boolean = () => false,
): FoundWish {
  const held = notARequest(`${subject}\n${visibleText}`);
  if (held !== null) return none(held);
  const body = sentences(visibleText);
  let excluded: string | null = null;
  for (const sentence of body) {
    const j = judge(sentence, forRelative);
    if (j.verdict === 'excluded') excluded ??= j.rule;
    if (j.verdict !== 'wish') continue;
    // "I want to delete my data. How do I do that?" asks for instructions, not for us to act.
    if (SELF_ACTION.test(sentence) && body.some((s) => HOW_TO.test(s))) return none('other.self-service');
    return { statement: clip(sentence), rule: j.rule, confidence: 'high' };
  }
  const cleanSubject = subject.replace(SUBJECT_PREFIX, '').trim();
  const noWish = excluded ?? 'other.no-wish';
  if (SUBJECT_REPORT.test(cleanSubject) || SUBJECT_TOPIC.test(cleanSubject)) return none(noWish);
  if (!isDeletionWish(cleanSubject) && !isTerseSubject(cleanSubject)) return none(noWish);
  // "Data deletion" over a body that asks how deletion works, or asks to delete a post or a
  // Facebook account, is about that: the subject does not turn it into a wish.
  if (excluded !== null) return none(excluded);
  return { statement: clip(cleanSubject), rule: 'wish.subject', confidence: 'medium' };
}

function none(rule: string): FoundWish {
  return { statement: null, rule, confidence: rule === 'other.no-wish' ? 'high' : 'medium' };
}

const SELF_ACTION = /\b(?:i|we)\s+(?:want|wanna|would\s+like|['’]d\s+like|wish|need|am\s+trying|['’]m\s+trying|tried)\s+to\s+(?:delete|remove|erase|wipe)\b/i;
const HOW_TO = /^\s*(?:(?:hi|hello|so|and|but|ok)[,\s]+)?(?:how|where|what)\b[^?]*\?\s*$/i;

/** Subjects are terse: "Data deletion", "Cancellazione dati", "Gegevens verwijderen", "データ削除依頼". */
const ENGLISH_TERSE =
  /^(?:(?:instagram|ig|insta|account|my|personal|app)\s+)*(?:data\s+)?(?:deletion|erasure|removal)(?:\s+(?:request|please|pls))?[\s.!]*$|^(?:please\s+)?(?:delete|remove|erase)\s+(?:my\s+|all\s+)?(?:instagram\s+|ig\s+|personal\s+)?(?:data|account|information|info)(?:\s+please)?[\s.!]*$/i;
const COMPOUND_DELETION = new RegExp(`(?:daten|konto|account|gegevens|profiel|profil|veri|hesap)[\\s-]?(?:lösch|verwijder|silme|silinme)${LET}*`, 'iu');
const SUBJECT_QUESTION = new RegExp(`[?？]|${L}(?:question|pregunta|domanda|vraag|frage|soru|how|wie|come|hoe|nasıl|cómo|comment|como|info\\s+about)${R}`, 'iu');

/** A subject that names a question about deletion ("data delete ke baare mein sawal", "Frage zur Löschung"): its topic, not a wish. */
const SUBJECT_TOPIC = new RegExp(`${L}(?:question|questions|frage|pregunta|domanda|vraag|soru|sawal|sawaal|savaal|dúvida|duvida|spørgsmål|pertanyaan|doubt)${R}`, 'iu');
/** Our own subjects quoted back ("Your data has been deleted") report; they do not ask. */
const REPORT = new RegExp(
  `^(?:your|su|sus|votre|vos|ihre?|seu|sua|seus|il\\s+tuo|la\\s+tua|i\\s+tuoi|uw|je)${R}|${L}(?:has\\s+been|have\\s+been|was|were|is|are|completed?|done|ha\\s+sido|han\\s+sido|a\\s+été|ont\\s+été|wurden?|ist|foi|foram|è\\s+stat[oa]|sono\\s+stati|zijn|is|werd|werden|edildi|silindi|tamamlandı)${R}|完了|されました`,
  'iu',
);

/** A subject that reports a finished deletion ("Your data has been deleted") asks for nothing. */
const SUBJECT_REPORT = new RegExp(
  `${L}(?:has\\s+been|have\\s+been|was|were|completed?|processed|received|erledigt|abgeschlossen|terminée?|completad[oa]|concluíd[oa]|completat[oa]|voltooid|afgerond|tamamlandı)${R}|完了|受付`,
  'iu',
);

/**
 * Whether a sentence (normalised) names deleting, remembered for the last mail's sentences: the
 * refusal rule asks it of each sentence while opposite intent is looked for, and the wish rule
 * asks it again of the same sentences. Only sentences of ordinary length are remembered, a few
 * hundred at most.
 */
const namesDeletingOf = new Map<string, boolean>();
const REMEMBER_UP_TO = 2_000;

function namesDeleting(s: string): boolean {
  if (s.length > REMEMBER_UP_TO) return VERB.test(s);
  let known = namesDeletingOf.get(s);
  if (known === undefined) {
    if (namesDeletingOf.size >= 256) namesDeletingOf.clear();
    known = VERB.test(s);
    namesDeletingOf.set(s, known);
  }
  return known;
}

function isTerseSubject(subject: string): boolean {
  if (ENGLISH_TERSE.test(subject)) return true;
  if (JAPANESE_SCRIPT.test(subject) && isJapaneseTerseSubject(subject)) return true;
  const s = normalise(subject);
  if (s.length > 80 || s.split(/\s+/).length > 8 || SUBJECT_QUESTION.test(s)) return false;
  if (!(VERB.test(s) || COMPOUND_DELETION.test(s)) || !(NAMES_DATA.test(s) || COMPOUND_DELETION.test(s))) return false;
  if (NEGATION.test(s) || OTHER_THING.test(s) || NOT_DATA.test(s) || REPORT.test(s)) return false;
  return !(OTHER_HOLDER.test(s) && !OUR_SIDE.test(s));
}

/**
 * The sentence refuses deletion in the words these rules know: a negation before (or, in Dutch
 * and German, after) a deletion verb ("please don't delete", "verwijder alsjeblieft niets",
 * "削除しないで"). Used to tell opposite intent in the languages these rules read.
 */
export function refusesDeletion(sentence: string): boolean {
  const s = askedPlainly(normalise(sentence.trim()));
  if (JAPANESE_SCRIPT.test(s) && refusesJapaneseDeletion(s)) return true;
  return namesDeleting(s) && NEGATION.test(s);
}

export function isDeletionWish(sentence: string): boolean {
  return judge(sentence).verdict === 'wish';
}

/**
 * 'wish' asks us to delete the person's data; 'excluded' speaks of deleting
 * but is ruled out (a question, a negation, a post, another company's
 * account); 'none' is anything else.
 */
type Verdict = 'wish' | 'excluded' | 'none';
interface Judgement {
  verdict: Verdict;
  rule: string;
}

const NONE: Judgement = { verdict: 'none', rule: 'other.no-wish' };
const EXCLUDED: Judgement = { verdict: 'excluded', rule: 'other.excluded' };

function judge(sentence: string, forRelative: () => boolean = () => false): Judgement {
  const s = askedPlainly(normalise(sentence.trim()));
  if (s === '') return NONE;
  if (JAPANESE_SCRIPT.test(s)) {
    if (isJapaneseDeletionWish(s)) return { verdict: 'wish', rule: 'wish.japanese' };
    if (/削除|消去|消して|抹消/u.test(s)) return EXCLUDED;
  }
  // A sentence that names neither deleting nor a right to it is no wish, whatever else it
  // says: the negation, thanks and other-company patterns below only tell a wish from an
  // exclusion, and cost most of the time spent on mail that asks for nothing.
  const verb = namesDeleting(s);
  const right = RIGHT.test(s);
  if (!verb && !right) return NONE;
  // "My data is still not deleted": a complaint that the deletion has not happened asks for it.
  if (STILL_NOT_DONE.test(s) && PERSONAL.test(s) && OBJECT.test(s)) return { verdict: 'wish', rule: 'wish.complaint' };
  if (NEGATION.test(s)) return EXCLUDED;
  if (THANKS.test(s)) return NONE;
  if (namesOtherHolder(s) && !OUR_SIDE.test(s)) return EXCLUDED;
  // "I got a mail saying my deletion request was received": a report of our acknowledgement, not a wish.
  if (ACKNOWLEDGED.test(s)) return NONE;
  if (right) return isInfoQuestion(s) ? EXCLUDED : { verdict: 'wish', rule: 'wish.legal' };
  if (!verb) return NONE;
  if (isInfoQuestion(s)) return EXCLUDED;
  // "Are my data deleted automatically when I disconnect?": a yes/no question about what happens, asking nothing.
  if (PASSIVE_QUESTION.test(s) && s.trim().endsWith('?') && !POLITE.test(s) && !WISH_MARKER.test(s)) return EXCLUDED;
  // "Wenn Sie meine Daten löschen, werden dann auch meine Beiträge gelöscht?": what a deletion would do, asked before deciding.
  if (asksWhatIfIn(s)) return EXCLUDED;
  // "Avez-vous bien supprimé toutes mes données ?", "sildiniz mi": whether it was done is asked, nothing more.
  if (asksWhetherDone(s) && !POLITE.test(s) && !WISH_MARKER.test(s)) return EXCLUDED;
  // "I got a mail from you saying my data would be deleted": a report of our mail, not a wish.
  if (RELAYS_OURS.test(s) && !WISH_MARKER.test(s)) return NONE;
  // "I deleted the app", "the old one was deleted by mistake": a report, not a wish.
  if (REPORTED.test(s) && !WISH_MARKER.test(s)) return NONE;
  // "Please tell me how long my data is kept before it is deleted": the deletion sits only in what is asked about.
  if (asksToBeToldWhatIsKept(s)) return EXCLUDED;
  // "Queria saber como apagar meus dados": the person asks how, not for us to do it.
  if (asksHowBeforeDeleting(s)) return EXCLUDED;
  // "What I'd like to know is whether you delete data": asks to be told, unless asked politely ("…if you could delete it").
  if (asksWhetherBeforeDeleting(s) && !POLITE.test(s)) return EXCLUDED;
  if (!(PERSONAL.test(s) && OBJECT.test(s)) && !ASSENT_ALL.test(s)) {
    return asksForRelative(s, forRelative) ? { verdict: 'wish', rule: 'wish.for-relative' } : NONE;
  }
  // "delete a scheduled post" is about content, unless data is named as well.
  if (OTHER_THING.test(s) && !NAMES_DATA.test(s.replace(PLACE, ''))) return EXCLUDED;
  // "Unsubscribe me" alone leaves a list; "delete my data and unsubscribe me" still asks for the data.
  return NOT_DATA.test(s) && !NAMES_DATA.test(s.replace(PLACE, '')) ? EXCLUDED : { verdict: 'wish', rule: 'wish.sentence' };
}

/**
 * In a mail written or passed on for a relative, a sentence asks for her data in the third person:
 * "Would you delete all her data?", "Willen jullie al haar gegevens verwijderen?", "Pourriez-vous
 * supprimer toutes ses données ?", "Würden Sie alle ihre Daten löschen?". Her data, or all of it,
 * and a request addressed to us or a polite word.
 */
function asksForRelative(s: string, forRelative: () => boolean): boolean {
  if (!(THEIRS.test(s) || OBJECT.test(s))) return false;
  if (!(PERSONAL.test(s) || POLITE.test(s) || ASKS_US.test(s))) return false;
  return !OTHER_THING.test(s) && !NOT_DATA.test(s) && forRelative();
}

/**
 * An assent to our question, "yes, delete everything": an imperative addressed to us, up to three
 * words ("pure", "sim", "bitte"), then a bare "everything" of its language, "tutto", "tudo", "tout".
 */
const ASSENT_ALL = new RegExp(
  `${L}(?:cancellate|eliminate|rimuovete|cancella|elimina|apaguem|excluam|removam|eliminem|apague|exclua|pode\\s+apagar|podem\\s+apagar|borren|eliminen|supriman|borra|supprimez|effacez|supprime|efface|löschen\\s+sie|löscht|delete|erase|remove|wipe)\\s+(?:[^\\s.!?,;]+\\s+){0,3}?(?:tutto|tudo|todo|tout|alles|everything)${R}`,
  'iu',
);

/** Words either side of a deletion verb that make its clause in a run-on line, and the length from which a line is read so. */
const RUN_ON_WINDOW = 8;
const RUN_ON_WORDS = 30;

/**
 * Another company holds what is deleted ("delete my Facebook account"). In a long line without
 * punctuation ("... essa historia de privacidade no tiktok e tal ... queria pedir pra vcs
 * excluirem tudo ...") a company named far from every deletion verb is another clause's: it
 * counts only when it stands in the window of every deletion verb of the line.
 */
function namesOtherHolder(s: string): boolean {
  if (!OTHER_HOLDER.test(s.replace(SIGN_IN, ''))) return false;
  if (wordCount(s) < RUN_ON_WORDS) return true;
  const verbs = new RegExp(VERB.source, 'giu');
  let seen = 0;
  for (let m = verbs.exec(s); m !== null && seen < 20; m = verbs.exec(s), seen++) {
    const [from, to] = wordWindow(s, m.index, m.index + m[0].length, RUN_ON_WINDOW, RUN_ON_WINDOW);
    if (!OTHER_HOLDER.test(s.slice(from, to).replace(SIGN_IN, ''))) return false;
    if (m[0].length === 0) verbs.lastIndex++;
  }
  return true;
}

const STILL_NOT_DONE =
  /\b(?:still|yet)\s+(?:not|n['’]t|hasn['’]t|haven['’]t|isn['’]t|aren['’]t)\s+(?:been\s+)?(?:deleted|removed|erased)\b|\bnot\s+yet\s+(?:been\s+)?(?:deleted|removed|erased)\b|\bimmer\s+noch\s+nicht\s+gelöscht|\btoujours\s+pas\s+(?:été\s+)?(?:supprimé|effacé)|\btodavía\s+no\s+(?:han\s+|se\s+han\s+|ha\s+)?(?:borrad|eliminad|borrado|eliminado)/iu;
const ACKNOWLEDGED =
  /\brequest\b[^.!?\n]{0,40}\b(?:(?:has|have)\s+been|was|were|had\s+been)\s+(?:received|registered|logged|opened|accepted|confirmed)\b/i;
const REPORTED =
  /\b(?:was|were|been|got|gets|i|we|accidentally|already|will\s+be|would\s+be|to\s+be|be|being|is|are)\s+(?:\w+\s+)?(?:deleted|removed|erased|wiped)\b/i;
/** Participles of the deletion verbs: "deleted", "gelöscht", "apagados", "supprimées", "cancellati", "gewist". */
const PARTICIPLE = String.raw`(?:deleted|removed|erased|wiped|gelöscht|entfernt|apagad[oa]s?|exclu[ií]d[oa]s?|deletad[oa]s?|removid[oa]s?|borrad[oa]s?|eliminad[oa]s?|suprimid[oa]s?|supprimée?s?|effacée?s?|cancellat[ioae]|eliminat[ioae]|rimoss[ioae]|verwijderd|gewist)`;
/** A passive deletion asked about: an auxiliary, up to three words, a participle ("são apagados", "werden meine Daten automatisch gelöscht"). */
const PASSIVE_QUESTION = new RegExp(
  `${L}(?:is|are|get|gets|werden|wird|sind|ist|são|serão|será|ficam|son|serán|se|sont|seront|est|vengono|verranno|sono|saranno|worden|wordt|zijn)\\s+(?:\\S+\\s+){0,3}${PARTICIPLE}${R}`,
  'iu',
);
/**
 * A deletion asked about as done: "have" and, within a few words, a participle ("avez-vous bien
 * supprimé", "haben Sie wirklich alle meine Daten entfernt", "¿han borrado", "hebben jullie ... gewist"),
 * or a past tense of the plural "you" ("vocês apagaram", "¿borraron"). Bounded gap, no nesting.
 */
const DONE_QUESTION = new RegExp(
  `${L}(?:have|has|avez|haben|hat|habt|han|habéis|avete|hanno|hebben|heeft|hebt)${R}[^.!?\\n]{0,60}?${L}${PARTICIPLE}${R}|${L}(?:apagaram|excluíram|excluiram|removeram|deletaram|eliminaram|borraron|eliminaron|suprimieron|borrasteis|eliminasteis)${R}`,
  'iu',
);
/** Turkish asks with its particle after the past tense: "sildiniz mi", "silindi mi", "kaldırdınız mı". */
const DONE_QUESTION_TR = new RegExp(`${L}(?:sil|kaldır)${LET}{0,6}(?:dı|di|dınız|diniz|miş|mış)\\s+m[iı]${LET}{0,4}${R}`, 'iu');

/** The sentence asks whether the deletion was done ("have you really deleted all my data?"): a question mark, or the Turkish particle. */
function asksWhetherDone(s: string): boolean {
  return (DONE_QUESTION.test(s) && s.trim().endsWith('?')) || DONE_QUESTION_TR.test(s);
}
/** A mail received that said the deletion would come: "recebi um e-mail dizendo que", "I got an email saying". */
const RELAYS_OURS = new RegExp(
  `${L}(?:received|got|recebi|recibí|reçu|ricevuto|erhalten|bekommen|ontvangen|gekregen)${R}[^.!?\n]{0,60}${L}(?:saying|stating|dizendo|informando|diciendo|indicando|disant|indiquant|dicendo|dass|dat)${R}`,
  'iu',
);
/** "from my account" says where a post is, not that the account's data is meant. */
const PLACE = /\b(?:from|on|in|to|at)\s+(?:my|the|your|our)\s+(?:\S+\s+)?(?:account|profile|feed|page)\b/gi;
const WISH_MARKER =
  /\b(?:please|pls|plz|kindly|want|wanted|would\s+like|i['’]d\s+like|wish|request(?:ing)?|need|can\s+you|could\s+you|would\s+you|make\s+sure|ensure|also)\b/i;

/**
 * "Tell me" followed by how long or what is kept, in the languages of these rules: "teilt mir mit, wie lange",
 * "díganme cuánto tiempo", "let me know what data". Bounded gaps, no nested repetition.
 */
const TOLD_WHAT_IS_KEPT = new RegExp(
  `${L}(?:tell\\s+me|let\\s+me\\s+know|inform\\s+me|teil(?:t|en\\s+sie)\\s+mir\\s+(?:\\S+\\s+){0,2}mit|sag(?:t|en\\s+sie)?\\s+mir|díganme|digame|dígame|indíquenme|infórmenme|dites[-\\s]moi|indiquez[-\\s]moi|ditemi|fatemi\\s+sapere|me\\s+(?:digam|informem)|laat\\s+(?:me|mij)\\s+weten|vertel\\s+(?:me|mij)|bana\\s+söyle\\S*|bildirin)${R}[^.!?\\n]{0,30}?${L}(?:how\\s+long|what\\s+(?:data|information|info)|wie\\s+lange|welche\\s+daten|cuánto\\s+tiempo|qué\\s+datos|combien\\s+de\\s+temps|quelles\\s+données|per\\s+quanto\\s+tempo|quanto\\s+tempo|quali\\s+dati|quais\\s+dados|hoe\\s+lang|welke\\s+gegevens|ne\\s+kadar\\s+süre|hangi\\s+veri\\S*)${R}`,
  'iu',
);

/**
 * "I wanted to know how", in the languages of these rules: "queria saber como", "quería saber cómo", "je voudrais
 * savoir comment", "volevo sapere come", "ich wollte wissen, wie", "ik wilde graag weten hoe". Bounded gaps.
 */
const WANTS_TO_KNOW_HOW = new RegExp(
  `${L}(?:(?:want|wanted|would\\s+like|i['’]d\\s+like|wish|wished|wanna)\\s+to\\s+know|(?:queria|quero|gostaria\\s+de|quería|quiero|quisiera|me\\s+gustaría)\\s+saber|(?:voulais|veux|voudrais|souhaite|souhaitais|souhaiterais|aimerais)\\s+savoir|(?:volevo|voglio|vorrei)\\s+sapere|(?:wollte|möchte|will|würde)\\s+(?:\\S+\\s+){0,2}?wissen|(?:wilde|wil|zou)\\s+(?:\\S+\\s+){0,2}?weten)${R}[\\s,]{0,3}(?:how|como|cómo|comment|come|wie|hoe)${R}`,
  'iu',
);

/** Asks how to delete, the deletion word only after the ask: no wish. */
function asksHowBeforeDeleting(s: string): boolean {
  const how = WANTS_TO_KNOW_HOW.exec(s);
  if (how === null) return false;
  const verb = VERB.exec(s);
  return verb === null || verb.index > how.index;
}

/** Asks whether ("I'd like to know whether you delete…"), the deletion word only after the ask. */
function asksWhetherBeforeDeleting(s: string): boolean {
  const whether = WHETHER.exec(s);
  if (whether === null) return false;
  const verb = VERB.exec(s);
  return verb === null || verb.index > whether.index;
}

/** Asks to be told how long or what is kept, the deletion word only after the ask: no wish. */
function asksToBeToldWhatIsKept(s: string): boolean {
  const told = TOLD_WHAT_IS_KEPT.exec(s);
  if (told === null) return false;
  const verb = VERB.exec(s);
  return verb === null || verb.index > told.index;
}

/** A how/what question asks about deletion; "can you delete my data?" asks for it. */
function isInfoQuestion(s: string): boolean {
  const asks = s.trim().endsWith('?') || /^\s*(?:how|what|why)\b/i.test(s) || /[,!:]\s*(?:how|what|why)\b/i.test(s);
  // "I deleted my Instagram account, does that also delete my data?": the question is the clause after the comma.
  if (s.trim().endsWith('?') && !POLITE.test(s) && CLAUSE_QUESTION.test(s)) return true;
  if (!asks && !INSIDE_QUESTION.test(s)) return false;
  if (POLITE.test(s)) return false;
  // "Can I delete my data myself?" asks about self-service; "Can I have my data deleted?" asks us.
  // "Hi, how does ..." and "Quick question: what ..." are still questions.
  const core = s.replace(/^\s*(?:(?:hi|hello|hey|dear\s+\S+|hola|bonjour|hallo|olá|ol[aá]|ciao|salve|buongiorno|goedemiddag|goedemorgen|merhaba|so|also|and|but|ok|okay|(?:quick\s+)?question)\b[\s,!:.-]*)+/i, '');
  return INFO_QUESTION.test(core) || INSIDE_QUESTION.test(core) || SELF.test(core);
}

/**
 * A question that asks us with a negation in its polite form ("Könnten Sie nicht einfach alles
 * löschen?", "Vous ne pouvez pas juste tout supprimer ?") read without that negation: it asks for
 * the deletion, as "Könnten Sie einfach alles löschen?" does.
 */
function askedPlainly(s: string): string {
  if (!endsWithOneOf(s.trimEnd(), '?？')) return s;
  return NEGATED_ASK.reduce((t, ask) => t.replace(ask, '$1'), s);
}

/** Turkish capital dotted I folds to nothing under `i`; treat it as I so "İnstagram" reads as Instagram. */
function normalise(s: string): string {
  // Turkish written in capitals ("VERİLERİMİ SİLİN") is read in lower case the Turkish way (I → ı, İ → i).
  if (/[İŞĞ]/u.test(s) && !/\p{Ll}/u.test(s)) return s.toLocaleLowerCase('tr');
  return s.replace(/İ/g, 'I');
}

/**
 * Where a sentence ends: a full stop, ! or ? before a capital (or a letter of a script without
 * capitals: Arabic, Hebrew, Thai, Hangul...); 。！？ in Japanese and Chinese; ؟ and ۔ in Arabic
 * script, । in Devanagari, and the Greek question mark ";" after a Greek letter. Each whitespace run is matched by one quantifier after a fixed mark.
 */
const SENTENCE_END = /(?<=[.!?؟۔।]|\p{Script=Greek}[;\u037e])\s+(?=[¿¡"“(]|\p{Lu}|\p{Lo})|(?<=[。！？])/u;

/**
 * Sentences, so the statement stays short. Hard-wrapped lines are joined back
 * (a line continues when the next one starts in lower case); list items and
 * labelled lines stay apart. Splitting needs a capital after the full stop,
 * which keeps "e.g." and "alice.smith" intact; Japanese splits after 。！？.
 */
export function sentences(text: string): readonly string[] {
  // The signals and the wish rules split the same mail in turn: the last split is kept.
  if (lastSplit !== null && lastSplit.text === text) return lastSplit.sentences;
  const split = Object.freeze(splitSentences(text));
  lastSplit = { text, sentences: split };
  return split;
}

/** The last text split and its sentences. */
let lastSplit: { text: string; sentences: readonly string[] } | null = null;

function splitSentences(text: string): string[] {
  // Each unit is a list of lines joined at the end: growing one string line by line
  // and testing its end each time would cost the square of a long unit.
  const units: string[][] = [];
  for (const raw of text.slice(0, 50_000).split('\n')) {
    const line = raw.trim();
    const previous = units[units.length - 1];
    const previousLine = previous?.[previous.length - 1] ?? '';
    if (line === '') units.push([]);
    else if (previousLine !== '' && !endsWithOneOf(previousLine, '.!?:。！？：') && /^[\p{Ll}]/u.test(line)) previous?.push(line);
    else units.push([line]);
  }
  const out: string[] = [];
  for (const unit of units) out.push(...unit.join(' ').split(SENTENCE_END));
  // "Delete my data, but do not delete my Instagram account": the clause sparing Instagram itself refuses nothing of ours.
  return out.map((s) => s.trim()).filter((s) => s !== '').map(withoutSparedInstagram);
}

function clip(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 500 ? `${flat.slice(0, 497)}...` : flat;
}

/** A question about what a deletion would do (`what-if.ts`), read by the packs' words: only a sentence ending in a question mark is walked. */
function asksWhatIfIn(s: string): boolean {
  if (!endsWithQuestionMark(s)) return false;
  const folded = fold(s);
  return asksWhatIf(folded, registry().scanFolded(folded)) !== null;
}
