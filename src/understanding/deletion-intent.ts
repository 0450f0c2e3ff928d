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
 */

/** Word edges that also work for accented letters (`\b` only knows ASCII). */
const L = String.raw`(?<![\p{L}\p{N}])`;
const R = String.raw`(?![\p{L}\p{N}])`;

const VERB_WORDS = [
  String.raw`delet(?:e|ed|es|ing|ion)|eras(?:e|ed|ing|ure)|remov(?:e|ed|al|ing)|wip(?:e|ed|ing)|purg(?:e|ed|ing)|destroy(?:ed)?|get\s+rid\s+of|forget\s+me|clear\s+out`,
  String.raw`elimin(?:ar|en|e|ación|ado|ados|adas?)|borr(?:ar|en|e|ado|ados|adas?)|suprim(?:ir|an|a)|supresión`,
  String.raw`supprim(?:er|ez|é|ée|és|ées)|effac(?:er|ez|é|ées?|ement)|suppression`,
  String.raw`lösch(?:en|e|t|ung)|entfern(?:en|e|t|ung)`,
  String.raw`exclu(?:ir|a|am|ídos?|são)|apag(?:ar|ue|uem|ados?)|remo(?:ver|va|vam|ção)|elimina(?:r|ção)`,
].join('|');
const VERB = new RegExp(`${L}(?:${VERB_WORDS})${R}`, 'iu');

/** The person's own data (or account with the app), in any supported language. */
const OBJECT = new RegExp(
  [
    String.raw`${L}(?:my|our|mine|all|any|the|your\s+copy\s+of\s+my)${R}[^.!?\n]{0,40}?${L}(?:data|information|info|details|records|account|acc|acct|profile|everything|history|content|tokens?)${R}`,
    String.raw`${L}(?:everything|all\s+of\s+it)${R}|${L}(?:whatever|anything|all)\s+(?:(?:data\s+)?you|that\s+you|is\s+stored|was\s+stored)${R}|${L}(?:delete|remove|erase|forget|wipe)\s+me${R}`,
    String.raw`${L}data\s+(?:deletion|erasure|removal)${R}|${L}(?:deletion|erasure|removal)\s+of\s+(?:my|all|the)${R}`,
    String.raw`${L}(?:mis|los|mi|todos\s+mis)\s+(?:datos|información|cuenta|perfil)${R}|${L}datos\s+personales${R}`,
    String.raw`${L}(?:mes|les|mon|toutes\s+mes)\s+(?:données|informations|compte|profil)${R}|${L}données\s+personnelles${R}`,
    String.raw`${L}(?:meine[rn]?|die|alle|mein(?:es)?)\s+(?:\S+\s+)?(?:daten|informationen|konto|kontos|account|profil)${R}|${L}personenbezogenen\s+daten${R}`,
    String.raw`${L}(?:meus|os|minha|minhas|todos\s+os\s+meus)\s+(?:dados|informações|conta|perfil)${R}|${L}dados\s+pessoais${R}`,
  ].join('|'),
  'iu',
);

/** A negator shortly before the verb ("please don't delete"), or German "nicht löschen". */
const NEGATION = new RegExp(
  String.raw`${L}(?:don['’]?t|do\s+not|does\s+not|doesn['’]t|never|not|ne|não|nao|nunca)\s+(?:\S+\s+){0,3}?(?:${VERB_WORDS})${R}|${L}no\s+(?:quiero\s+que\s+)?(?:borr|elimin|suprim)|${L}nicht\s+(?:\S+\s+)?(?:lösch|entfern)`,
  'iu',
);

/** "Thanks for deleting my data!" reports a deletion that happened. */
const THANKS = /\b(?:thanks?|thank\s+you|grateful)\s+(?:you\s+)?(?:so\s+much\s+|very\s+much\s+)?for\s+(?:deleting|removing|erasing|the\s+deletion|wiping)\b/i;

/** Legal phrases that are a deletion request on their own. */
const RIGHT = new RegExp(
  [
    String.raw`right\s+to\s+(?:erasure|be\s+forgotten|deletion)`,
    String.raw`(?:gdpr|dsgvo|rgpd|lgpd|ccpa)\b[^.!?\n]{0,40}\b(?:deletion|erasure|removal|request\s+to\s+delete|löschung|suppression|supresión|eliminação|exclusão)`,
    String.raw`(?:article|art\.?)\s*17\b`,
    String.raw`\b(?:data\s+)?(?:deletion|erasure|removal)\s+request\b`,
    String.raw`\brequest\s+(?:for\s+)?(?:data\s+)?(?:deletion|erasure)\b`,
    String.raw`\b(?:don['’]?t|do\s+not|no\s+longer)\s+(?:want|wish)\s+(?:you|pickr\s*tech|your\s+app|the\s+app)\s+to\s+(?:have|keep|store|hold|retain)\s+(?:my|any\s+of\s+my)\b`,
    String.raw`derecho\s+(?:de\s+supresión|al\s+olvido)`,
    String.raw`droit\s+(?:à\s+l['’]effacement|à\s+l['’]oubli)`,
    String.raw`recht\s+auf\s+(?:löschung|vergessenwerden)`,
    String.raw`direito\s+(?:ao\s+esquecimento|de\s+eliminação|à\s+eliminação)`,
    String.raw`solicitud\s+de\s+(?:eliminación|supresión)|demande\s+de\s+suppression|löschantrag|antrag\s+auf\s+löschung|pedido\s+de\s+(?:exclusão|eliminação)`,
  ].join('|'),
  'iu',
);

/** Things one can delete that are not "my data". */
const OTHER_THING =
  /\b(?:posts?|photos?|pictures?|pics?|images?|videos?|captions?|comments?|stor(?:y|ies)|reels?|drafts?|scheduled|schedule|hashtags?|messages?|dms?|publicaci[oó]n(?:es)?|fotos?|publications?|beitr(?:a|ä)ge?|publica[cç](?:ão|ões)|newsletter|mailing\s+list|emails?\s+list)\b/i;
const COMPANY = String.raw`(?:meta|facebook|fb|whatsapp|google|gmail|tiktok|twitter|snapchat|youtube|linkedin|pinterest|amazon|microsoft)`;
/** Data or an account held by another company: "my Facebook account", "at Meta", "Meta's". */
const OTHER_HOLDER = new RegExp(
  String.raw`\b(?:my|the|your)\s+${COMPANY}\s+(?:account|data|profile|page|information)\b|\b(?:at|from|by|with|on|of|held\s+by|stored\s+by)\s+${COMPANY}\b|\b${COMPANY}['’]s\b|\b(?:delete|remove|erase|close)\s+(?:my\s+)?${COMPANY}\b|\b(?:ask|tell|get)\s+${COMPANY}\s+to\b`,
  'i',
);
/** Signing in "with Google" says nothing about who holds the data. */
const SIGN_IN = new RegExp(String.raw`\b(?:sign(?:ed)?|log(?:ged)?)\s*(?:up|in|on)\s+(?:with|via|using|through)\s+${COMPANY}\b`, 'gi');
/** Words that put the data on our side even when another company is named. */
const OUR_SIDE =
  /\b(?:pickr\s*tech|pickrtech|pickr|the\s+app|this\s+app|your\s+(?:app|system|servers?|database|service|platform|records|company|side|tool|website)|you\s+(?:have|hold|store|stored|collected|keep|kept|received|got|obtained|imported))\b|\b(?:su\s+app|votre\s+(?:application|app)|ihre[rn]?\s+app|seu\s+app)\b/i;
const INFO_QUESTION =
  /^\s*(?:how|what|why|when|where|which|does|do\s+you|is\s+it|is\s+there|are\s+there|will|cómo|qué|comment|quand|pourquoi|wie|was|wann|como|quando|o\s+que)\b/i;
const PERSONAL =
  /\b(?:i|i['’]d|i['’]m|me|my|mine|we|our|please|pls|plz|kindly|request(?:ing)?|want|would\s+like|wish)\b|^(?:\s*)(?:delete|erase|remove|wipe|purge)\b|(?:mis|mes|meine[rn]?|meus|minha|minhas|je|ich|yo|eu|bitte|por\s+favor|s['’]il\s+vous)/iu;

export function findDeletionStatement(visibleText: string, subject: string): string | null {
  for (const sentence of sentences(visibleText)) {
    if (isDeletionWish(sentence)) return clip(sentence);
  }
  const cleanSubject = subject.replace(/^\s*(?:(?:re|aw|sv|fwd?|wg|tr|rv)\s*:\s*)+/i, '').trim();
  if (!isDeletionWish(cleanSubject) && !TERSE_SUBJECT.test(cleanSubject)) return null;
  // "Data deletion" over a body that only asks how deletion works is a question, not a wish.
  if (sentences(visibleText).some((s) => VERB.test(s) && isInfoQuestion(s))) return null;
  return clip(cleanSubject);
}

/** Subjects are terse: "Data deletion", "Instagram data removal", "Delete data". */
const TERSE_SUBJECT =
  /^(?:(?:instagram|ig|insta|account|my|personal|app)\s+)*(?:data\s+)?(?:deletion|erasure|removal)(?:\s+(?:request|please|pls))?[\s.!]*$|^(?:please\s+)?(?:delete|remove|erase)\s+(?:my\s+|all\s+)?(?:instagram\s+|ig\s+|personal\s+)?(?:data|account|information|info)(?:\s+please)?[\s.!]*$/i;

export function isDeletionWish(sentence: string): boolean {
  const s = sentence.trim();
  if (s === '' || NEGATION.test(s) || THANKS.test(s)) return false;
  if (OTHER_HOLDER.test(s.replace(SIGN_IN, '')) && !OUR_SIDE.test(s)) return false;
  if (RIGHT.test(s)) return !isInfoQuestion(s);
  if (!VERB.test(s) || !PERSONAL.test(s)) return false;
  if (isInfoQuestion(s)) return false;
  const object = OBJECT.exec(s);
  if (!object) return false;
  // "delete a scheduled post" is about content, unless data is named as well.
  if (OTHER_THING.test(s) && !/\b(?:data|datos|données|daten|dados|information|account|everything|cuenta|compte|konto|conta)\b/i.test(s)) {
    return false;
  }
  if (/\b(?:unsubscribe|mailing\s+list|newsletter)\b/i.test(s)) return false;
  return true;
}

/** A how/what question asks about deletion; "can you delete my data?" asks for it. */
function isInfoQuestion(s: string): boolean {
  if (!s.trim().endsWith('?') && !/^\s*(?:how|what|why)\b/i.test(s) && !/[,!:]\s*(?:how|what|why)\b/i.test(s)) return false;
  if (/\bpossible\b|\b(?:can|could|would|will)\s+(?:you|u)\b|\bplease\b|\bpuede[ns]?\b|\bpouvez-vous\b|\bkönnen\s+sie\b|\bpode[m]?\b/i.test(s)) {
    return false;
  }
  // "Can I delete my data myself?" asks about self-service; "Can I have my data deleted?" asks us.
  // "Hi, how does ..." and "Quick question: what ..." are still questions.
  const core = s.replace(/^\s*(?:(?:hi|hello|hey|dear\s+\S+|hola|bonjour|hallo|olá|ol[aá]|so|also|and|but|ok|okay|(?:quick\s+)?question)\b[\s,!:.-]*)+/i, '');
  return INFO_QUESTION.test(core) || /^\s*(?:can|could|may|should)\s+i\s+(?:delete|remove|erase)\b/i.test(core);
}

/**
 * Sentences, so the statement stays short. Hard-wrapped lines are joined back
 * (a line continues when the next one starts in lower case); list items and
 * labelled lines stay apart. Splitting needs a capital after the full stop,
 * which keeps "e.g." and "alice.smith" intact.
 */
function sentences(text: string): string[] {
  const units: string[] = [];
  for (const raw of text.slice(0, 50_000).split('\n')) {
    const line = raw.trim();
    const last = units.length - 1;
    const previous = units[last];
    if (line === '') units.push('');
    else if (previous && !/[.!?:]$/.test(previous) && /^[\p{Ll}]/u.test(line)) units[last] = `${previous} ${line}`;
    else units.push(line);
  }
  const out: string[] = [];
  for (const unit of units) out.push(...unit.split(/(?<=[.!?])\s+(?=[¿¡"“(]|\p{Lu})/u));
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

function clip(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 500 ? `${flat.slice(0, 497)}...` : flat;
}
