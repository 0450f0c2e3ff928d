/**
 * Finds the requester's Instagram handle in their own words.
 *
 * Several kinds of mention are searched, each with a weight: a labelled line
 * ("Instagram username: alice") is what our instructions ask for and wins over
 * a profile link, which wins over a sentence ("my Instagram is alice"), which
 * wins over a stray @mention. The earliest mention wins among equals, the body
 * wins over the subject. Every found word must pass {@link judgeChunk} as a
 * whole; if the strongest mention is a look-alike spoof (Cyrillic 'а'...) we
 * return null rather than fall back to a weaker guess.
 */
import { answerHandleWord } from './answer-handle-word.js';
import { isThanksWord } from './thanks-for-done.js';
import type { Confidence } from './evidence.js';
import { handlesBeforeAccount } from './handle-before-account.js';
import { handlesAfterPhrases } from './handle-phrases.js';
import { judgeChunk, RESERVED_PATHS } from './handle-rules.js';
import { handleAfterNow } from './now-words.js';
import { asciiHandleLetters } from './full-width.js';
import { isUsernameLabel, lineLabel, placesAddressNext } from './languages/pack-lines.js';
import { wordsIn } from './languages/registry.js';
import { handlesLeftAlone } from './left-alone.js';
import { handlesOfOthersAt } from './others-handles.js';
import { handleNamedOnly } from './only-this-handle.js';
import { writesForOwnChild, writesOnBehalf } from './on-behalf.js';
import { otherPlatformSpans } from './other-platforms.js';
import { trailingBlockStart } from './signature-block.js';
import { endsItsLine, isCommonWord } from './loose-handle-words.js';
import { linkSpans } from './link-spans.js';
import { lineAround, searchableText } from './search-text.js';
import { trimEndOf } from './text-edges.js';

interface Candidate {
  priority: number;
  order: number;
  handle: string | null;
  lookalike: boolean;
  rule: string;
}

/**
 * The rule of a handle read only because it follows the word for the account ("k účtu x", "zum Konto
 * x"): it names the account, not whose it is, so it never by itself makes a sentence the person's own.
 */
export const AFTER_ACCOUNT = 'username.after-account';

/** A handle and the rule that found it. */
export interface FoundUsername {
  handle: string;
  rule: string;
  confidence: Confidence;
}

/** Japanese labels: "ユーザー名", "Instagramのアカウント名", "インスタID". */
const JAPANESE_LABEL = String.raw`(?:(?:instagram|インスタグラム|インスタ)\s*(?:の\s*)?)?(?:ユーザー名|ユーザーネーム|ユーザ名|アカウント名|アカウントID|アカウント|ID)|インスタグラム|インスタ`;
/** "Username Instagram:", "Nome utente di Instagram:", "Gebruikersnaam op Instagram:". */
const ON_INSTAGRAM = String.raw`(?:\s+(?:(?:di|on|op|auf|bei|de|do|no|en|su|sur|van)\s+)?(?:instagram|insta|ig))?`;
const LABEL_WORDS = String.raw`(?:(?:instagram|insta|ig)(?:[\s-]*(?:user\s*name|handle|account(?:\s+name)?|name|naam|id|profile|profiel|acc|@|gebruikersnaam|kullan[ıi]c[ıi]\s+ad[ıi][mn]?|hesab[ıi]m|hesap(?:\s+ad[ıi][mn]?)?))?|user\s*name|handle|account(?:\s+(?:name|handle))?|(?:nombre\s+de\s+)?usuario|cuenta(?:\s+de\s+instagram)?|nom\s+d['’]utilisateur|nom\s+d['’]usager|pseudo|identifiant|compte(?:\s+instagram)?|benutzername|nutzername|konto|(?:nome\s+de\s+)?usu[aá]rio|conta|perfil|profil|nome\s+(?:utente|account|profilo)|utente|profilo|gebruikersnaam|gebruiker|accountnaam|profielnaam|profiel|kullan[ıi]c[ıi]\s+ad[ıi][mn]?|hesap\s+ad[ıi][mn]?|hesab[ıi]m|hesap|${JAPANESE_LABEL})`;
/**
 * What ends a label: "**", a note in brackets, "is", then ":" or "=", or a dash
 * with whitespace before it and whitespace or the line's end after it. Each
 * whitespace run is matched by one quantifier only, so a long run is scanned
 * once (two adjacent `\s*` would try every split of it).
 */
const LABEL_END = String.raw`\**\s*(?:\([^)]{0,40}\)\s*)?(?:(?:is|è)\s*)?(?:[:=]+|(?<=\s)[-–—]+(?=\s|$))`;
/** "Instagram username: x", "1) IG - x", "**Handle**: @x"; a bare dash needs spaces ("Instagram-related" is no label). */
const LABEL = new RegExp(
  String.raw`^[\s*•·\-–\d.)(■□●○◆◇▶]*(?:(?:my|the|your|mi|mon|mein|meu|il\s+mio|mio|mijn|de|benim)\s+\**|私の\s*\**)?${LABEL_WORDS}${ON_INSTAGRAM}${LABEL_END}([^]*)`,
  'iu',
);

/** "【ユーザー名】hanako_t" (brackets become [ ] in the search text): the value must be on the same line. */
const BRACKET_LABEL = new RegExp(String.raw`^\s*\[\s*(?:私の\s*)?${LABEL_WORDS}${ON_INSTAGRAM}\s*\]\s*(\S.*)$`, 'iu');

/** The same labels inside a sentence: "(Instagram: pia.p)", "Benutzername lautet: x". Colon required. */
/** Longest ending a word may carry glued to a colon ("ID:t", "ID:ja"): no handle is read there. */
const MAX_GLUED_ENDING = 2;
const INLINE_LABEL = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])${LABEL_WORDS}|${JAPANESE_LABEL})\**\s*(?:(?:is|es|est|ist|lautet|é|è|luidt)\s*)?(?:[:=]|(?<=\s)[–—])[ \t]*([^\n]*)`,
  'giu',
);

const KW = String.raw`(?:user\s*name|handle|account(?:\s+name)?|name|id|profile|page)`;
/** A word; patterns that start with one anchor it with `(?<!\S)` so a long word is scanned once, not once per letter. */
const TOKEN = String.raw`(\S+)`;
/**
 * "username jess_k": the label and the word, no "is" and no colon between. A plain word there is
 * as often the sentence going on ("username dena bhool gaya", "my username completely"), so only
 * a word shaped like a handle is read.
 */
const BARE_LABEL = new RegExp(String.raw`\b(?:user[ \t]*name|handle)[ \t]+(?:is[ \t]+)?${TOKEN}`, 'giu');
const SENTENCES: ReadonlyArray<readonly [RegExp, number]> = [
  [new RegExp(String.raw`\b(?:my|our)\s+(?:instagram|insta|ig|gram)(?:\s+${KW})?(?:\s+(?:is|was)|\s*[=:]|\s+[-–—])\s+(?:called\s+|named\s+|just\s+)?${TOKEN}`, 'giu'), 85],
  [new RegExp(String.raw`\bmy\s+(?:user\s*name|user|handle|account(?:\s+(?:name|handle))?|profile(?:\s+name)?)(?:\s+on\s+(?:instagram|insta|ig)|\s+there)?(?:\s+(?:is|was)|\s*[=:]|\s+[-–—])\s+(?:called\s+|named\s+|just\s+)?${TOKEN}`, 'giu'), 85],
  // "my @ is x", "my IG @ is x", "mi @ es x", "mon @ c'est x": the @ sign standing for the handle.
  [new RegExp(String.raw`(?<![\p{L}])(?:my|mi|mon|mein|meu|mio|mijn)\s+(?:(?:instagram|insta|ig)\s+)?@\s+(?:on\s+(?:instagram|insta|ig)\s+)?(?:is\s+|es\s+|est\s+|c['’]est\s+|ist\s+|é\s+|è\s+|=\s*|:\s*)${TOKEN}`, 'giu'), 85],
  [new RegExp(String.raw`\b(?:i'?m|i\s+am|i\s+go\s+by)\s+${TOKEN}\s+on\s+(?:instagram|insta|ig)\b`, 'giu'), 85],
  [new RegExp(String.raw`\b(?:mi|el)\s+(?:nombre\s+de\s+)?(?:usuario|cuenta|perfil|instagram)(?:\s+(?:de|en)\s+instagram)?\s+(?:es|se\s+llama)\s+${TOKEN}`, 'giu'), 85],
  [new RegExp(String.raw`\b(?:mon|le)\s+(?:nom\s+d['’](?:utilisateur|usager)|compte|pseudo|identifiant|profil|instagram|insta|ig)(?:\s+(?:instagram|insta))?\s+(?:est|c['’]est|c)\s+${TOKEN}`, 'giu'), 85],
  // "Mein Name ist Tobi" names the person, not the account: the name only with the platform ("mein Name bei Insta ist x").
  [new RegExp(String.raw`\b(?:mein|der)\s+(?:(?:instagram[\s-]*)?(?:benutzername|nutzername|konto|account|profil|handle|instagram|insta)|instagram[\s-]*name|name(?=\s+(?:bei|auf)\s))(?:\s+(?:bei|auf)\s+(?:instagram|insta|ig))?\s+(?:lautet|ist|heißt)\s+${TOKEN}`, 'giu'), 85],
  [new RegExp(String.raw`\b(?:meu|o)\s+(?:nome\s+de\s+)?(?:usu[aá]rio|perfil|instagram|conta)(?:\s+(?:do|no)\s+instagram)?\s+(?:é|e)\s+${TOKEN}`, 'giu'), 85],
  [new RegExp(String.raw`\b(?:account|profile|user\s*name|handle)\s+(?:called|named)\s+${TOKEN}`, 'giu'), 75],
  [new RegExp(String.raw`\bunder\s+(?:the\s+)?(?:user\s*name|handle|name|account)\s+${TOKEN}`, 'giu'), 75],
  [new RegExp(String.raw`\b(?:account|profile|user\s*name|handle|user|instagram)\s+["“‘'](\S+?)["”’']`, 'giu'), 75],
  // A quoted word after the account in any language, a linking verb allowed between:
  // 'the account is "x"', 'mi cuenta "x"', 'l'account è "x"', 'a conta é "x"'.
  [new RegExp(String.raw`(?<![\p{L}])(?:account|profile|user\s*name|handle|cuenta|perfil|usuario|conta|usu[aá]rio|profilo|utente|compte|profil|konto)(?:\s+(?:is|was|es|era|é|è|est|ist|lautet|=))?[\s:]*"(@?[^"\s]{1,40})"`, 'giu'), 82],
  // The one the person marks as theirs among several: "mine is @x", "delete mine: x", "my own account is x",
  // "Benim hesabım @x", "私の今のアカウント『x』".
  [new RegExp(String.raw`\b(?:mine|my\s+own(?:\s+(?:one|account|handle|profile))?|my\s+(?:current|actual|real|personal)\s+(?:one|account|handle|profile))(?:\s+is\s+|\s*[=:]\s*)${TOKEN}`, 'giu'), 88],
  [new RegExp(String.raw`(?<![\p{L}])benim\s+(?:(?:asıl|kendi|şimdiki|güncel)\s+)?(?:hesab[ıi]m|kullan[ıi]c[ıi]\s+ad[ıi]m)\s+(?:ise\s+)?${TOKEN}`, 'giu'), 88],
  [new RegExp(String.raw`私の[^"\n]{0,12}?(?:アカウント|ユーザー名|ID)[^"\n]{0,4}?"(@?[^"\s]{1,40})"`, 'giu'), 88],
  // "Instagram-account, te weten x", "Instagram-Konto, nämlich x": the account, then "namely".
  [new RegExp(String.raw`(?<![\p{L}])(?:instagram|insta|ig)(?:[\s-]*\p{L}+)?[\s,:]+(?:te\s+weten|namelijk|nämlich|à\s+savoir|namely|yani)\s+${TOKEN}`, 'giu'), 78],
  // The platform, up to two words naming the account in any language, then a quoted word:
  // 'Instagram-Konto "x"', 'compte Instagram "x"', 'Instagram hesabım "x"'.
  [new RegExp(String.raw`(?<![\p{L}])(?:instagram|insta|ig)(?:[\s-]+\p{L}+){0,2}[\s(]*"(@?[^"\s]{1,40})"`, 'giu'), 78],
  [new RegExp(String.raw`\b(?:instagram|insta|ig)\s+(?:account|user\s*name|handle|profile|page|user)(?:\s*[,(]\s*|\s+)(?:is\s+|of\s+|named\s+|called\s+)?${TOKEN}`, 'giu'), 70],
  [new RegExp(String.raw`\bfor\s+(?:the\s+|my\s+)?(?:instagram\s+|ig\s+)?(?:account|user|profile)\s+${TOKEN}`, 'giu'), 70],
  // Same line only: "your.handle" at a line's end must not take the next line's first word.
  [BARE_LABEL, 65],
  // Italian
  [new RegExp(String.raw`(?<![\p{L}])(?:il\s+)?mio\s+(?:nome\s+utente|username|account|profilo|instagram|handle|nickname)(?:\s+(?:di\s+|su\s+)?instagram)?\s+(?:è|e|é)\s+(?:@\s+)?${TOKEN}`, 'giu'), 85],
  [new RegExp(String.raw`(?<![\p{L}])(?:sono|mi\s+chiamo)\s+${TOKEN}\s+su\s+(?:instagram|insta|ig)\b`, 'giu'), 85],
  [new RegExp(String.raw`(?<![\p{L}])(?:account|profilo|utente)\s+(?:instagram\s+)?(?:chiamato|denominato|di\s+nome)\s+${TOKEN}`, 'giu'), 75],
  // Dutch
  [new RegExp(String.raw`\bmijn\s+(?:instagram[\s-]*)?(?:gebruikersnaam|accountnaam|account|profiel|naam|instagram|insta|handle|username)(?:\s+(?:op|bij|van)\s+instagram)?\s+(?:is|luidt|heet)\s+${TOKEN}`, 'giu'), 85],
  [new RegExp(String.raw`\bik\s+ben\s+${TOKEN}\s+op\s+(?:instagram|insta|ig)\b`, 'giu'), 85],
  [new RegExp(String.raw`\b(?:account|profiel|gebruiker)\s+(?:met\s+de\s+naam|genaamd|met\s+(?:de\s+)?gebruikersnaam)\s+${TOKEN}`, 'giu'), 75],
  // Turkish: "Instagram kullanıcı adım ayse.k", "ayse.k adlı hesabım"
  [new RegExp(String.raw`(?<![\p{L}])(?:kullan[ıi]c[ıi]\s+ad[ıi]m|hesab[ıi]m[ıi]n\s+ad[ıi]|hesap\s+ad[ıi]m)\s+(?:ise\s+)?${TOKEN}`, 'giu'), 85],
  [new RegExp(String.raw`(?<!\S)${TOKEN}\s+(?:kullan[ıi]c[ıi]\s+adl[ıi]|adl[ıi]|isimli)\s+(?:instagram\s+)?(?:hesa|profil)`, 'giu'), 80],
  // Japanese (after search-text spacing): "ユーザー名は hanako_t です", "インスタでは yuki.t です", "@hanako_t というアカウント"
  [new RegExp(String.raw`(?:ユーザー名|ユーザーネーム|ユーザ名|アカウント名|アカウント|ID|インスタグラム|インスタ|instagram)\s*(?:では|は|が)\s*${TOKEN}`, 'giu'), 85],
  [new RegExp(String.raw`(?<!\S)${TOKEN}\s+(?:という|と言う|の)\s*(?:インスタ(?:グラム)?の?)?(?:アカウント|ユーザー)`, 'giu'), 75],
  [new RegExp(String.raw`(?:アカウント|ユーザー名|ユーザー|インスタグラム|インスタ)\s*["“‘'](\S+?)["”’']`, 'giu'), 75],
  // "My Instagram username is below:" and the handle alone on a following line.
  [new RegExp(String.raw`\b(?:user\s*name|handle|instagram|insta|ig)\b[^\n]{0,40}?\b(?:below|as\s+follows|the\s+following|here)[ \t]*[:.!]?[ \t]*\n(?:[ \t]*\n)*[ \t]*${TOKEN}[ \t]*(?:\n|$)`, 'giu'), 80],
];

/**
 * Weak shapes, used only when the word looks like a handle (has @ . _ or a
 * digit), because the words around them are often ordinary nouns:
 * "ig is jess_k", "jess_k on instagram", "1) jess_k 2) delete my data".
 */
const SHAPED: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:instagram|insta|ig)(?:\s+${KW})?\s+is\s+${TOKEN}`, 'giu'),
  new RegExp(String.raw`(?<!\S)\(?${TOKEN}\s+on\s+(?:instagram|insta|ig)\b`, 'giu'),
  new RegExp(String.raw`(?:^|\s)\(?1[.)]\s+${TOKEN}\s+\(?[23][.)]`, 'giu'),
  new RegExp(String.raw`\b(?:it['’]?s|it\s+is|that['’]?s)\s+${TOKEN}`, 'giu'),
  // "I logged in with Instagram as jess_k", "connected my IG as jess_k"
  new RegExp(String.raw`\b(?:instagram|insta|ig)\s+(?:account\s+)?as\s+${TOKEN}`, 'giu'),
  // "delete my data, account irene.n", "IG jess_k"
  new RegExp(String.raw`\b(?:instagram|insta|ig)\s+${TOKEN}`, 'giu'),
  new RegExp(String.raw`\b(?:account|profile|user)\s+${TOKEN}`, 'giu'),
  // A quoted handle, then the platform (a short preposition between): 'a „x” Instagram-fiókom', '«x» в Instagram', '"x" Instagram hesabım'.
  new RegExp(String.raw`["“”„«»‹›](@?[a-z0-9._]{1,30})["“”„«»‹›][ \t-]*(?:\p{L}{1,3}[ \t]+)?(?:instagram|insta|ig)(?![\p{L}\p{N}])`, 'giu'),
];
const HANDLE_SHAPE = /^@|[._0-9]/;

/**
 * "insta is jaydenfitzz 🙏", "insta - tyleroconnor": the platform, "is" or a dash, then a plain
 * word in small letters read only when it closes its line and is no word people say of the platform ("insta is down").
 */
const LOOSE_PLATFORM = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:instagram|insta|ig)[ \t]+(?:is|[-–—])[ \t]+${TOKEN}`, 'giu');

/**
 * A line holding nothing but one handle-like word ("1. alice.smith", "@bob"):
 * how people answer our three numbered points. Plain names ("Alice") are too
 * common in sign-offs, so the word needs a list marker, an @, or . _ digits.
 */
const LONE_WORD = /^[ \t]*(?:(\(?\d{1,2}[.)]|[-*•])[ \t]*)?(@?[^\s@]+)[ \t]*$/gmu;

/** The rules that read a word written with its @, and their weight outside a signature or a "follow us" line. */
const MENTION_RULES: ReadonlyMap<string, number> = new Map([['username.mention', 80], ['username.stray-mention', 50]]);
const MENTION = /(?<![\p{L}\p{N}\p{M}._@+\-/=&#:])@(\S+)/gu;
const MENTION_CONTEXT = /instagram|\binsta\b|\big\b|user\s*name|handle|account|usuario|cuenta|compte|konto|conta|perfil|profil|utente|gebruiker|kullan[ıi]c[ıi]|hesab|hesap|ユーザー|アカウント|インスタ/iu;
const LINK = /(?:instagram\.com|instagr\.am)\/(?:_u\/)?([^\s?#"'<>)\]/]+)/gi;
const SUBJECT_TAIL =
  /(?:request|deletion|delete|removal|data|erasure|cancellazione|dati|verwijdering|verwijderen|gegevens|silme|talebi|eliminación|datos|suppression|données|löschung|daten|exclusão|dados)\s*(?:for|per|voor|para|pour|für|için|[:\-–—|])\s*(\S+)\s*$/iu;

/** The weight of the handle a mail written for another person gives that person: as high as a labelled line's, so the one written first wins. */
const ON_BEHALF = 100;

export function findInstagramUsername(
  visibleText: string,
  subject: string,
  ownHandles: readonly string[] = ['pickrtech'],
): string | null {
  return findUsernameWithRule(visibleText, subject, ownHandles)?.handle ?? null;
}

/** The handle and which rule found it; null when none (or the strongest mention is a spoof). */
export function findUsernameWithRule(
  visibleText: string,
  subject: string,
  ownHandles: readonly string[] = ['pickrtech'],
  /** The mail answers our own mail: the one handle-shaped word of a short answer is its handle. */
  answersBot = false,
  /**
   * The sender's own words when they pass the mail on for a relative, else null: the handle they
   * give her is hers, when the mail names none of its own.
   */
  passedOn: () => string | null = () => null,
): FoundUsername | null {
  // "ｈａｒｕｋａ＿ｍｏｒｉ．８４" typed on a CJK keyboard is the ASCII handle it maps to.
  const text = searchableText(asciiHandleLetters(visibleText));
  const title = searchableText(asciiHandleLetters(subject));
  // "don't touch @x, it's my sister's now": a handle left alone is another person's, never one to erase.
  // "smažte data jen u @x", "delete the data only for @x": of the several accounts named, the one the erasure is narrowed to,
  // even where a hands-off phrase of the same clause seems to reach it ("@x และ @y ... @y อย่าแตะ ... ลบข้อมูลเฉพาะ @x").
  const only = handleNamedOnly(text, ownHandles);
  const alone = handlesLeftAlone(text, ownHandles);
  if (only !== null) alone.delete(only);
  const mayErase = (h: string | null): boolean => h === null || !alone.has(h);
  const pickErasable = (cs: Candidate[]): FoundUsername | null => pick(alone.size === 0 ? cs : cs.filter((c) => mayErase(c.handle)));
  // "my friend @lily.b", "Min kæreste (@freja.h)": another person's handle is never the requester's.
  const others = new Map([...handlesOfOthersAt(text, ownHandles)].filter(([h]) => mayErase(h)));
  const body = collect(text, ownHandles, 0);
  // A handle the body writes with its @ ("contul meu de Instagram @x"), outside a signature, beats whatever the subject's words seem to name.
  const atInBody = body.some((c) => c.handle !== null && mayErase(c.handle) && !others.has(c.handle) && MENTION_RULES.get(c.rule) === c.priority);
  const candidates = atInBody ? body : [...body, ...collect(title, ownHandles, 5)];
  if (only !== null) add(candidates, only, 99, 0, ownHandles, 'username.only-this');
  // A reply that is just one word ("jesskim") answers "what is your username?"; "Danke!" under
  // "Re: Your deletion request" thanks, and "danke" is someone else's account.
  const whole = text.trim();
  if (whole !== '' && !/\s/.test(whole) && !isThanksWord(whole)) add(candidates, whole, 35, 0, ownHandles, 'username.one-word-reply');
  // "klar, das ist anna.k_b", "Oui, c'est claire.d" in answer to "what is your username?": the one handle-shaped word of a few.
  const answered = answersBot ? answerHandleWord(text) : null;
  if (answered !== null) add(candidates, answered, 60, text.indexOf(answered), ownHandles, 'username.answer-word');
  // The handle is the subject's last word: only its end is searched, so a long subject is read once.
  const tail = atInBody ? null : SUBJECT_TAIL.exec(title.trimEnd().slice(-200));
  if (tail?.[1]) add(candidates, tail[1], 45, 1e9, ownHandles, 'username.subject');
  else if (!atInBody) {
    const dashed = dashedSubjectHandle(title);
    if (dashed !== null) add(candidates, dashed, 45, 1e9, ownHandles, 'username.subject');
  }
  if (others.size > 0 && writesOnBehalf(text)) {
    // A mail written on behalf of a relative ("בשם אמא שלי", "im Namen meiner Mutter") asks to erase
    // hers: the handle the words give her ("Konto mojej mamy na Instagramie: x") is the one meant, over any
    // the writer labels without naming whose ("Team Lichtblick (Instagram: @x)", an agency's own page).
    for (const [h, at] of others) add(candidates, h, ON_BEHALF, at, ownHandles, 'username.on-behalf');
    return pickErasable(candidates);
  }
  const own = pickErasable(others.size === 0 ? candidates : candidates.filter((c) => c.handle === null || !others.has(c.handle)));
  const sender = own !== null || others.size === 0 ? null : passedOn();
  if (sender === null) return own;
  // Passed on for a relative ("母に頼まれて転送します。母のインスタは @x"): the handle the sender's words give her,
  // when the mail names none of its own; her forwarded words ("my friend @y") name a third person's.
  const given = handlesOfOthersAt(searchableText(asciiHandleLetters(sender)), ownHandles);
  const theirs: Candidate[] = [];
  for (const [h, at] of others) if (given.has(h)) add(theirs, h, 85, at, ownHandles, 'username.on-behalf');
  return pickErasable(theirs);
}

/**
 * The last word of a subject after a dash, a bar or a colon: "מחיקת נתונים - dana.l", "Διαγραφή δεδομένων | nikos_7",
 * and after a colon written against its word: "Ștergere date: ioana.d", "Ștergere date - user: ioana.d".
 */
const DASHED_TAIL = /(?:\s[-–—|:]|(?<=[\p{L}\p{N}]):)\s*(\S+)\s*$/u;

/**
 * A subject in any language that names erasure, data or the account before a dash or a colon and ends with a handle-like
 * word (with a dot, an underscore or a digit, so "Usunięcie danych - pilne" names none): the
 * subject's handle, as {@link SUBJECT_TAIL} reads it in the nine languages with hand-written rules.
 */
function dashedSubjectHandle(title: string): string | null {
  const end = title.trimEnd().slice(-200);
  const m = DASHED_TAIL.exec(end) ?? labelledTail(end);
  if (!m?.[1] || !/[._\d]/u.test(m[1]) || !/\p{L}/u.test(m[1])) return null;
  const words = wordsIn(end.slice(0, m.index));
  return words.has('erase') || words.has('data') || words.has('account') ? m[1] : null;
}

/** After the dash, the word for the account and the handle: "Smazání dat - účet x", "Usunięcie danych - konto x". */
const LABELLED_TAIL = /\s[-–—|]\s*(\S+(?: \S+)?) (\S+)$/u;

/** {@link DASHED_TAIL}'s reading of a subject whose handle follows a username label of any pack. */
function labelledTail(end: string): { 1: string; index: number } | null {
  const m = LABELLED_TAIL.exec(end);
  return m?.[1] && m[2] && isUsernameLabel(m[1]) ? { 1: m[2], index: m.index } : null;
}

function pick(candidates: Candidate[]): FoundUsername | null {
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (c.handle === null && !c.lookalike) continue;
    if (!best || c.priority > best.priority || (c.priority === best.priority && c.order < best.order)) best = c;
  }
  if (!best?.handle) return null;
  const confidence: Confidence = best.priority >= 85 ? 'high' : best.priority >= 60 ? 'medium' : 'low';
  return { handle: best.handle, rule: best.rule, confidence };
}

function add(out: Candidate[], raw: string, priority: number, order: number, own: readonly string[], rule: string): void {
  const verdict = judgeChunk(raw, own);
  out.push({ priority, order, handle: verdict.ok ? verdict.handle : null, lookalike: !verdict.ok && verdict.lookalike, rule });
}

/** A signature's separator: "-- ", a rule of dashes, underscores or box-drawing lines. */
const SIGNATURE_RULE = /^[ \t]*(?:--[ \t]*|[━─═_=\-–—*~]{5,}[ \t]*)$/mu;

/**
 * A handle in the signature block is most often a business's page ("Instagram: @studio_x"),
 * so one found in the body before it wins; it is still used when it is the only one.
 */
function demoteSignature(out: Candidate[], text: string, offset: number): Candidate[] {
  const rule = SIGNATURE_RULE.exec(text);
  if (!rule || rule.index === 0) return out;
  const start = offset + rule.index;
  return out.map((c) => (c.order >= start && c.order < offset + 1e7 ? { ...c, priority: c.priority - 25 } : c));
}

/** How far a trailing business block's handles fall: below the body's own "Username is x" (65). */
const BLOCK_DEMOTION = 40;

/**
 * A trailing block after a name line, without "-- " ("Ricky Alvarez / Alvarez Roofing LLC | Austin,
 * TX / IG: @alvarezroofing / a booking link"), is the sender's business: its handles rank below
 * the body's own words ("Username is ricky.alv74 ."); one is still used when it is the only one.
 */
function demoteTrailingBlock(out: Candidate[], text: string, offset: number): Candidate[] {
  const start = trailingBlockStart(text.slice(0, 100_000));
  if (start === null) return out;
  return out.map((c) => (c.order >= offset + start && c.order < offset + 1e7 ? { ...c, priority: c.priority - BLOCK_DEMOTION } : c));
}

/** "Follow us on Instagram @x", "Seguici su Instagram", "Síguenos": a brand's page the sender promotes. */
const FOLLOW_US = /^.*\b(?:follow\s+(?:us|me)|s[ií]guenos|siga-nos|sigam-nos|seguici|seguiteci|suivez-nous|folgt\s+uns|folge\s+uns|volg\s+(?:ons|mij)|bizi\s+takip)\b.*$/gimu;

/** A handle on a "follow us" line ranks behind one the person names as the account; it is still used when alone. */
function demoteFollowUs(out: Candidate[], text: string, offset: number): Candidate[] {
  const spans = [...text.matchAll(FOLLOW_US)].map((m) => [offset + m.index, offset + m.index + m[0].length] as const);
  if (spans.length === 0) return out;
  return out.map((c) => (insideSpan(spans, c.order) ? { ...c, priority: c.priority - 25 } : c));
}

/** Whether `at` lies in one of `spans` (in order, not overlapping): a binary search, so many spans stay cheap. */
function insideSpan(spans: ReadonlyArray<readonly [number, number]>, at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = spans[mid]!;
    if (at < a) hi = mid - 1;
    else if (at >= b) lo = mid + 1;
    else return true;
  }
  return false;
}

function collect(text: string, own: readonly string[], penalty: number): Candidate[] {
  const offset = penalty > 0 ? 1e8 : 0;
  const found = withoutLinkWords(withoutOtherPlatforms(collectAll(text, own, penalty), text, offset), text, offset);
  return demoteFollowUs(demoteTrailingBlock(demoteSignature(found, text, offset), text, offset), text, offset);
}

/**
 * A word found inside a web address ("<https://mail.onelink.me/1?pid=nativeplacement>") is the
 * address's, never the handle; an Instagram profile link is read by its own rule, which is kept.
 */
function withoutLinkWords(out: Candidate[], text: string, offset: number): Candidate[] {
  const spans = linkSpans(text.slice(0, 100_000));
  if (spans.length === 0) return out;
  const shifted = spans.map(([a, b]) => [offset + a, offset + b] as const);
  return out.filter((c) => c.rule === 'username.link' || !insideSpan(shifted, c.order));
}

/** "LINE ID: x", "Telegram: @x": another platform's ID, given to reach the person, is never the Instagram handle. */
function withoutOtherPlatforms(out: Candidate[], text: string, offset: number): Candidate[] {
  const spans = otherPlatformSpans(text.slice(0, 100_000));
  if (spans.length === 0) return out;
  const shifted = spans.map(([a, b]) => [offset + a, offset + b] as const);
  return out.filter((c) => !insideSpan(shifted, c.order));
}

function collectAll(text: string, own: readonly string[], penalty: number): Candidate[] {
  const out: Candidate[] = [];
  // A line that tries to instruct us ("ignore previous instructions ... @x") offers no handle at all.
  const source = text.slice(0, 100_000).replace(/^.*\b(?:ignore|disregard)\b.{0,40}\b(?:instructions?|above|previous|prior)\b.*$/gim, '');
  const offset = penalty > 0 ? 1e8 : 0;
  labelled(source, own, out, penalty, offset);
  for (const m of source.matchAll(INLINE_LABEL)) {
    if (subjectGoesOn(m[0], m[1] ?? '')) continue;
    const value = labelValue(m[1] ?? '');
    // "tili-ID:t", "URL:ja": a letter or two glued to the colon is the word's own ending (Finnish, Swedish), never a handle.
    if (value.length <= MAX_GLUED_ENDING && /[:=]$/u.test(m[0].slice(0, m[0].length - (m[1] ?? '').length))) continue;
    add(out, value, 95 - penalty, offset + m.index, own, 'username.inline-label');
  }
  for (const m of source.matchAll(LINK)) {
    const path = (m[1] ?? '').toLowerCase();
    if (!RESERVED_PATHS.has(path)) add(out, path, 90 - penalty, offset + m.index, own, 'username.link');
  }
  for (const [pattern, priority] of SENTENCES) {
    for (const m of source.matchAll(pattern)) {
      const word = m[1] ?? '';
      const plain = !HANDLE_SHAPE.test(trimEndOf(word, '.,;:!?)'));
      if (plain && ((pattern === BARE_LABEL && !/\sis\s/i.test(m[0])) || runsOn(source, m.index + m[0].length, m[0], word))) continue;
      add(out, word, priority - penalty, offset + m.index, own, 'username.sentence');
    }
  }
  // The same in the words of every language pack: "mój nick na insta to x", "我的ins是x", "insta hesabım x".
  // "Το όνομα χρήστη του είναι x" (his username): another person's, read only in a mail written for a child or a relative.
  let forOther: boolean | undefined;
  for (const h of handlesAfterPhrases(source)) {
    if (h.theirs && !(forOther ??= writesForOwnChild(source) || writesOnBehalf(source))) continue;
    // A handle right after the account word ranks just behind one the person names as theirs, ahead of an @mention ("Follow us: @new").
    add(out, h.word, (h.own ? 88 : h.afterAccount ? 84 : h.shaped ? 85 : 75) - penalty, offset + h.at, own, h.afterAccount ? AFTER_ACCOUNT : 'username.sentence');
  }
  // The handle before the account word: "a kiss_g97 fiókhoz", "soo.min_7 계정의", "the tom.h account".
  for (const h of handlesBeforeAccount(source)) add(out, h.word, 85 - penalty, offset + h.at, own, 'username.sentence');
  for (const m of source.matchAll(LOOSE_PLATFORM)) {
    const word = trimEndOf(m[1] ?? '', '.,;:!?)');
    if (!HANDLE_SHAPE.test(word) && word === word.toLowerCase() && !isCommonWord(word) && endsItsLine(source, m.index + m[0].length)) {
      add(out, word, 70 - penalty, offset + m.index, own, 'username.sentence');
    }
  }
  for (const pattern of SHAPED) {
    for (const m of source.matchAll(pattern)) {
      const word = m[1] ?? '';
      if (HANDLE_SHAPE.test(trimEndOf(word, '.,;:!?)'))) add(out, word, 60 - penalty, offset + m.index, own, 'username.shaped-word');
    }
  }
  for (const m of source.matchAll(LONE_WORD)) {
    const word = m[2] ?? '';
    if (m[1] || /^@|[._0-9]/.test(trimEndOf(word, '.,;:!?'))) add(out, word, 40 - penalty, offset + m.index, own, 'username.lone-word');
  }
  for (const m of source.matchAll(MENTION)) {
    const { before, after } = lineAround(source, m.index, m.index + m[0].length);
    const line = `${before}${m[0]}${after}`;
    const context = MENTION_CONTEXT.test(line);
    add(out, `@${m[1] ?? ''}`, (context ? 80 : 50) - penalty, offset + m.index, own, context ? 'username.mention' : 'username.stray-mention');
  }
  return out;
}

/** The platform alone before a dash: "Instagram – ", "insta — ". */
const PLATFORM_DASH = /^(?:instagram|insta|ig)\**\s*[–—]$/iu;

/**
 * Whether an inline label is the platform's name, a dash and a plain word that runs on into its
 * line ("Cerere ștergere date Instagram – confirmarea la x@y"): the sentence going on, no handle.
 * A handle-shaped word ("Instagram – ana.k") or one closing its line is still read.
 */
function subjectGoesOn(matched: string, value: string): boolean {
  if (!PLATFORM_DASH.test(matched.slice(0, matched.length - value.length).trimEnd())) return false;
  const words = value.trim().split(/\s+/, 2);
  return words.length > 1 && !HANDLE_SHAPE.test(trimEndOf(words[0] ?? '', '.,;:!?)'));
}

/** Another word of the same sentence right after: "mon compte est vide maintenant", "il mio account e tutte le foto". */
const SENTENCE_GOES_ON = /^[ \t]+[\p{L}\p{N}]/u;

/**
 * Whether the word a sentence pattern ends on (`word`, the end of `matched`) runs on into its
 * sentence: no closing mark on it, and a word follows on the same line. Such a plain word is an
 * adjective, an adverb or a pronoun of the sentence, not the handle it names.
 */
function runsOn(source: string, end: number, matched: string, word: string): boolean {
  if (!matched.endsWith(word) || /[.,;:!?)"'”’»]$/u.test(word)) return false;
  return SENTENCE_GOES_ON.test(source.slice(end, end + 4));
}

function labelled(source: string, own: readonly string[], out: Candidate[], penalty: number, offset: number): void {
  const lines = source.split('\n');
  let position = 0;
  lines.forEach((line, i) => {
    const m = LABEL.exec(line) ?? BRACKET_LABEL.exec(line);
    const value0 = m ? (m[1] ?? '') : packLabelValue(line);
    if (value0 !== null) {
      let value = value0.trim();
      if (value === '') {
        // "Instagram username:" on its own line, the handle on the next one.
        const next = lines.slice(i + 1, i + 4).find((l) => l.trim() !== '')?.trim() ?? '';
        if (next.split(/\s+/).length <= 3) value = next;
      }
      const first = labelValue(value);
      if (first !== '') add(out, first, 100 - penalty, offset + position, own, 'username.labelled-line');
    }
    position += line.length + 1;
  });
}

/** Bullets, numbers and marks people put before a labelled line ("- ", "1) ", "• "). */
const LINE_MARKS = ' \t*•·-–.)(■□●○◆◇▶0123456789';

/**
 * The value after a label of any language of the packs ("Nazwa użytkownika: x", "Имя
 * пользователя: x", "用户名：x"), or null when the line starts with no such label.
 */
function packLabelValue(line: string): string | null {
  let i = 0;
  while (i < line.length && i < 20 && LINE_MARKS.includes(line[i]!)) i++;
  const l = lineLabel(line.slice(i));
  return l !== null && isUsernameLabel(l.label) ? l.rest : null;
}

/**
 * The word a label points at. After a plain name ("Instagram name: Jess Kim
 * (@jesskim)") the @handle is meant; otherwise the first word is, so
 * "jane_doe (not @jane_old)" stays jane_doe; after "now" ("aktuell heißt es x (früher y)") the
 * first handle-shaped word is.
 */
function labelValue(value: string): string {
  const words = value.trim().split(/\s+/);
  const renamed = handleAfterNow(words);
  if (renamed !== null) return renamed;
  const first = words[0] ?? '';
  // "confirmarea la x@y.ro", "Bestätigung an x@y.de": the word asks for the confirmation at the address, it names no account.
  if (placesAddressNext(value.trimStart().slice(first.length))) return '';
  const second = words[1] ?? '';
  const mention = /(?:^|[\s(])(@\S+)/.exec(value)?.[1];
  const startsWithName = /^\p{Lu}\p{Ll}+$/u.test(first) && /^\p{Lu}\p{Ll}+$/u.test(second);
  return mention && startsWithName ? mention : first;
}
