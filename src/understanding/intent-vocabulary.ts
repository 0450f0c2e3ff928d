/**
 * The words people use to ask for their data to be deleted, per language
 * (English, Spanish, French, German, Portuguese, Italian, Dutch, Turkish).
 * Japanese has no spaces between words, so it has its own rules in
 * `deletion-intent-ja.ts`.
 *
 * Kept apart from the matching logic in `deletion-intent.ts` so a language can
 * be added by adding words here, and so the lists can be read side by side.
 * Every entry is a regex source matched case-insensitively with the `u` flag.
 */
import { de } from './languages/packs/de.js';
import { en } from './languages/packs/en.js';
import { es } from './languages/packs/es.js';
import { fr } from './languages/packs/fr.js';
import { it } from './languages/packs/it.js';
import { nl } from './languages/packs/nl.js';
import { pt } from './languages/packs/pt.js';

/**
 * Letters of the Latin-script languages we read (ASCII, Latin-1, Latin
 * Extended-A/B: é, ß, ğ, ş, ı...). Used instead of `\p{L}` for word edges
 * because every `\p{L}` costs milliseconds when V8 compiles a regex, and
 * these patterns hold dozens of edges; Japanese has its own rules.
 */
const LETTERS = String.raw`0-9A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f`;
/** One letter of a word ("silinmesini" = "sil" + LET*). */
export const LET = `[${LETTERS}]`;
/** Word edges that also work for accented letters (`\b` only knows ASCII). */
export const L = `(?<![${LETTERS}])`;
export const R = `(?![${LETTERS}])`;

/** Deletion verbs and nouns ("delete", "erasure", "cancellare", "verwijderen", "silinmesini"). */
export const VERB_WORDS = [
  String.raw`delet(?:e|ed|es|ing|ion)|eras(?:e|ed|ing|ure)|remov${LET}{0,4}|wip(?:e|ed|ing)|purg(?:e|ed|ing)|destroy(?:ed)?|get\s+rid\s+of|forget\s+me|clear\s+out`,
  String.raw`elimin${LET}{0,8}|borr(?:ar|en|e|ado|ados|adas?|aran|asen|ara|ase|éis|ad)|suprim${LET}{0,6}|supresión`,
  // An imperative with its object joined on carries the stress mark: "bórrenlo", "elimínenlos", "suprímanlo", "borradlo".
  String.raw`bórr(?:en|e|a|an)(?:lo|la|los|las|me)?|borrad(?:lo|la|los|las)|elimín${LET}{0,6}|suprím${LET}{0,6}`,
  String.raw`supp?rim${LET}{0,5}|effac${LET}{0,6}|supp?ression`,
  String.raw`lösch${LET}{0,4}|gelösch${LET}{0,3}|entfern${LET}{0,4}`,
  String.raw`exclu(?:i${LET}{0,4}|a|am|ído|ídos|ída|ídas|são)|apag${LET}{0,7}|remo(?:ver|va|vam|vido|vidos|ção)`,
  // Italian
  String.raw`cancell${LET}{0,8}|elimin${LET}{0,8}|rimuov${LET}{0,6}|rimoss[oaie]|rimozione`,
  // Dutch
  // Dutch "wissen" (erase) is German "wissen" (know): "ich möchte wissen, welche Daten ..." asks nothing of erasure.
  String.raw`verwijder(?:en|e|t|d|de|den|ing)?|(?<!(?:möchte|möchten|will|wollen|gern|gerne|würde|würden|zu)\s)wis(?:sen|t)?(?![\s,]{0,8}(?:welche[nmrs]?|was|ob|wann|warum|wieso|weshalb)${R})|gewist|schrap(?:pen)?|geschrapt`,
  // Turkish: one stem carries the whole verb ("silinmesini", "silebilir", "kaldırılmasını").
  String.raw`sil(?!ah|gi|ik|ikon|vest)${LET}{0,14}|kaldır${LET}{0,14}|imha${LET}{0,10}|yok\s+ed${LET}{0,10}`,
].join('|');

/** The person's own data (or account with the app). */
export const OBJECT_WORDS = [
  String.raw`${L}(?:my|our|mine|all|any|the|your\s+copy\s+of\s+my)${R}[^.!?\n]{0,40}?${L}(?:data|information|info|details|records|accounts?|acc|acct|profiles?|everything|history|content|tokens?|stuff|things|instagram|insta|ig)${R}`,
  String.raw`${L}(?:data|information|info)\s+(?:for|of|associated|linked|connected|related|tied|belonging|about|on|from)${R}`,
  String.raw`${L}(?:his|her)\s+(?:\S+\s+){0,2}?(?:data|information|details|records)${R}`,
  String.raw`${L}(?:everything|all\s+of\s+it)${R}|${L}(?:whatever|anything|all)\s+(?:(?:data\s+)?you|that\s+you|is\s+stored|was\s+stored)${R}|${L}(?:delete|remove|erase|forget|wipe)\s+me${R}`,
  // "alles, was Sie ...", "tout ce que", "alles wat", "ne varsa": everything, in each language.
  String.raw`${L}(?:alles|allem|sämtliche\s+\S+|tout\s+ce|tous\s+les\s+\S+|alles\s+wat|ne\s+varsa|her\s+şey${LET}*|ne\s+(?:var|[^\s,;.!?]+\s+var)\s+ise|ne\s+(?:[^\s,;.!?]+\s+){0,2}?varsa)${R}`,
  String.raw`${L}(?:todo\s+lo\s+que|tutto\s+(?:quello|ciò|cio)\s+che|tudo\s+(?:o|aquilo)\s+que)${R}`,
  String.raw`${L}data\s+(?:deletion|erasure|removal)${R}|${L}(?:deletion|erasure|removal)\s+of\s+(?:my|all|the)${R}`,
  String.raw`${L}(?:mis|los|mi|todos\s+mis|nuestr[oa]s?|todos\s+nuestros)\s+(?:datos|información|cuenta|perfil|insta|instagram|ig)${R}|${L}datos\s+personales${R}`,
  String.raw`${L}(?:mes|les|mon|toutes\s+mes)\s+(?:donn[ée]e?s?|informations?|compte|profil)${R}|${L}donn[ée]es\s+personnelles${R}`,
  String.raw`${L}(?:meine[rn]?|die|alle|aller|sämtlicher|mein(?:es)?)\s+(?:\S+\s+|${LET}+-)?(?:daten|informationen|konto|kontos|account|profil)${R}|${L}personenbezogenen\s+daten${R}`,
  String.raw`${L}(?:meus|os|minha|minhas|todos\s+os\s+meus|meu|nossos?|nossas?|todos\s+os\s+nossos)\s+(?:dados|informações|conta|perfil|insta|instagram|ig)${R}|${L}dados\s+pessoais${R}`,
  // Italian: "i miei dati", "il mio account", "tutti i dati che avete"
  String.raw`${L}(?:i\s+miei|miei|mie|le\s+mie|il\s+mio|mio|mia|la\s+mia|tutti\s+i\s+miei|tutte\s+le\s+mie|i\s+nostri|nostri|nostro|nostra|il\s+nostro|la\s+nostra)\s+(?:\S+\s+)?(?:dati|informazioni|account|profilo|insta|instagram|ig)${R}|${L}dati\s+personali${R}|${L}(?:i|tutti\s+i)\s+dati\s+(?:che|relativi|associati|collegati|personali|del|della|dell['’]|dei|di)|${L}(?:cancellarmi|eliminarmi)${R}`,
  // Dutch: "mijn gegevens", "al mijn gegevens", "persoonsgegevens"
  // "al mijn Instagram-gegevens": the noun may close a hyphenated compound. A phone writes "m'n" or "mn".
  String.raw`${L}(?:(?:al\s+)?(?:mijn|m['’]n|mn)|alle)\s+(?:\S+\s+|${LET}+-)?(?:gegevens|gegevns|data|informatie|account|profiel|persoonsgegevens)${R}|${L}persoonsgegevens${R}|${L}(?:de|alle)\s+gegevens\s+(?:die|van\s+mij|over\s+mij)${R}`,
  // Turkish: ownership is a suffix ("verilerim", "hesabımı"), or "tüm/kişisel ... veri".
  String.raw`${L}(?:verilerim|verilerimiz|bilgilerim|hesabım|hesabim|profilim|kayıtlarım|datalarım|hesabımla|hesabımın)${LET}*|${L}(?:tüm|bütün|kişisel|benimle\s+ilgili|bana\s+ait|hakkımdaki|benim)\s+(?:\S+\s+){0,2}?(?:veri|bilgi|data|kayıt|hesab|hesap)${LET}*`,
].join('|');

/**
 * A relative's data, in the third person, for a mail written or passed on for her: "haar gegevens",
 * "ses données", "sus datos", "i suoi dati", "os dados dela", "seine Daten". Read only in such a
 * mail; elsewhere "her data" may be anyone's.
 */
export const THEIR_OBJECT_WORDS = [
  String.raw`${L}(?:his|her|their)\s+(?:\S+\s+){0,2}?(?:data|information|info|details|records|account|profile)${R}`,
  String.raw`${L}(?:al\s+)?(?:haar|zijn|z['’]n)\s+(?:\S+\s+|${LET}+-)?(?:gegevens|data|informatie|account|profiel)${R}`,
  String.raw`${L}(?:ihre|seine|ihrer|seiner|ihrem|seinem|deren|dessen)\s+(?:\S+\s+|${LET}+-)?(?:daten|informationen|konto|account|profil)${R}`,
  String.raw`${L}(?:ses|toutes\s+ses|son)\s+(?:donn[ée]es|informations?|compte|profil)${R}`,
  String.raw`${L}(?:sus|su|todos\s+sus)\s+(?:datos|información|informacion|cuenta|perfil)${R}|${L}(?:datos|información|cuenta|perfil)\s+de\s+(?:ella|él)${R}`,
  String.raw`${L}(?:suoi|sue|suo|sua)\s+(?:dati|informazioni|account|profilo)${R}|${L}(?:dati|informazioni|account|profilo)\s+di\s+(?:lei|lui)${R}`,
  String.raw`${L}(?:dados|informações|informacoes|conta|perfil)\s+(?:dela|dele)${R}|${L}(?:seus|suas|sua|seu)\s+(?:dados|informações|conta|perfil)${R}`,
].join('|');

/** A question that asks us to act for someone: "would you", "pourriez-vous", "¿podrían", "würden Sie", "potreste". */
export const ASKS_US_WORDS = String.raw`${L}(?:would|could|can|will)\s+you${R}|${L}(?:pourriez|pouvez)[-\s]vous${R}|${L}(?:podrían|podrian|pueden|podéis)${R}|${L}(?:würden|könnten|können)\s+sie${R}|${L}(?:potreste|potete)${R}|${L}(?:podem|poderiam|podiam)${R}|${L}(?:willen|kunnen|zouden)\s+(?:jullie|u)${R}`;

/** The words that open a clause that is the object of the one before ("dass", "que", "che"), in the languages these rules read. */
const COMPLEMENT_WORDS = [de, en, es, fr, it, nl, pt].flatMap((p) => p.complement ?? []).join('|');

/** A negator shortly before the verb, in the same clause ("please don't delete", "non cancellate"). */
/**
 * Up to `n` words between a negator and the verb, in the same clause: a comma
 * or a joining word ("so", "and", "please", "dus", "quindi") starts a new one,
 * so "I'm not using it so delete my data" is no negation.
 */
const GAP = (n: number): string =>
  String.raw`(?:(?!(?:so|and|but|please|therefore|then|just|dus|en|maar|quindi|e|ma|perciò|daher|also|und|donc|et|alors|entonces|y|então|ve|bu)\s)[^\s,;.]+\s+){0,${n}}?`;

/** A negator shortly before the verb, in the same clause ("please don't delete", "non cancellate"). */
export const NEGATION_WORDS = [
  String.raw`${L}(?:don['’]?t|do\s+not|does\s+not|doesn['’]t|never|not|ne(?!\s+(?:kadar|zaman|olur)|\s+(?:[^\s,;.!?]+\s+){0,2}?(?:varsa|var\s))|não|nao|nunca|non|niet(?!\s+meer)|nooit|geen)\s+${GAP(3)}(?:${VERB_WORDS})${R}`,
  String.raw`${L}no\s+(?:(?:quiero|queremos|deseo|deseamos|quisiera|quisiéramos)\s+que\s+)?(?:borr|elimin|suprim)`,
  String.raw`${L}(?:não|nao)\s+(?:quero|queremos|desejo|desejamos|gostaria|gostaríamos)\s+que\s+(?:apag|exclu|elimin|remov)`,
  // A refusal that governs a clause of its own, the erasure in it: "Ich möchte nicht, dass meine Daten
  // gelöscht werden", "Je ne veux pas que mes données soient supprimées", "Non voglio che i miei dati
  // vengano cancellati". The negated clause is short, so "I don't use it anymore, that is why ..." is no refusal.
  String.raw`${L}(?:don['’]?t|do\s+not|not|ne|nicht|non|não|nao|niet|no)(?:\s+[^\s,;.]+){0,2},?\s+(?:${COMPLEMENT_WORDS})\s+${GAP(6)}(?:${VERB_WORDS})`,
  // Dutch and German put the verb last: "ik wil niet dat jullie mijn gegevens verwijderen".
  String.raw`${L}(?:nicht(?!\s+mehr)|niet(?!\s+meer))\s+${GAP(5)}(?:lösch|entfern|verwijder|wis)`,
  // Dutch puts "niet" after an imperative: "verwijder mijn gegevens (nog) niet", "verwijder alsjeblieft niets";
  // "niet meer" (no longer) gives a reason in a run-on line: "... verwijderen ik gebruik het niet meer".
  String.raw`${L}(?:verwijder|wis)${LET}*\s+${GAP(3)}(?:nog\s+)?niets?${R}(?!\s+meer)`,
  // German does the same: "löschen Sie meine Daten (noch) nicht".
  String.raw`${L}(?:lösch|entfern)${LET}*\s+${GAP(4)}(?:noch\s+)?nichts?${R}(?!\s+mehr)`,
  // Turkish negates inside the verb: "silmeyin", "silinmesin", "silmiyor"; or "silinmesini istemiyorum".
  String.raw`${L}(?:sil|kaldır)(?:in|ın|il|ıl)?(?:me|ma)(?:y|z|dı|di|sın(?!${LET})|sin(?!${LET}))${LET}*|${L}(?:sil|kaldır)(?:in|ın|il|ıl)?(?:mi|mı)yor${LET}*|${L}(?:sil|kaldır)${LET}*\s+(?:\S+\s+)?iste(?:mi|me)${LET}*`,
].join('|');

/**
 * The negation inside a question that asks us politely, to be read without it: "Könnten Sie
 * nicht einfach alles löschen?", "Kunnen jullie niet gewoon alles verwijderen?", "Vous ne pouvez
 * pas juste tout supprimer ?", "¿No pueden simplemente borrar todo?", "Non potete cancellare…?",
 * "Vocês não podem apagar…?", "Could you not just delete it?". It asks for the deletion and
 * negates nothing; "Können Sie die Daten bitte nicht löschen?" keeps its negation beside the verb.
 * Read only in a sentence that ends with a question mark. Each pattern starts at a fixed word,
 * its gaps bounded: linear.
 */
const DE_ASK = String.raw`${L}(?:könnten|können|würden|könnt|könntet|kannst|könntest|würdet)\s+(?:sie|ihr|du)\s+`;
const NL_ASK = String.raw`${L}(?:kunnen|kunt|kun|zouden|zou|willen|wilt)\s+(?:jullie|u|je)\s+`;
const FILLER = String.raw`(?:[^\s,;.?!]+\s+){1,4}?`;
/** Each pattern's one group is the polite form kept; the rest of its match is the negation dropped. */
export const NEGATED_ASK_WORDS: readonly string[] = [
  String.raw`(${DE_ASK})nicht${R}`,
  String.raw`(${DE_ASK}${FILLER})nicht(?=\s+(?:einfach|eben|schlicht|direkt|stattdessen|trotzdem)${R})`,
  String.raw`(${NL_ASK})niet${R}`,
  String.raw`(${NL_ASK}${FILLER})niet(?=\s+(?:gewoon|even|simpelweg|eenvoudig|toch)${R})`,
  String.raw`()${L}ne\s+(?=(?:pouvez|pourriez|pourrez)(?:-vous)?\s+pas${R})`,
  String.raw`()${L}no\s+(?=(?:pueden|podrían|podrian|podéis|podríais|puedes|podrías)${R})`,
  String.raw`()${L}(?:não|nao)\s+(?=(?:podem|poderiam|podiam|conseguem|conseguiriam)${R})`,
  String.raw`()${L}non\s+(?=(?:potete|potreste|puoi|potresti|riuscite|riuscireste)${R})`,
  String.raw`(${L}(?:can|could|would|will)\s+(?:you|u)\s+)not(?=\s+(?:just|simply)${R})`,
];

/** Legal phrases and request nouns that are a deletion request on their own. */
export const RIGHT_WORDS = [
  String.raw`right\s+to\s+(?:erasure|be\s+forgotten|deletion)`,
  String.raw`(?:gdpr|dsgvo|rgpd|lgpd|ccpa|avg|kvkk)\b[^.!?\n]{0,40}\b(?:deletion|erasure|removal|request\s+to\s+delete|löschung|suppression|supresión|eliminação|exclusão|cancellazione|verwijdering|silme|silinme)`,
  String.raw`(?:article|art\.?|articolo|artikel|madde|artigo|art[ií]culo)\s*17\b`,
  String.raw`\b(?:data\s+)?(?:deletion|erasure|removal)\s+request\b`,
  String.raw`\brequest\s+(?:for\s+)?(?:data\s+)?(?:deletion|erasure)\b`,
  String.raw`\b(?:don['’]?t|do\s+not|no\s+longer)\s+(?:want|wish)\s+(?:you|pickr\s*tech|your\s+app|the\s+app)\s+to\s+(?:have|keep|store|hold|retain)\s+(?:my|any\s+of\s+my)\b`,
  String.raw`derecho\s+(?:de\s+supresión|al\s+olvido)`,
  String.raw`droit\s+(?:à\s+l['’]effacement|à\s+l['’]oubli)`,
  String.raw`recht\s+auf\s+(?:löschung|vergessenwerden)`,
  String.raw`direito\s+(?:ao\s+esquecimento|de\s+eliminação|à\s+eliminação)`,
  String.raw`solicitud\s+de\s+(?:eliminación|supresión)|demande\s+de\s+suppression|löschantrag|antrag\s+auf\s+löschung|pedido\s+de\s+(?:exclusão|eliminação)`,
  String.raw`diritto\s+(?:all['’]\s*oblio|alla\s+cancellazione)|richiesta\s+di\s+(?:cancellazione|eliminazione|rimozione)`,
  String.raw`recht\s+op\s+(?:vergetelheid|verwijdering|gegevenswissing|wissing)|verzoek\s+(?:tot|om)\s+(?:verwijdering|gegevensverwijdering|wissing)|verwijderingsverzoek`,
  String.raw`unutulma\s+hakk${LET}*|(?:veri\s+)?silin?me\s+talep${LET}*|verilerimin\s+silinmesi`,
].join('|');

/** Things one can delete that are not "my data". */
export const OTHER_THING_WORDS = [
  String.raw`posts?|photos?|pictures?|pics?|images?|videos?|captions?|comments?|stor(?:y|ies)|reels?|drafts?|scheduled|schedule|hashtags?|messages?|dms?`,
  String.raw`publicaci[oó]n(?:es)?|fotos?|publications?|beitr(?:a|ä)ge?|publica[cç](?:ão|ões)|newsletter|mailing\s+list|emails?\s+list`,
  String.raw`foto|immagin[ei]|didascali[ae]|comment[oi]|storie|programmat[oaie]|pubblicazion[ei]|bozz[ae]`,
  String.raw`bericht(?:en)?|foto['’]?s|afbeelding(?:en)?|video['’]?s|bijschrift(?:en)?|reacties?|ingepland[e]?|gepland[e]?|concept(?:en)?`,
  String.raw`gönderi${LET}*|paylaşım${LET}*|fotoğraf${LET}*|resim${LET}*|video${LET}*|hikaye${LET}*|yorum${LET}*|planlan${LET}*|zamanlan${LET}*|taslak${LET}*`,
].join('|');

/** Naming data keeps a sentence about posts a data request ("my posts and all my data"). */
export const DATA_NOUNS = String.raw`data|datos|données|daten|dados|dati|gegevens|veri${LET}*|bilgi${LET}*|information|informazioni|informatie|account|everything|cuenta|compte|konto|conta|hesab${LET}*|hesap${LET}*`;

/** Other companies whose data or accounts we do not hold. */
const COMPANY = String.raw`(?:meta|facebook|fb|whatsapp|google|gmail|tiktok|twitter|snapchat|youtube|linkedin|pinterest|amazon|microsoft)`;

/** Data or an account held by another company: "my Facebook account", "at Meta", "Meta's". */
export const OTHER_HOLDER_WORDS = [
  String.raw`\b(?:my|the|your)\s+${COMPANY}\s+(?:account|data|profile|page|information)\b`,
  String.raw`\b(?:at|from|by|with|on|of|held\s+by|stored\s+by)\s+${COMPANY}\b|\b${COMPANY}['’]s\b`,
  String.raw`\b(?:delete|remove|erase|close)\s+(?:my\s+)?${COMPANY}\b|\b(?:ask|tell|get|need|want|help|for)\s+${COMPANY}\s+to\b`,
  // The company is who deletes: "que Facebook borre", "che Meta cancelli", "fazer o Facebook apagar", "dass Meta ... löscht".
  String.raw`\b(?:que|che|dass|daß|fazer|far|faire|help|make|have)\s+(?:(?:o|a|el|la|il|lo|le)\s+)?${COMPANY}\s+(?:\S+\s+){0,3}?(?:borr|elimin|suprim|apag|exclu|remov|cancel|rimuov|lösch|entfern|delet|erase|cierr|ferm|chiud|verwijder|wis)`,
  // "account Facebook", "mijn Facebook-account", "Facebook hesabımı", "compte Facebook"
  String.raw`\b${COMPANY}[\s-]*(?:account|konto|compte|cuenta|conta|profil[eo]?|pagina|gegevens|hesab${LET}*|hesap${LET}*|sayfa${LET}*|veriler${LET}*)|\b(?:account|compte|cuenta|conta|profilo|konto)\s+(?:di\s+|de\s+|do\s+|bei\s+)?${COMPANY}\b`,
  String.raw`\b(?:presso|su|di|bij|van|chez|bei|auf|en|no|na|de|da|do)\s+${COMPANY}\b|\b${COMPANY}['’]?(?:taki|teki|daki|deki|dan|den|tan|ten)\b`,
].join('|');

/** Signing in "with Google" says nothing about who holds the data. */
export const SIGN_IN_WORDS = String.raw`\b(?:sign(?:ed)?|log(?:ged)?)\s*(?:up|in|on)\s+(?:with|via|using|through)\s+${COMPANY}\b|\b(?:accedut[oa]|registrat[oa]|aangemeld|ingelogd|giriş\s+yaptım)\s+(?:con|met|ile)\s+${COMPANY}\b`;

/** Words that put the data on our side even when another company is named. */
export const OUR_SIDE_WORDS = [
  String.raw`\b(?:pickr\s*tech|pickrtech|pickr|the\s+app|this\s+app|your\s+(?:app|system|servers?|database|service|platform|records|company|side|tool|website)|you\s+(?:have|hold|store|stored|collected|keep|kept|received|got|obtained|imported))\b`,
  String.raw`\b(?:su\s+(?:app|aplicación|sistema)|votre\s+(?:application|app)|ihre[rn]?\s+app|seu\s+app)\b`,
  String.raw`\b(?:ustedes\s+)?(?:tienen|guardan|almacenan|recibieron|recopilaron)\b|\bvous\s+(?:avez|détenez|conservez|stockez)\b|\bsie\s+(?:haben|speichern|gespeichert)\b|\bvocês\s+(?:têm|tem|guardam|armazenam)\b`,
  String.raw`\b(?:la\s+vostra\s+app|vostr[oi]\s+(?:server|sistemi|database)|avete\s+(?:raccolto|memorizzato|salvato|conservato|ricevuto))\b`,
  String.raw`\b(?:jullie|uw)\s+(?:app|systemen|servers?|database)\b|\b(?:jullie|u)\s+(?:heeft|hebben|bewaart|bewaren|opgeslagen)\b`,
  String.raw`uygulaman${LET}*|sisteminiz${LET}*|sizde\b|sizin\s+(?:uygulama|sistem)`,
].join('|');

/** Words a how/what question starts with (English, Spanish, French, German, Portuguese, Italian, Dutch). */
export const QUESTION_START = String.raw`how|what|why|when|where|which|does|do|did|is|are|was|were|has|have|will|cómo|qué|comment|quand|pourquoi|wie|was|wann|como|quando|o\s+que|come|cosa|che\s+cosa|perché|perche|quali?|quanto|hoe|wat|wanneer|waarom|welke`;

/**
 * Turkish puts the question word inside the sentence: "verilerimi nasıl silebilirim?". Followed
 * within a few words by a conditional verb it opens a relative clause, no question: "ne kadar
 * veri varsa" (whatever data there is), "hangi bilgileri tuttuysanız" (whichever you kept).
 */
export const QUESTION_INSIDE = String.raw`${L}(?:nasıl|ne\s+zaman|neden|niçin|hangi|ne\s+kadar|ne\s+olur)${R}(?!(?:\s+[^\s.!?]{1,40}){0,3}?\s+[^\s.!?]{0,30}?(?:sa|se)(?:nız|niz|m|n|k)?${R})`;

/**
 * "What I'd like to know is whether…", "I wanted to know whether…": the person asks to be told
 * whether something is done, not for it to be done.
 */
export const ASKS_WHETHER = String.raw`${L}(?:want|wanted|would\s+like|(?:i|we)['’]d\s+like|wish|wanna)\s+to\s+know(?:\s+is)?[\s,]{0,3}(?:whether|if)${R}`;

/** "Can you / could you / is it possible" turn a question into a request. */
export const POLITE_ASK = String.raw`\bpossible\b|\bdo\s+you\s+mind\b|\b(?:are\s+you|is\s+it)\s+able\b|\byou\s+(?:can|could)\b|\bcan\s+(?:i|we)\s+(?:have|get|ask|request)\b|\b(?:can|could|would|will)\s+(?:you|u)\b|\bplease\b|\bpuede[ns]?\b|\bpouvez-vous\b|\bmerci\s+de\b|\b(?:können|könnten|würden)\s+sie\b|\bpode[m]?\b|\b(?:potete|potreste|può|potrebbe|possibile)\b|\bper\s+(?:favore|cortesia)\b|\b(?:kunt|kunnen|zou|zouden|wilt|willen)\s+(?:u|jullie|je)\b|\bmogelijk\b|\balstublieft\b|mümkün|misiniz|musunuz|lütfen`;

/** "Can I delete my data myself?" asks about self-service. */
export const SELF_SERVICE = String.raw`^\s*(?:can|could|may|should)\s+i\s+(?:delete|remove|erase)\b|^\s*(?:posso|come\s+posso)\s+(?:cancellare|eliminare|rimuovere)\b|^\s*(?:kan|hoe\s+kan)\s+ik\b|silebilir\s+miyim|silebilirim`;

/** The person speaks for themselves or asks politely. */
export const PERSONAL_WORDS = [
  String.raw`\b(?:i|i['’]d|i['’]m|me|my|mine|we|our|please|pls|plz|kindly|request(?:ing)?|want|would\s+like|wish)\b|^(?:\s*)(?:delete|erase|remove|wipe|purge)\b`,
  String.raw`(?:mis|mes|meine[rn]?|meus|minha|minhas|je|ich|yo|eu|bitte|por\s+favor|s['’]il\s+vous)`,
  String.raw`${L}(?:io|miei|mie|mio|mia|vorrei|voglio|chiedo|richiedo|gentilmente|vi\s+prego|prego|mi)${R}|${L}per\s+(?:favore|cortesia)${R}`,
  // Spanish, Portuguese and Italian speak for a business in the plural ("deseamos", "nossa conta"),
  // ask with a first-person verb ("solicito", "peço"), or address us in the plural imperative ("cancellate").
  String.raw`${L}(?:nuestr[oa]s?|deseo|deseamos|quiero|queremos|solicito|solicitamos|pido|pedimos|necesito|necesitamos|nosso|nossa|nossos|nossas|quero|queremos|peço|pedimos|gostaria|gostaríamos|venho|vimos|nostro|nostra|nostri|nostre|chiediamo|vogliamo|vorremmo)${R}`,
  String.raw`${L}(?:cancellate|eliminate|rimuovete|eliminen|borren|supriman|excluam|apaguem|removam|eliminem)${R}`,
  // French asks for a business in the plural too ("nous vous demandons"); German asks formally ("ersuchen wir um", "beantragen wir").
  String.raw`${L}(?:demandons|ersuche|ersuchen|beantrage|beantragen)${R}`,
  // The same imperative with its object joined on ("cancellatelo", "bórrenlo", "borradlo", "effacez-le"),
  // and "me" after a preposition, which only the person says of themselves ("sur moi", "de mí", "sobre mim", "su di me").
  String.raw`${L}(?:(?:cancellate|eliminate|rimuovete)(?:lo|la|li|le)|(?:bórren|borrad|elimínen|supríman)(?:lo|la|los|las)?|(?:supprimez|effacez)-(?:les?|la)|moi|mí|mim|di\s+me)${R}`,
  String.raw`${L}(?:ik|mij|mijn|m['’]n|mn|wij|graag|alstublieft|alsjeblieft|aub|verzoek|wil|wilt|zou|verwijder)${R}`,
  String.raw`${L}(?:lütfen|rica|talep|benim|bana|hakkımda|istiyorum|isterim)|${L}(?:silin|siliniz|silebilir|kaldırın|kaldırınız)${R}|${L}(?:verilerim|hesabım|bilgilerim)`,
].join('|');

/** Reply and forward prefixes of mail clients in the nine languages. */
export const SUBJECT_PREFIX = /^\s*(?:(?:re|aw|sv|fwd?|wg|tr|rv|r|rif|i|inoltra|antw|doorst|ynt|cvp|ilt|enc|odp|返信|転送)\s*[:：]\s*)+/i;
