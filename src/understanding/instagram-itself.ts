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
import { OUR_SIDE_WORDS } from './intent-vocabulary.js';
import { buildMatcher, fold, type Matcher, type MatcherWord } from './languages/registry.js';
import { OUR_SIDE } from './pack-intent.js';
import { clauses, readSentence, type ReadSentence } from './request-signals.js';

export type InstagramItself =
  /** The mail is written to Instagram: no request to us. */
  | 'addressed'
  /** The wish is to delete the Instagram account itself, sent to us: staff decide. */
  | 'account';

const NO_SPACES = /[\u3040-\u30ff\u3400-\u9fff\u0e00-\u0e7f\uac00-\ud7af]/u;
/** Scripts whose words take prefixes ("לאינסטגרם", "بانستغرام"): their words match anywhere. */
const PREFIXED = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}]/u;

/** Instagram's name, in the spellings of the packs' scripts; stems, so "Instagramu", "Инстаграма" and "Instagram-Konto" count. */
const NAMES = [
  'instagram', 'insta', 'инстаграм', 'инста', 'інстаграм', 'інста', 'ινσταγκραμ', 'ίνσταγκραμ', 'インスタグラム', 'インスタ',
  '인스타그램', '인스타', 'อินสตาแกรม', 'ไอจี', 'اینستاگرام', 'اینستا', 'انستغرام', 'انستقرام', 'انستجرام', 'إنستغرام',
  'إنستقرام', 'אינסטגרם', 'אינסטה', 'इंस्टाग्राम', 'इंस्टा',
];
/** "ig" is a word of its own, never a stem ("big", "igen"). */
const SHORT_NAMES = ['ig'];

/** Words that greet or name a team or a help desk, in the packs' languages: at least one stands beside the name in a greeting. */
const GREETING = [
  // en
  'hi', 'hello', 'hey', 'dear', 'greetings', 'support', 'team', 'staff', 'help', 'helpdesk', 'customer', 'service', 'care', 'center', 'centre', 'sir', 'madam', 'good', 'morning', 'afternoon', 'evening',
  // es, pt, it, fr
  'hola', 'buenas', 'buenos', 'días', 'dias', 'tardes', 'estimado', 'estimada', 'estimados', 'estimadas', 'querido', 'querida', 'soporte', 'equipo', 'atención', 'atencion', 'ayuda', 'cliente', 'clientes',
  'olá', 'ola', 'oi', 'prezado', 'prezada', 'prezados', 'bom', 'dia', 'boa', 'tarde', 'suporte', 'equipa', 'equipe', 'atendimento', 'ajuda', 'caro', 'cara', 'cari', 'gentile', 'spettabile', 'buongiorno', 'buonasera', 'salve', 'ciao', 'supporto', 'assistenza', 'clienti',
  'bonjour', 'bonsoir', 'salut', 'cher', 'chère', 'chere', 'chers', 'madame', 'monsieur', 'équipe', 'assistance', 'client', 'clientèle',
  // de, nl, tr
  'hallo', 'liebe', 'lieber', 'liebes', 'sehr', 'geehrte', 'geehrter', 'geehrtes', 'geehrten', 'guten', 'tag', 'kundenservice', 'kundendienst',
  'beste', 'geachte', 'hoi', 'goedendag', 'goedemiddag', 'goedemorgen', 'ondersteuning', 'klantenservice',
  'merhaba', 'sayın', 'sayin', 'değerli', 'degerli', 'destek', 'ekib', 'ekip', 'müşteri', 'hizmet',
  // ru, uk, pl, cs
  'здравствуйте', 'привет', 'добрый', 'день', 'вечер', 'утро', 'уважаем', 'служб', 'поддержк', 'команд', 'техподдержк',
  'вітаю', 'добрий', 'доброго', 'шановн', 'підтримк', 'dzień', 'dobry', 'szanown', 'witam', 'cześć', 'zespół', 'zespoł', 'zespol', 'wsparci', 'obsług', 'pomoc',
  'dobrý', 'dobry', 'den', 'vážen', 'zdravím', 'podpor', 'tým', 'týme',
  // sv, da, no, fi, hu, ro
  'hej', 'hei', 'kära', 'kære', 'kjære', 'supporten', 'kundtjänst', 'kundeservice', 'brukerstøtte', 'moi', 'hyvä', 'tuki', 'tiimi', 'asiakaspalvelu',
  'kedves', 'tisztelt', 'jó', 'napot', 'ügyfélszolgálat', 'csapat', 'bună', 'buna', 'ziua', 'stimat', 'dragă', 'draga', 'echip', 'suport', 'asistență', 'asistenta',
  // id, vi, el
  'halo', 'hai', 'yth', 'kepada', 'tim', 'dukungan', 'layanan', 'pelanggan', 'xin', 'chào', 'chao', 'kính', 'gửi', 'đội', 'ngũ', 'hỗ', 'trợ', 'bộ', 'phận',
  'γεια', 'σας', 'αγαπητ', 'αξιότιμ', 'προς', 'ομάδα', 'ομάδ', 'υποστήριξ', 'εξυπηρέτησ', 'πελατών',
  // zh, ja, ko, th
  '尊敬的', '您好', '你好', '亲爱的', '親愛的', '团队', '團隊', '客服', '支持', '支援', '中心',
  'サポート', 'チーム', '運営', '事務局', 'カスタマー', 'センター', 'ご担当者', '担当者', '御中', '様', '各位', 'こんにちは', '拝啓', 'お問い合わせ',
  '안녕하세요', '친애하는', '팀', '고객센터', '고객', '지원', 'สวัสดี', 'ครับ', 'ค่ะ', 'ทีม', 'ฝ่าย', 'สนับสนุน', 'บริการ', 'ลูกค้า',
  // fa, ar, he, hi
  'سلام', 'درود', 'پشتیبانی', 'تیم', 'مرحبا', 'السلام', 'عليكم', 'عزيزي', 'فريق', 'الدعم', 'دعم', 'خدمة', 'العملاء',
  'שלום', 'לכבוד', 'צוות', 'תמיכה', 'שירות', 'לקוחות', 'नमस्ते', 'प्रिय', 'टीम', 'सहायता', 'सपोर्ट',
];
/** Small words a greeting may hold: "To the Instagram team", "equipo de Instagram", "ομάδα ... του Instagram". */
const FILLER = [
  'to', 'the', 'of', 'at', 'de', 'del', 'dell', 'la', 'el', 'do', 'da', 'du', 'der', 'des', 'di', 'van', 'het', 'l', 'd', 'und', 'and', 'y', 'e', 'et',
  'του', 'την', 'τη', 'της', 'τον', 'και', 'na', 'и', 'і', 'в', 've', 'của', 'og', 'och', 'ja', 'és', 'și', 'dan', '的', 'の', 'と',
];

type Part = 'name' | 'greet' | 'filler';
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
]);
const names: Matcher<Part> = buildMatcher<Part>([...words(NAMES, 'name', true), ...words(SHORT_NAMES, 'name', false)]);

const LETTER = /[\p{L}\p{M}\p{N}'’]/u;
/** Where the greeting of a first line ends: "Hola Instagram, quiero…", "Служба поддержки Instagram, здравствуйте!" */
const GREETING_END = /[,，、!！:：;.。\n]/u;

/**
 * The mail opens by greeting Instagram: the first words of its first line, up to a comma or a
 * stop, are only greetings, team or help-desk words and Instagram's name ("Dear Instagram
 * team", "Hola Instagram", "Προς την ομάδα υποστήριξης του Instagram"). "Hi, I found your
 * Instagram page" greets no one by name; "Hello PickrTech" greets us.
 */
export function greetsInstagram(body: string): boolean {
  const first = body.slice(0, 2_000).split('\n').find((l) => l.trim() !== '') ?? '';
  // An elided article stands apart from its word: "l'équipe", "dell'assistenza".
  const segment = fold(first.slice(0, 200).split(GREETING_END)[0]!).replace(/['’]/g, ' ').trim();
  if (segment === '') return false;
  const hits = greeting.scan(segment);
  if (!hits.some((h) => h.tag === 'name') || !hits.some((h) => h.tag === 'greet')) return false;
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

/**
 * The sentence asks to erase the Instagram account itself: an erasure word, Instagram's name
 * and an account word (not a link or a login) in one clause, no data word in the sentence, and
 * no app, system or PickrTech in that clause ("borrar mi cuenta de Instagram", "удалить мой
 * аккаунт Instagram"; not "delete my Instagram account data", "delete my Instagram account
 * from your app").
 */
export function erasesInstagramAccount(s: ReadSentence): boolean {
  // Data words of the erasure word's language ("ola", Greek for "all", in a handle of a Polish sentence is none).
  if (s.words.languages('erase').some((lang) => s.words.has('data', lang))) return false;
  const clause = clauses(s.folded);
  const named = new Set(names.scan(s.folded).map((n) => clause(n.start)));
  const accounts = s.words.hits.filter((h) => h.kind === 'account' && !LINK_WORDS.has(h.word));
  const ours = new Set([...appWords.scan(s.folded), ...OUR_SIDE.scan(s.folded)].map((h) => clause(h.start)));
  if (accounts.length === 0 || OURS_IN_WORDS.test(s.folded)) return false;
  return s.words.hits.some((h) => {
    if (h.kind !== 'erase') return false;
    const c = clause(h.start);
    return named.has(c) && !ours.has(c) && accounts.some((a) => clause(a.start) === c && objectOf(s.folded, h, a));
  });
}

/**
 * The account is what the erasure word erases: it stands at most three words after it ("delete
 * my Instagram account", "διαγράψτε οριστικά τον λογαριασμό"), or four before it in languages
 * that put the verb last ("mein Instagram-Konto löschen", "アカウント（@x）を完全に削除"); not
 * "all my details linked to my Instagram account", where the account only says whose data.
 */
function objectOf(folded: string, erase: Span, account: Span): boolean {
  const after = account.start >= erase.end;
  const between = (after ? folded.slice(erase.end, account.start) : folded.slice(account.end, Math.max(account.end, erase.start))).trim();
  if (between.length > 40) return false;
  const words = between === '' ? 0 : between.split(/\s+/).length;
  return words <= (after ? 3 : 4);
}
interface Span {
  start: number;
  end: number;
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
  const sentences = statement.slice(0, 5_000).split(/(?<=[.!?。！？])\s*|\n/u).filter((t) => t.trim() !== '').map((t) => readSentence(t));
  const account = sentences.some(erasesInstagramAccount);
  if (greetsInstagram(text) && !OURS_IN_WORDS.test(fold(statement.slice(0, 5_000)))) return 'addressed';
  if (!account) return null;
  return notInstagram.scan(folded).length > 0 ? 'addressed' : 'account';
}
