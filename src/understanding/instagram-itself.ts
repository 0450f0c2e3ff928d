/**
 * Mail meant for Instagram itself: the person greets Instagram ("Dear Instagram team,",
 * "Служба поддержки Instagram, здравствуйте!", "Instagramサポートチーム 御中") or asks to
 * delete, close or deactivate the Instagram account itself ("delete my Instagram account
 * @x"), not the data an app holds about it. Only Instagram deletes an Instagram account:
 * asking Instagram is another company's business (`other`, as "delete my Facebook account"
 * is), and a bare "delete my Instagram account" sent to us may mean either, so staff decide.
 * A sentence that names data, or PickrTech, or an app or a system beside the erasure word,
 * asks for the data: it stays a request. The words of every pack's language are data here.
 */
import { NAMES, SHORT_NAMES } from './instagram-names.js';
import { OUR_SIDE_WORDS } from './intent-vocabulary.js';
import { buildMatcher, fold, type Matcher, type MatcherWord } from './languages/registry.js';
import { OUR_SIDE } from './pack-intent.js';
import { FILLER, GREETING } from './greeting-words.js';
import { positionsBefore } from './positions-before.js';
import { clauses, readSentence, type ReadSentence } from './request-signals.js';

export type InstagramItself =
  /** The mail is written to Instagram: no request to us. */
  | 'addressed'
  /** The wish is to delete the Instagram account itself, sent to us: staff decide. */
  | 'account';

const NO_SPACES = /[\u3040-\u30ff\u3400-\u9fff\u0e00-\u0e7f\uac00-\ud7af]/u;
/** Scripts whose words take prefixes ("לאינסטגרם", "بانستغرام"): their words match anywhere. */
const PREFIXED = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}]/u;

/**
 * Words of a first line that asks whether this is Instagram ("Is this Instagram support?",
 * "인스타그램 고객센터 맞죠??", "¿Es este el soporte de Instagram?"): they count only before a question mark.
 */
const ASKS_IF = [
  'is', 'this', 'are', 'you', 'am', 'i', 'it', 'writing', 'right', 'es', 'este', 'esto', 'aquí', 'aqui', 'son', 'ustedes', 'hablo', 'con', 'escribo', 'a',
  'é', 'aqui', 'vocês', 'voces', 'são', 'sao', 'o', 'falo', 'com', 'c', 'est', 'ce', 'bien', 'vous', 'êtes', 'etes', 'le', 'ici',
  'ist', 'das', 'hier', 'sind', 'sie', 'spreche', 'mit', 'ich', 'è', 'questo', 'qui', 'siete', 'voi', 'il', 'lo', 'dit', 'zijn', 'jullie',
  'это', 'вы', 'ли', 'це', 'ви', 'czy', 'jest', 'mi', 'mı', 'misiniz', 'mısınız', 'burası', 'aici', 'sunteți', 'sunteti',
  '맞죠', '맞나요', '맞습니까', '맞아요', '맞으신가요', '인가요', '이죠', '입니까', '이에요', '인거죠', 'ですか', 'でしょうか', 'ですよね',
  '是', '吗', '嗎', '这里', '這裡', 'apakah', 'ini', 'benar', 'đây', 'có', 'phải', 'là', 'không', 'είναι', 'αυτή', 'η',
];

type Part = 'name' | 'greet' | 'filler' | 'ask';
function words(list: readonly string[], tag: Part, stems: boolean): Array<MatcherWord<Part>> {
  return list.map((w) => {
    const anywhere = NO_SPACES.test(w) || PREFIXED.test(w);
    // A stem of four letters or more may run on ("поддержки", "ekibine", "teams"); shorter ones are whole words.
    return { word: fold(w), tag, whole: !anywhere && (!stems || [...w].length < 4), anywhere };
  });
}
const greeting: Matcher<Part> = buildMatcher<Part>([
  ...words(NAMES, 'name', true),
  ...words(SHORT_NAMES, 'name', false),
  ...words(GREETING, 'greet', true),
  ...words(FILLER, 'filler', false),
  ...words(ASKS_IF, 'ask', false),
]);
const names: Matcher<Part> = buildMatcher<Part>([...words(NAMES, 'name', true), ...words(SHORT_NAMES, 'name', false)]);

const LETTER = /[\p{L}\p{M}\p{N}'’]/u;
/** Where the greeting of a first line ends: "Hola Instagram, quiero…", "Служба поддержки Instagram, здравствуйте!" */
const GREETING_END = /[,，、!！:：;.。?？\n]/u;
const QUESTION_MARK = /^\s*[?？]/u;

/**
 * The mail opens by greeting Instagram: the first words of its first line, up to a comma or a
 * stop, are only greetings, team or help-desk words and Instagram's name ("Dear Instagram
 * team", "Hola Instagram", "Προς την ομάδα υποστήριξης του Instagram"). "Hi, I found your
 * Instagram page" greets no one by name; "Hello PickrTech" greets us.
 */
export function greetsInstagram(body: string): boolean {
  const first = body.slice(0, 2_000).split('\n').find((l) => l.trim() !== '') ?? '';
  // An elided article stands apart from its word: "l'équipe", "dell'assistenza".
  const head = first.slice(0, 200);
  const raw = head.split(GREETING_END)[0]!;
  const segment = fold(raw).replace(/['’]/g, ' ').trim();
  if (segment === '') return false;
  // "Is this Instagram support?", "인스타그램 고객센터 맞죠??": a question whether this is Instagram greets it too.
  const asks = QUESTION_MARK.test(head.slice(raw.length));
  const hits = greeting.scan(segment).filter((h) => asks || h.tag !== 'ask');
  if (!hits.some((h) => h.tag === 'name') || !hits.some((h) => h.tag === 'greet' || h.tag === 'ask')) return false;
  // Every letter of the segment lies in a known word (a stem covers the rest of its word).
  const covered = new Uint8Array(segment.length);
  for (const h of hits) {
    let end = h.end;
    if (!h.word.match(NO_SPACES) && h.end - h.start >= 4) while (end < segment.length && LETTER.test(segment[end]!)) end++;
    covered.fill(1, h.start, end);
  }
  for (let i = 0; i < segment.length; i++) if (covered[i] === 0 && LETTER.test(segment[i]!)) return false;
  return true;
}

/**
 * The person knows we are not Instagram ("ya sé que ustedes no son Instagram", "I know you're
 * not Instagram, but..."): then an Instagram account to delete is still Instagram's.
 */
const NOT_INSTAGRAM = [
  "you're not instagram", 'you are not instagram', "you aren't instagram", 'youre not instagram', 'you guys are not instagram',
  'no son instagram', 'no sois instagram', 'no son de instagram', "n'êtes pas instagram", "n'etes pas instagram", 'seid nicht instagram',
  'sind nicht instagram', 'não são o instagram', 'não são instagram', 'nao sao o instagram', 'nao sao instagram', 'non siete instagram',
  'zijn niet instagram', 'bent niet instagram', 'instagram değilsiniz', 'instagram degilsiniz', 'вы не instagram', 'вы не инстаграм',
  'ви не instagram', 'ви не інстаграм', 'nie jesteście instagramem', 'nejste instagram', 'är inte instagram', 'er ikke instagram',
  'ette ole instagram', 'nem az instagram', 'nu sunteți instagram', 'nu sunteti instagram', 'bukan instagram', 'không phải instagram',
  'không phải là instagram', 'δεν είστε το instagram', 'δεν είστε instagram', 'instagramではない', 'instagramじゃない', 'インスタではない',
  'インスタじゃない', '不是instagram', '不是 instagram', 'instagram이 아니', '인스타그램이 아니', 'ไม่ใช่ instagram', 'اینستاگرام نیستید',
  'لستم انستغرام', 'لستم instagram', 'אתם לא אינסטגרם', 'אתם לא instagram', 'instagram नहीं हैं',
];
const notInstagram = buildMatcher<null>(NOT_INSTAGRAM.map((w) => ({ word: fold(w), tag: null, whole: false, anywhere: true })));

/**
 * A pack's account words that are no account of Instagram's own: the link to the app, a login,
 * a membership ("remove my Instagram connection" asks for the app's link to it).
 */
const LINK_WORDS: ReadonlySet<string> = new Set(
  [
    'connection', 'connected account', 'login', 'membership', 'conexión', 'conexion', 'acceso', 'usuario', 'connexion', 'accès',
    'acces', 'zugang', 'verknüpfung', 'collegamento', 'accesso', 'utenza', 'koppeling', 'toegang', 'conexão', 'conexao', 'acesso',
    'cadastro', 'bağlantı', 'üyelik', '連携', '登録', '연동', '회원', '아이디', 'propojení', 'přístup', 'forbindelse', 'adgang',
    'σύνδεσ', 'συνδεσ', 'yhteys', 'kapcsolat', 'hozzáférés', 'koneksi', 'akses', 'połączenie', 'dostęp', 'conexiune', 'привязк',
    'доступ', "прив'язк", 'tilkobling', 'tilgang', 'koppling', 'åtkomst', 'การเชื่อมต่อ', 'liên kết', '绑定', '綁定', 'الربط',
    'اتصال', 'חיבור', 'משתמש', 'id', 'आईडी',
  ].map(fold),
);

/** Characters between an account word and the link word that makes it the link's ("account connection"). */
const LINK_GAP = 3;

/** An app, a system, a server beside the erasure word: the data we hold ("delete my Instagram account from your app"). */
const APP_WORDS = [
  'app', 'apps', 'aplicación', 'aplicacion', 'application', 'applicazione', 'aplicativo', 'aplicação', 'aplicacao', 'anwendung', 'applicatie',
  'uygulama', 'アプリ', 'приложени', 'застосун', 'програм', 'aplikac', 'aplikace', 'aplikaci', 'appen', 'appi', 'sovellu', 'alkalmazás',
  'aplicați', 'aplicati', 'aplikasi', 'ứng dụng', 'εφαρμογ', '应用', '應用', '앱', '애플리케이션', 'แอป', 'برنامه', 'اپلیکیشن', 'تطبيق',
  'אפליקציה', 'ऐप', 'एप्लिकेशन', 'system', 'systém', 'sistem', 'систем', 'σύστημ', '系统', '系統', '시스템', 'ระบบ', 'سیستم', 'نظام',
  'מערכת', 'सिस्टम', 'server', 'database', 'datenbank',
];
const appWords = buildMatcher<null>(
  APP_WORDS.map((w) => {
    const anywhere = NO_SPACES.test(w) || PREFIXED.test(w);
    return { word: fold(w), tag: null, whole: !anywhere && [...w].length < 4, anywhere };
  }),
);
const OURS_IN_WORDS = new RegExp(OUR_SIDE_WORDS, 'iu');
const OURS_IN_WORDS_ALL = new RegExp(OUR_SIDE_WORDS, 'giu');

/**
 * "But" starts a clause of its own (not "de" or "dar", "of" and "give" in Spanish): "delete my Instagram account, but I can't find the option in
 * the app" erases the account; the app there is Instagram's, where the option is missing.
 */
const BUT = [
  'but', 'pero', 'mas', 'mais', 'aber', 'ma', 'maar', 'ama', 'fakat', 'ancak', 'но', 'але', 'ale', 'men', 'mutta', 'însă', 'insa',
  'tapi', 'namun', 'nhưng', 'αλλά', 'αλλα', 'ولی', 'اما', 'لكن', 'אבל', 'लेकिन', 'पर',
];
const buts = buildMatcher<null>(BUT.map((w) => ({ word: fold(w), tag: null, whole: true, anywhere: false })));
/** The clause of a position: the marks of {@link clauses}, and "but". */
function clausesWithBut(folded: string): (at: number) => string {
  const clause = clauses(folded);
  const starts = buts.scan(folded).map((b) => b.start);
  return (at) => `${clause(at)}:${positionsBefore(starts, at)}`;
}

/**
 * The sentence asks to erase the Instagram account itself: an erasure word, Instagram's name
 * and an account word (not a link or a login) in one clause, no data word in the sentence, and
 * no app, system or PickrTech in that clause ("borrar mi cuenta de Instagram", "удалить мой
 * аккаунт Instagram"; not "delete my Instagram account data", "delete my Instagram account
 * from your app").
 */
export function erasesInstagramAccount(s: ReadSentence, nameInClause = true): boolean {
  // Data words of the erasure word's language ("ola", Greek for "all", in a handle of a Polish sentence is none).
  if (s.words.languages('erase').some((lang) => s.words.has('data', lang))) return false;
  const clause = clausesWithBut(s.folded);
  const named = new Set(names.scan(s.folded).map((n) => clause(n.start)));
  // "my Instagram account connection": the account word that a link word follows names the link.
  const links = s.words.hits.filter((h) => h.kind === 'account' && LINK_WORDS.has(h.word)).map((h) => h.start);
  const linked = (h: { end: number }): boolean => links.some((at) => at > h.end && at - h.end <= LINK_GAP && s.folded.slice(h.end, at).trim() === '');
  const accounts = s.words.hits.filter((h) => h.kind === 'account' && !LINK_WORDS.has(h.word) && !linked(h));
  if (accounts.length === 0) return false;
  // "your app", "the app": ours where they stand in the erasure's clause, not after a "but" ("but I can't find it in the app").
  const inWords = [...s.folded.slice(0, 5_000).matchAll(OURS_IN_WORDS_ALL)].map((m) => m.index);
  const ours = new Set([...appWords.scan(s.folded).map((h) => h.start), ...OUR_SIDE.scan(s.folded).map((h) => h.start), ...inWords].map(clause));
  return s.words.hits.some((h) => {
    if (h.kind !== 'erase') return false;
    const c = clause(h.start);
    return (named.has(c) || (!nameInClause && named.size > 0)) && !ours.has(c) && accounts.some((a) => clause(a.start) === c && objectOf(s.folded, h, a));
  });
}

/**
 * The account is what the erasure word erases: it stands at most three words after it ("delete
 * my Instagram account", "διαγράψτε οριστικά τον λογαριασμό"), or four before it in languages
 * that put the verb last ("mein Instagram-Konto löschen", "アカウント（@x）を完全に削除"); not
 * "all my details linked to my Instagram account", where the account only says whose data.
 */
export function objectOf(folded: string, erase: Span, account: Span): boolean {
  const after = account.start >= erase.end;
  // A stem's word runs on ("lösch" in "löschen Sie mein Instagram-Konto"): its rest is no word between.
  let end = erase.end;
  while (after && end < account.start && end - erase.end < RUN_ON && RUNS_ON.test(folded[end]!)) end++;
  const between = (after ? folded.slice(end, account.start) : folded.slice(account.end, Math.max(account.end, erase.start))).trim();
  if (between.length > 40) return false;
  const words = between === '' ? 0 : between.split(/\s+/).length;
  return words <= (after ? 3 : 4);
}
/** Letters a stem's word runs on after the stem, looked at. */
const RUN_ON = 40;
const RUNS_ON = /[\p{L}\p{M}\p{N}]/u;
export interface Span {
  start: number;
  end: number;
}

/**
 * Words that ask how to reach someone, in the packs' languages: "contact", "write to", "an email
 * address", "연락", "連絡". With Instagram's (or Meta's) name in a question they ask for Instagram's door.
 */
const CONTACT = [
  'contact', 'reach', 'write to', 'email address', 'e-mail address', 'email for', 'phone number', 'get in touch', 'talk to', 'speak to',
  'contactar', 'contacto', 'escribir', 'escribirle', 'escribo', 'comunicarme', 'dirección de correo', 'direccion de correo', 'correo de',
  'contatar', 'contato', 'escrever', 'falar com', 'endereço de e-mail', 'endereço de email', 'contacter', 'joindre', 'écrire', 'ecrire',
  'adresse e-mail', 'adresse mail', 'coordonnées', 'kontaktieren', 'kontakt', 'erreichen', 'schreiben', 'e-mail-adresse', 'wenden',
  'contattare', 'contatto', 'scrivere', 'indirizzo email', 'indirizzo e-mail', 'bereiken', 'schrijven', 'mailadres', 'contactez', 'contacta',
  'scriu', 'scrie', 'adresă de email', 'adresa de email', 'adresă de e-mail', 'iletişim', 'iletişim', 'iletisim', 'ulaş', 'ulas', 'e-posta adresi',
  'связаться', 'связат', 'написать', 'контакт', 'адрес почты', "зв'язатися", 'звʼязатися', 'написати', 'контакт', 'skontaktować', 'skontaktowac', 'napisać',
  'adres e-mail', 'kontaktovat', 'napsat', 'kontakta', 'skriva', 'kontakte', 'skrive', 'yhteyttä', 'yhteystied', 'kirjoittaa', 'kapcsolatba',
  'elérhetőség', 'írjak', 'email cím', 'e-mail cím', 'menghubungi', 'hubungi', 'kontak', 'liên hệ', 'liên lạc', 'επικοινων',
  '連絡', '問い合わせ', '問合せ', '联系', '聯繫', '聯絡', '연락', '문의', 'ติดต่อ', 'تماس', 'ارتباط', 'التواصل', 'تواصل', 'الاتصال', 'ליצור קשר',
  'לפנות', 'संपर्क',
];
const contact = buildMatcher<null>(
  CONTACT.map((w) => {
    const anywhere = NO_SPACES.test(w) || PREFIXED.test(w);
    return { word: fold(w), tag: null, whole: false, anywhere };
  }),
);
/** Meta, Instagram's company, is named as its door too ("Meta / Instagram"). */
const doors = buildMatcher<null>([...NAMES, 'meta'].map((w) => ({ word: fold(w), tag: null, whole: w === 'meta', anywhere: NO_SPACES.test(w) || PREFIXED.test(w) })));
const QUESTION = /[?？؟]\s*$/u;
/** Where a sentence ends: a Latin stop only before a space, so "@lara.f_23" stays whole; a CJK stop anywhere. */
const SENTENCE_END = /(?<=[.!?])\s+|(?<=[。！？])\s*|\n/u;

/**
 * A question of the mail asks how to reach Instagram: "How can I contact Instagram directly?",
 * "¿o tengo que escribirle a Instagram/Meta directamente?", "Aveți o adresă de email de la Instagram?".
 */
export function asksInstagramContact(body: string): boolean {
  const sentences = body.slice(0, 20_000).split(/(?<=[.!?。！？؟])\s+|\n/u);
  return sentences.some((t) => {
    if (!QUESTION.test(t)) return false;
    const f = fold(t.slice(0, 1_000));
    return contact.scan(f).length > 0 && doors.scan(f).length > 0;
  });
}

/**
 * The mail asks how to reach Instagram, to have Instagram erase the account itself, and names
 * neither PickrTech nor the data we hold: it asks Instagram's business of us (`other`).
 */
export function asksInstagramDoor(body: string): boolean {
  const text = body.slice(0, 20_000);
  if (OUR_SIDE.scan(fold(text)).length > 0 || OURS_IN_WORDS.test(fold(text))) return false;
  if (!asksInstagramContact(text)) return false;
  // "I asked Instagram twice to delete my account": Instagram named anywhere in the sentence.
  return text.split(SENTENCE_END).some((t) => t.trim() !== '' && erasesInstagramAccount(readSentence(t.slice(0, 1_000)), false));
}

/**
 * Words that ask how or where to do a thing, or for guidance, in the packs' languages: "How do
 * I delete it?", "Weten jullie hoe ik…", "ต้องทำยังไง", "راهنماییم کنید". Whole words, except
 * in scripts without spaces or with prefixes.
 */
const HOW = [
  'how', 'where', 'cómo', 'como', 'dónde', 'donde', 'comment', 'où', 'wie', 'wo', 'come', 'dove', 'hoe', 'waar', 'cum', 'unde', 'nasıl', 'nasil', 'nerede',
  'как', 'где', 'як', 'де', 'jak', 'gdzie', 'kde', 'hur', 'var', 'hvordan', 'hvor', 'miten', 'kuinka', 'missä', 'hogyan', 'hogy', 'hol',
  'bagaimana', 'gimana', 'caranya', 'làm sao', 'thế nào', 'ở đâu', 'πώς', 'πως', 'πού', '怎么', '怎麼', '如何', 'どうやって', 'どうすれば', 'どこ',
  '어떻게', '어디', 'ยังไง', 'อย่างไร', 'ที่ไหน', 'چطور', 'چگونه', 'کجا', 'راهنمایی', 'كيف', 'أين', 'איך', 'איפה', 'कैसे', 'कहाँ', 'कहां',
];
/** "How long", "how much", "wie lange", "hoe lang": a question about the wait or the cost, not how to do it. */
const HOW_MUCH = ['long', 'much', 'many', 'soon', 'lange', 'lang', 'länge', 'lenge', 'længe', 'viel', 'veel', 'долго', 'довго', 'długo', 'dlouho', 'kauan', 'sokáig', 'meddig'];
const hows = buildMatcher<boolean>([
  ...HOW.map((w) => ({ word: fold(w), tag: true, whole: !(NO_SPACES.test(w) || PREFIXED.test(w)), anywhere: NO_SPACES.test(w) || PREFIXED.test(w) })),
  ...HOW_MUCH.map((w) => ({ word: fold(w), tag: false, whole: true, anywhere: false })),
]);
/** Where a clause of the mail ends, for reading the account apart from a data the person says they do not mean ("not the data in your app; my Instagram account itself"). */
/** A short quotation: a page's or a button's name. */
const QUOTED = /«[^»\n]{0,80}»|„[^“”\n]{0,80}[“”]|“[^”\n]{0,80}”|"[^"\n]{0,80}"/gu;
/** A handle in brackets: "(reza.tehrani)", "(@x_1)". */
const BRACKETED_HANDLE = /[(（]\s{0,3}@?[\p{L}\p{N}._]{1,30}\s{0,3}[)）]/gu;
const CLAUSE_END = /(?<=[.!?;؛])\s+|(?<=[。！？])\s*|[;؛]|\n/u;

/**
 * The mail asks how to delete the Instagram account itself ("I want to delete my Instagram
 * account. How do I do that?", "Weten jullie hoe ik mijn Instagram-account verwijder?"): a
 * question asks how, or for guidance, a sentence erases the Instagram account itself, and no
 * other sentence asks, without a negation, to erase data or an account. A how-to question about Instagram's own
 * account, which only Instagram answers.
 */
export function asksHowToEraseInstagram(body: string): boolean {
  const text = body.slice(0, 20_000);
  const asksHow = text.split(/(?<=[.!?。！？؟])\s+|\n/u).some((t) => {
    if (!QUESTION.test(t)) return false;
    const hits = hows.scan(fold(t.slice(0, 1_000)));
    return hits.some((h) => h.tag) && !hits.some((h) => !h.tag);
  });
  if (!asksHow) return false;
  // A page's name in quotes ("the «Delete data» page") asks nothing; a handle in brackets ("my account (@x) delete") parts no clause.
  const plain = text.replace(QUOTED, ' ').replace(BRACKETED_HANDLE, ' ');
  const sentences = plain.split(CLAUSE_END).filter((t) => t.trim() !== '').map((t) => readSentence(t.slice(0, 1_000)));
  // "Delete my data from your app; and how do I delete my Instagram account?": the data is asked of us.
  const asksOurs = (s: ReadSentence) =>
    s.words.has('erase') && (s.words.has('data') || s.words.has('account')) && !s.words.has('negation') && !erasesInstagramAccount(s, false);
  if (sentences.some(asksOurs)) return false;
  return sentences.some((s) => erasesInstagramAccount(s));
}

/**
 * Whether the mail's wish (`statement`, one or more sentences of `body`) is meant for Instagram
 * itself: the mail greets Instagram and names neither PickrTech nor the data we hold
 * (`addressed`); or it asks to erase the Instagram account itself (`account`), which is
 * `addressed` too when the person says we are not Instagram. Null: a request to us.
 */
export function instagramItself(body: string, statement: string): InstagramItself | null {
  const text = body.slice(0, 50_000);
  const folded = fold(text);
  if (OUR_SIDE.scan(folded).length > 0) return null;
  const sentences = statement.slice(0, 5_000).split(SENTENCE_END).filter((t) => t.trim() !== '').map((t) => readSentence(t));
  const account = sentences.some((s) => erasesInstagramAccount(s));
  if (greetsInstagram(text) && !OURS_IN_WORDS.test(fold(statement.slice(0, 5_000)))) return 'addressed';
  // "I want to delete my Instagram account; how do I contact Instagram?": Instagram's business.
  if (asksInstagramContact(text) && sentences.some((s) => erasesInstagramAccount(s, false))) return 'addressed';
  // "I want to delete my Instagram account: how do I do that?": Instagram's how-to, not a request to us.
  if (asksHowToEraseInstagram(text)) return 'addressed';
  if (!account) return null;
  return notInstagram.scan(folded).length > 0 ? 'addressed' : 'account';
}
