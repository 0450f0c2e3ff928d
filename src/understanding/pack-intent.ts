/**
 * A deletion wish read by a language pack's words alone, for the languages without
 * hand-written rules (`deletion-intent.ts` reads the others). A sentence counts when, in one
 * language, it holds an erasure word and a data or account word, speaks for the person (a
 * first-person word: "moje", "мои", "saya"; the erasure verb first, an imperative: "Usuńcie
 * moje dane", "Удалите мой аккаунт"; or a handle the mail names, as languages that say "my
 * data" with a suffix do: "poistakaa tietoni"), and holds none of that language's opposite or
 * question words, no negation in the clause of the erasure word, no question mark, and no other
 * company (Facebook, Google...). Anything less is left to the signs of a request, which send
 * the mail to staff rather than drop it.
 */
import { buildMatcher, fold, type MatcherWord, type WordHit } from './languages/registry.js';
import { asksWhatIf } from './what-if.js';
import { governingClauses, governedRefusal } from './complement-clause.js';
import { CLAUSE_MARKS, clauses, insideAsk, NEAR_UNSPACED, negationBeside, opensWithErasure, readSentence, type ReadSentence } from './request-signals.js';
import { turnToNow } from './turn-to-now.js';
import { wordWindow } from './word-window.js';
import { QUESTION_MARKS } from './question-mark.js';

export interface PackWish {
  /** The sentence as written. */
  statement: string;
  /** The language whose words read it. */
  lang: string;
  /** It asks in so many words: a please or a "can you" of its language, or the erasure verb first. */
  asks: boolean;
  /**
   * The whole sentence, when the wish is one part of a run-on sentence whose other parts complain
   * ("…, which means you did not delete it, so: delete all my data, …"): a negation beside an
   * erasure word there refuses nothing the wish asks. Absent when the whole sentence is the wish.
   */
  runOn?: string;
}

/** Why a sentence with erasure and data words of a language was not read as a wish. */
export interface PackRefusal {
  lang: string;
  reason: 'negation' | 'question' | 'opposite' | 'other-company' | 'content' | 'not-first-person';
  word: string | null;
  sentence: string;
}

export interface PackReading {
  wish: PackWish | null;
  /** The first refusal, for staff: "a Polish question word ('czy')". */
  refusal: PackRefusal | null;
}

/**
 * Other companies, named alike in every language (with the spellings of other scripts). Names of
 * five letters or more are stems, for the case endings of the languages that decline them
 * ("Facebooku", "Фейсбуке"; the Ukrainian "Фейсбуці" is listed).
 */
const COMPANIES = [
  'facebook', 'fb', 'meta', 'whatsapp', 'google', 'gmail', 'tiktok', 'twitter', 'snapchat', 'youtube', 'linkedin',
  'pinterest', 'amazon', 'microsoft', 'apple', 'threads', 'telegram', 'фейсбук', 'фейсбуц', 'гугл', 'вотсап', 'ватсап',
  'тикток', 'тікток', 'телеграм', 'פייסבוק', 'גוגל', 'טיקטוק',
  'فيسبوك', 'فيس بوك', 'جوجل', 'واتساب', 'تيك توك', 'فیسبوک', 'φέισμπουκ', '페이스북', '구글', '틱톡', '脸书', '臉書', '谷歌', '抖音',
  'フェイスブック', 'グーグル', 'เฟซบุ๊ก', 'เฟสบุ๊ค', 'वॉट्सऐप', 'फेसबुक', 'फ़ेसबुक', 'व्हाट्सएप', 'व्हाट्सऐप', 'गूगल', 'टिकटॉक',
  'यूट्यूब', 'واتساپ', 'گوگل', 'تیک تاک', 'تلگرام', 'יוטיוב', 'וואטסאפ', 'ווטסאפ', 'واتس اب', 'واتس',
];
const NO_SPACES = /[\u3040-\u30ff\u3400-\u9fff\u0e00-\u0e7f\uac00-\ud7af]/u;
/** Scripts whose words take prefixes ("الفيسبوك", "بالواتساب", "בפייסבוק"): their names match anywhere. */
const PREFIXED = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}]/u;
const companies = buildMatcher<null>(
  COMPANIES.map((c): MatcherWord<null> => {
    const anywhere = NO_SPACES.test(c) || PREFIXED.test(c);
    return { word: fold(c), tag: null, whole: !anywhere && [...c].length < 5, anywhere };
  }),
);
/**
 * Posts, photos, stories and comments, in the words of the languages read by their packs (and
 * the loanwords they share): deleting one of them is no request to erase the person's data. Whole
 * words, so "post" is not the Polish "postanowiłem"; words of scripts written without spaces, and
 * Arabic, Hebrew and Devanagari words, which take prefixes ("הפוסט", "والصورة"), match anywhere.
 */
const CONTENT = [
  'post', 'posts', 'posty', 'postu', 'postów', 'postare', 'postarea', 'postări', 'postările', 'postingan', 'unggahan',
  'příspěvek', 'příspěvku', 'příspěvky', 'inlägg', 'inlägget', 'opslag', 'opslaget', 'innlegg', 'innlegget', 'julkaisu',
  'julkaisun', 'bejegyzés', 'bejegyzést', 'poszt', 'posztot', 'пост', 'поста', 'посты', 'постов', 'публикацию',
  'публікацію', 'допис', 'ανάρτηση', 'ανάρτησή', 'δημοσίευση', 'bài đăng', 'bài viết', 'foto', 'fotka', 'fotku',
  'fotky', 'zdjęcie', 'zdjęcia', 'bild', 'bilden', 'bilder', 'billede', 'billedet', 'bildet', 'kuva', 'kuvan', 'kép',
  'képet', 'fotografie', 'fotografia', 'poză', 'poza', 'фото', 'фотографию', 'фотографію', 'φωτογραφία', 'ảnh',
  'story', 'stories', 'reel', 'reels', 'video', 'videos', 'видео', 'відео', 'komentarz', 'комментарий', 'коментар',
  'caption', '帖子', '照片', '动态', '貼文', '贴文', 'โพสต์', 'รูปภาพ', '게시물', '사진', '포스트', 'پست', 'عکس',
  'منشور', 'صورة', 'פוסט', 'תמונה', 'पोस्ट', 'फोटो', 'फ़ोटो',
];
const content = buildMatcher<null>(
  CONTENT.map((c): MatcherWord<null> => {
    const anywhere = NO_SPACES.test(c) || /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}]/u.test(c);
    return { word: fold(c), tag: null, whole: !anywhere, anywhere };
  }),
);

/** Words that put the data on PickrTech's side even when another company is named. */
export const OUR_SIDE = buildMatcher<null>(['pickrtech', 'pickr'].map((w) => ({ word: w, tag: null, whole: false, anywhere: false })));


/**
 * Words that ask to be told, in the languages read by their packs (stems, at a word start; anywhere
 * in scripts written without spaces): "请问" (may I ask), "подскажите", "बताइए", "cho hỏi".
 */
const TELL_ME = [
  'подскажите', 'подскажи', 'скажите', 'объясните', 'підкажіть', 'підкажи', 'скажіть', 'поясніть', 'powiedz',
  'proszę o informację', 'chciałbym zapytać', 'chciałabym zapytać', 'chcialbym zapytac', 'poraďte', 'poradte',
  'řekněte', 'chtěl bych se zeptat', 'chtěla bych se zeptat', '请问', '請問', '想问', '想問', 'बताइए', 'बताइये',
  'बताएं', 'बताएँ', 'बता दीजिए', 'बता दें', 'batao', 'bataiye', 'bata dijiye', 'bata do', 'cho hỏi', 'cho em hỏi',
  'cho tôi hỏi', '告诉我', '告訴我', '알려주', '알려 주', 'mau tanya', 'numpang tanya', 'ingin bertanya', 'ขอถาม', 'อยากถาม', '여쭤', '궁금', 'berätta',
  'fortæl', 'fortell', 'kerro', 'kerrotteko', 'mondják meg', 'mondja meg', 'spuneți-mi', 'spuneti-mi', 'πείτε μου',
  'πειτε μου', 'أخبروني', 'اخبروني', 'ممكن أعرف', 'بگید', 'بگویید', 'תגידו', 'אפשר לשאול',
];
const tellMe = buildMatcher<null>(
  TELL_ME.map((w): MatcherWord<null> => ({ word: fold(w), tag: null, whole: false, anywhere: NO_SPACES.test(w) })),
);
/** The packs' `asks` words that only say please: in a question that asks to be told, they ask to be told. */
const PLEASE: ReadonlySet<string> = new Set(
  [
    'пожалуйста', 'будь ласка', 'proszę', 'prosze', 'prosím', 'prosim', 'कृपया', 'कृपा', 'please', 'plz', 'pls',
    'kripya', 'kripaya', 'vui lòng', 'làm ơn', 'xin', 'tolong', 'mohon', 'กรุณา', 'รบกวน', 'vänligen', 'snälla',
    'venligst', 'vennligst', 'kiitos', 'ystävällisesti', 'kérem', 'kérlek', 'vă rog', 'va rog', 'te rog', 'rog',
    'παρακαλώ', 'من فضلك', 'الرجاء', 'رجاء', 'لطفا', 'لطفاً', 'בבקשה', 'אנא', 'נא', '请', '請', '麻烦', '麻煩',
  ].map(fold),
);

/**
 * Whether the sentence asks us, by a pack's `asks` word of `lang`. In a question that asks to be
 * told ("Подскажите, пожалуйста, …?", "कृपया बताइए, …?") a please asks to be told, and the "请" of
 * "请问" (may I ask) is no please at all; "can you" ("可以帮", "можете") still asks.
 */
function asksUs(s: ReadSentence, lang: string): boolean {
  const asks = s.words.hits.filter((h) => h.kind === 'asks' && h.lang === lang);
  if (asks.length === 0) return false;
  if (!asksSomething(s)) return true;
  const tell = tellMe.scan(s.folded);
  if (tell.length === 0) return true;
  return asks.some((a) => !PLEASE.has(a.word) && !tell.some((t) => a.start >= t.start && a.end <= t.end));
}

/**
 * The first sentence read as a wish in one of `languages` (languages without hand-written
 * rules), or why the first candidate was not.
 */
export function findPackWish(
  read: readonly ReadSentence[],
  languages: (lang: string) => boolean,
  noSpaces: (lang: string) => boolean,
  /** Whether the mail names an Instagram handle with confidence: the person names their own account. */
  namesHandle: () => boolean,
  /**
   * The mail answers our own mail about the person's request: there a sentence that asks us
   * ("Kan dere ikke bare slette alt som er knyttet til denne e-postadressen?") asks for their own.
   */
  answersOurs = false,
): PackReading {
  const speaksFor: SpeaksFor = (s, lang) => namesHandle() || (answersOurs && asksUs(s, lang));
  let refusal: PackRefusal | null = null;
  for (const s of read) {
    for (const lang of s.words.languages('erase')) {
      if (!languages(lang)) continue;
      if (!(s.words.has('data', lang) || s.words.has('account', lang))) continue;
      const why = refuse(s, lang, noSpaces(lang), speaksFor);
      if (why === null) return { wish: { statement: clip(s.text), lang, asks: asksUs(s, lang) || opensWithErasure(s, lang) }, refusal: null };
      // A sentence that asks to be told is split at its marks and its "and" only: read by windows, "탈퇴한 뒤에 제 정보를"
      // (after I leave, my data) before "얼마 동안 … 알려주세요" (how long …, tell me) would read as a wish of its own.
      const told = why.reason === 'question' && tellMe.scan(s.folded).length > 0;
      const part = why.reason === 'negation' || why.reason === 'question' ? wishPart(s, lang, noSpaces(lang), speaksFor, !told) : null;
      if (part !== null) return { wish: { statement: clip(part.text), lang, asks: asksUs(part, lang) || opensWithErasure(part, lang), runOn: s.text }, refusal: null };
      refusal ??= why;
    }
  }
  return { wish: null, refusal };
}

/** Whether the sentence speaks for the person without a first-person word: a handle they name, an ask in answer to our mail. */
type SpeaksFor = (s: ReadSentence, lang: string) => boolean;

function refuse(s: ReadSentence, lang: string, noSpaces: boolean, speaksFor: SpeaksFor): PackRefusal | null {
  const no = (reason: PackRefusal['reason'], word: string | null): PackRefusal => ({ lang, reason, word, sentence: s.text });
  // Of any language: languages this close share the sentence ("Jeg ba dere slette kontoen min, men
  // jeg har ombestemt meg" reads as a Danish wish and takes it back in Norwegian).
  // An opposite phrase before a turn to now ("nie prosiłam o to wcześniej, ale teraz proszę usunąć") speaks of the past.
  const turn = turnToNow(s.folded, s.words.hits);
  const now = s.words.hits.filter((h) => h.kind === 'opposite' && (turn < 0 || h.end > turn));
  const opposite = (now.find((h) => h.lang === lang) ?? now[0])?.word;
  if (opposite !== undefined) return no('opposite', opposite);
  // "If you delete my data, will my posts disappear too?": what a deletion would do, asked before deciding.
  const whatIf = asksWhatIf(s.folded, s.words.hits, lang);
  if (whatIf !== null) return no('question', whatIf);
  // A question that asks us ("můžete mi prosím smazat data?", "kan dere slette dataene mine?") is a
  // request: its question words are all words that ask. A question word that neither opens the
  // sentence nor stands in a question is a relative pronoun ("datele pe care le dețineți").
  // A question word inside a phrase that asks ("czy" of "czy możecie", "có thể" of "bạn có thể") asks too, and so
  // does one closing a sentence an ask opened ("Bạn có thể xoá dữ liệu của mình được không?", can you … can it?).
  const asks = s.words.hits.filter((h) => h.kind === 'asks' && h.lang === lang);
  const questions = s.words.hits.filter(
    (h) => h.kind === 'question' && h.lang === lang &&
      !asks.some((a) => a.word === h.word || (a.start <= h.start && a.end >= h.end) || (!noSpaces && a.end <= h.start && CLOSES.test(s.folded.slice(h.end)))),
  );
  const marked = asksSomething(s);
  const question = questions.find((q) => marked || opensSentence(s, q.start));
  if (question !== undefined) return no('question', question.word);
  // "请告诉我…保留多久才删除", "…얼마나 보관되는지 알려주세요": a question word inside what the person asks to be told, the erasure word in it too.
  const told = toldQuestion(s, lang, questions);
  if (told !== null) return no('question', told);
  if (marked && !asksUs(s, lang)) return no('question', tellMe.scan(s.folded)[0]?.word ?? '?');
  const negation = negationNearErasure(s, lang, noSpaces);
  if (negation !== null) return no('negation', negation);
  if (companies.scan(s.folded).length > 0 && OUR_SIDE.scan(s.folded).length === 0) return no('other-company', null);
  if (aboutContent(s)) return no('content', null);
  if (!s.words.has('mine', lang) && !opensWithErasure(s, lang) && !speaksFor(s, lang)) return no('not-first-person', null);
  return null;
}

/**
 * A question word of the language in a sentence that asks to be told ("请告诉我", "알려주세요"), and no
 * erasure asked for before it: the deletion is part of what is asked about ("탈퇴한 뒤에 제 정보를 얼마 동안
 * 보관하시는지 알려주세요", after I leave, how long do you keep my data). An erasure word before the
 * question word is asked for when a please or a "can you" of its own goes with it, apart from the
 * telling ("삭제해 주시고 … 알려주세요", "请删除…，并告诉我…"), or it opens a clause of its own at the
 * start of the sentence ("удалите мои данные и скажите…").
 */
function toldQuestion(s: ReadSentence, lang: string, questions: readonly WordHit[]): string | null {
  if (questions.length === 0) return null;
  const tell = tellMe.scan(s.folded);
  if (tell.length === 0) return null;
  const first = Math.min(...questions.map((q) => q.start));
  const erasure = s.words.hits.find((h) => h.kind === 'erase' && h.lang === lang && h.start < first);
  if (erasure === undefined) return questions[0]?.word ?? null;
  // An imperative opening the sentence is a clause of its own only when a mark or an "and" ends it before the question:
  // "удалите мои данные и скажите, сколько…"; "탈퇴한 뒤에 … 얼마 동안" (after I leave, how long) opens with no imperative.
  const clause = clauses(s.folded);
  const ownClause = clause(erasure.start) !== clause(first) || AND.scan(s.folded).some((a) => a.start >= erasure.end && a.end <= first);
  return asksApart(s, lang, tell) || (opensWithErasure(s, lang) && ownClause) ? null : questions[0]?.word ?? null;
}

/** A please or a "can you" of the language apart from the telling: one touching it ("麻烦告诉我", "알려 주세요") asks to be told. */
function asksApart(s: ReadSentence, lang: string, tell: readonly { start: number; end: number }[]): boolean {
  return s.words.hits.some((h) => h.kind === 'asks' && h.lang === lang && !tell.some((t) => h.start <= t.end + 1 && h.end + 1 >= t.start));
}

/**
 * A sentence that only asks to be told: a question word of the language with no erasure word before
 * it, and no please or "can you" apart from the telling: "제 정보를 얼마나 보관하고 언제 삭제하는지 알려주세요".
 */
function onlyTold(s: ReadSentence, lang: string): boolean {
  const tell = tellMe.scan(s.folded);
  if (tell.length === 0) return false;
  const questions = s.words.hits.filter((h) => h.kind === 'question' && h.lang === lang);
  if (questions.length === 0 || asksApart(s, lang, tell)) return false;
  const first = Math.min(...questions.map((q) => q.start));
  return !s.words.hits.some((h) => h.kind === 'erase' && h.lang === lang && h.start < first);
}

/**
 * Words for "and" that join two clauses of a run-on line without a comma ("…حذف بشه و هیچ…",
 * "usuńcie moje dane i niczego nie przechowujcie"): whole words of the languages read by their packs.
 */
const AND = buildMatcher<null>(
  ['and', 'és', 'ja', 'och', 'og', 'i', 'и', 'і', 'oraz', 'și', 'si', 'dan', 'và', 'και', 'و', 've'].map(
    (w): MatcherWord<null> => ({ word: fold(w), tag: null, whole: true, anywhere: false }),
  ),
);

/**
 * One part of a run-on sentence (split at its clause marks and its "and" words) that is a wish by
 * itself, when the sentence as a whole was refused for a negation or a question word in another
 * part: "…, ami azt jelenti, hogy nem törölték, szóval: TÖRÖLJÉK AZ ÖSSZES ADATOMAT, …". The part
 * opens the sentence or opens with the erasure verb (an imperative stands alone): a part after
 * "I do not want" ("Nie chcę, żeby usuwać moje dane") is governed by it and never read alone. A
 * sentence ending in a question mark asks, whatever its parts say. Each part is read once: linear.
 */
function wishPart(s: ReadSentence, lang: string, noSpaces: boolean, speaksFor: SpeaksFor, windows = true): ReadSentence | null {
  if (noSpaces || asksSomething(s)) return null;
  const cuts: Array<[number, number]> = [];
  for (let i = 0; i < s.folded.length; i++) if (CLAUSE_MARKS.includes(s.folded[i]!)) cuts.push([i, i + 1]);
  for (const h of AND.scan(s.folded)) cuts.push([h.start, h.end]);
  if (cuts.length === 0) return windows ? windowPart(s, lang, noSpaces, speaksFor) : null;
  cuts.sort((a, b) => a[0] - b[0]);
  // Positions in the folded text name the same characters in the text when folding kept its length.
  const source = s.folded.length === s.text.length ? s.text : s.folded;
  let from = 0;
  for (let k = 0; k <= cuts.length; k++) {
    const to = k < cuts.length ? cuts[k]![0] : s.folded.length;
    const start = from;
    from = Math.max(from, k < cuts.length ? cuts[k]![1] : to);
    if (to <= start) continue;
    const span = s.folded.slice(start, to);
    if (!span.trim()) continue;
    const part = readSentence(source.slice(start, to).trim());
    if (!part.words.has('erase', lang) || !(part.words.has('data', lang) || part.words.has('account', lang))) continue;
    if (start > 0 && !opensWithErasure(part, lang)) continue;
    if (refuse(part, lang, noSpaces, speaksFor) === null) return part;
  }
  return null;
}

/** What may follow a question word that closes the sentence: marks, and one short word of politeness ("ạ"). */
const CLOSES = /^[\s\p{P}]{0,8}(?:\p{L}{1,3}[\s\p{P}]{0,8})?$/u;

/** Words before an erasure word that may govern it in a line without punctuation ("я не хочу чтобы вы удаляли мои данные"). */
const GOVERNS = 8;
/** Words after an erasure word that its clause holds at most in a line without punctuation. */
const HOLDS = 8;

/**
 * The clause of an erasure word in a sentence with no punctuation and no "and" to split it at
 * ("я вам уже третий раз пишу удалите все мои данные из вашего приложения я не давала согласия"):
 * the erasure word and the words after it, up to a negation that does not stand beside it (a
 * negation further on opens another clause: "я не давала согласия"). A negation, an opposite or a
 * question word of the language in the words before it governs it ("não quero que apaguem nada",
 * "я не хочу чтобы вы удаляли мои данные"), and the part is not read. Bounded windows: linear.
 */
function windowPart(s: ReadSentence, lang: string, noSpaces: boolean, speaksFor: SpeaksFor): ReadSentence | null {
  const source = s.folded.length === s.text.length ? s.text : s.folded;
  const erasures = s.words.hits.filter((h) => h.kind === 'erase' && h.lang === lang).slice(0, 8);
  const governing = s.words.hits.filter((h) => h.lang === lang && (h.kind === 'negation' || h.kind === 'opposite' || h.kind === 'question'));
  for (const e of erasures) {
    const [from, to] = wordWindow(s.folded, e.start, e.end, GOVERNS, HOLDS);
    if (governing.some((g) => g.start >= from && g.start < e.start)) continue;
    const later = governing.find((g) => g.start >= e.end && g.start < to && !(g.kind === 'negation' && negationBeside(s.folded, g, e, noSpaces)));
    const part = readSentence(source.slice(e.start, later?.start ?? to).trim());
    if (!part.words.has('data', lang) && !part.words.has('account', lang)) continue;
    if (refuse(part, lang, noSpaces, speaksFor) === null) return part;
  }
  return null;
}

/** A negation of the language in the clause of an erasure word (beside it, for a language without spaces). */
export function negationNearErasure(s: ReadSentence, lang: string, noSpaces: boolean): string | null {
  // The "не" of "не могли бы вы" asks politely: a negation inside a word that asks negates nothing.
  // The "không" of "được không" (can it?) ends a question: it negates nothing either.
  const tags = s.words.hits.filter((h) => h.kind === 'question' && h.lang === lang);
  const negations = s.words.hits.filter(
    (h) => h.kind === 'negation' && h.lang === lang && !insideAsk(s, h) && !tags.some((q) => q.start <= h.start && q.end >= h.end && q.word !== h.word),
  );
  if (negations.length === 0) return null;
  const erasures = s.words.hits.filter((h) => h.kind === 'erase' && h.lang === lang);
  if (noSpaces) {
    // Only erasure words that start or end within a few characters of the negation can stand beside it: looked up by position.
    const byStart = new Map(erasures.map((e) => [e.start, e]));
    const byEnd = new Map(erasures.map((e) => [e.end, e]));
    const beside = (n: WordHit): boolean => {
      for (let d = 0; d <= NEAR_UNSPACED; d++) {
        const after = byStart.get(n.end + d);
        const before = byEnd.get(n.start - d);
        if ((after && negationBeside(s.folded, n, after, true)) || (before && negationBeside(s.folded, n, before, true))) return true;
      }
      return false;
    };
    return negations.find(beside)?.word ?? null;
  }
  const clause = clauses(s.folded);
  const erasureClauses = new Set(erasures.map((e) => clause(e.start)));
  const inClause = negations.find((n) => erasureClauses.has(clause(n.start)));
  if (inClause !== undefined) return inClause.word;
  // "En halua, että tietoja poistetaan": the erasure in the clause a short refusal governs.
  const governing = governingClauses(s.folded);
  return governedRefusal(s.folded, negations, erasures, clause, governing)?.negation.word ?? null;
}


function clip(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 500 ? `${flat.slice(0, 497)}...` : flat;
}

/**
 * A post, a photo, a story named, no data, and no account beside the erasure word: "delete the
 * photo I published, not my account", "o postare programată ... vreau să o șterg". "Smažte můj
 * účet i fotky" erases the account with the photos.
 */
function aboutContent(s: ReadSentence): boolean {
  if (s.words.has('data') || content.scan(s.folded).length === 0) return false;
  const clause = clauses(s.folded);
  const erasing = new Set(s.words.hits.filter((h) => h.kind === 'erase').map((h) => clause(h.start)));
  return !s.words.hits.some((h) => h.kind === 'account' && erasing.has(clause(h.start)));
}

/**
 * What every erasure word of the mail's own words (and its subject) is about, when it is not the
 * person's data: another company ("usunąć moje konto na Facebooku", "페이스북 계정을 삭제": each
 * erasure word in a clause that names one, and none names ours), or a post, a photo, a story (a
 * sentence that names one and no data). A mail that also asks to erase something else ("..., a
 * teraz usuńcie moje dane z waszej aplikacji") is about its data: null.
 */
export function onlyOtherThings(read: readonly ReadSentence[]): 'other-company' | 'content' | null {
  let company = false;
  let post = false;
  for (const s of read) {
    const erase = s.words.hits.filter((h) => h.kind === 'erase');
    if (erase.length === 0) continue;
    if (OUR_SIDE.scan(s.folded).length > 0) return null;
    const clause = clauses(s.folded);
    const named = new Set(companies.scan(s.folded).map((c) => clause(c.start)));
    if (erase.every((e) => named.has(clause(e.start)))) company = true;
    else if (aboutContent(s)) post = true;
    // "Tolong dibantu hapusin", "आप ही हटा दीजिए" (delete it for me): no data, no account named,
    // the thing to erase is the one named before.
    else if (!s.words.has('data') && !s.words.has('account')) continue;
    else return null;
  }
  return company ? 'other-company' : post ? 'content' : null;
}

/**
 * Every sentence of the mail's own words that pairs erasure with data or an account, in a
 * language read by its pack (`languages`), is a question (it ends with a question mark) with none of the words that make a question a request (`asks`: please, can you):
 * "jak si můžu sám smazat data?", "данные удалятся автоматически?"; or it only asks to be told, question
 * mark or none ("제 정보를 얼마나 보관하는지 알려주세요"). It asks how deletion works.
 * False when there is no such sentence, or its language's pack has no `asks` words to tell.
 */
export function onlyQuestions(
  read: readonly ReadSentence[],
  languages: (lang: string) => boolean,
  tellsAsks: (lang: string) => boolean,
): boolean {
  let questions = 0;
  for (const s of read) {
    for (const lang of s.words.languages('erase')) {
      if (!languages(lang) || !(s.words.has('data', lang) || s.words.has('account', lang))) continue;
      if (!tellsAsks(lang)) return false;
      // "…얼마나 보관하고 언제 삭제하는지 알려주세요" asks to be told what happens, question mark or none.
      if (!onlyTold(s, lang) && (asksUs(s, lang) || !asksSomething(s)) && asksWhatIf(s.folded, s.words.hits, lang) === null) return false;
      questions++;
    }
  }
  return questions > 0;
}

/** The sentence ends with a question mark: a question word alone may be a relative pronoun ("pe care le dețineți", "které"). */
/**
 * Nothing but a greeting before `at`: the word opens the sentence ("Jak…", "Hi, how…"); not a
 * clause after the erasure ("Прошу видалити мої дані, які ви зберігаєте").
 */
function opensSentence(s: ReadSentence, at: number): boolean {
  const before = s.folded.slice(0, at);
  if (s.words.hits.some((h) => h.kind === 'erase' && h.start < at)) return false;
  return before.slice(before.lastIndexOf(',') + 1).trim() === '';
}

function asksSomething(s: ReadSentence): boolean {
  const end = s.folded.trimEnd();
  if (end.length === 0) return false;
  const last = end[end.length - 1]!;
  // Greek writes its question mark as ";" (U+037E, folded to ";").
  return QUESTION_MARKS.includes(last) || (last === ';' && GREEK.test(end));
}

const GREEK = /\p{Script=Greek}/u;
