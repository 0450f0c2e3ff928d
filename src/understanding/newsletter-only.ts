/**
 * Mail that only asks to leave a newsletter or a mailing list ("unsubscribe me", "remove me
 * from your mailing list", "töröljenek a hírlevél listájukról", "schrijf me uit van de
 * nieuwsbrief"): no wish to erase data, so no deletion request (`other`). A mail that also
 * asks to erase the data or the account ("delete my data and unsubscribe me") stays a
 * request. The words of every pack's language are data here; every match is linear.
 */
import { objectOf } from './instagram-itself.js';
import { buildMatcher, fold } from './languages/registry.js';
import { clauses, erasurePair, readSentence, type ReadSentence } from './request-signals.js';

const NO_SPACES = /[\u3040-\u30ff\u3400-\u9fff\u0e00-\u0e7f\uac00-\ud7af]/u;
const PREFIXED = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}]/u;

/** A newsletter or a mailing list, in the packs' languages (stems: "hírlevelükről", "Newsletter-Verteiler", "рассылки"). */
const LIST_WORDS = [
  'newsletter', 'mailing list', 'mailinglist', 'email list', 'e-mail list', 'boletín', 'boletin', 'boletines', 'lista de correo', 'lista de distribución',
  'lista de distribucion', 'infolettre', "lettre d'information", 'liste de diffusion', 'verteiler', 'mailingliste', 'nieuwsbrie', 'mailinglijst', 'boletim',
  'lista de e-mail', 'lista de email', 'lista di distribuzione', 'buletin informativ', 'lista de newsletter', 'lista de emailuri', 'hírlev', 'hirlev', 'levelezőlist',
  'bülten', 'bulten', 'e-posta listes', 'рассылк', 'розсилк', 'biuletyn', 'lista mailingow', 'zpravodaj', 'nyhetsbrev', 'nyhedsbrev', 'utskick', 'uutiskirje',
  'postituslist', 'milis', 'bản tin', 'ενημερωτικ', 'λίστα αλληλογραφίας', '电子报', '電子報', '邮件列表', '郵件列表', 'メルマガ', 'メールマガジン', 'ニュースレター',
  '뉴스레터', '메일링', 'จดหมายข่าว', 'خبرنامه', 'النشرة البريدية', 'النشرة الإخبارية', 'القائمة البريدية', 'ניוזלטר', 'רשימת תפוצה', 'न्यूज़लेटर', 'न्यूजलेटर',
];
/** Leaving a list, in the packs' languages: a wish of its own, no erasure word needed. */
const UNSUBSCRIBE_WORDS = [
  'unsubscribe', 'désabonne', 'desabonne', 'désinscri', 'desinscri', 'abmelden', 'melden sie mich', 'abbestellen', 'afmelden', 'uitschrijven', 'schrijf me uit',
  'darme de baja', 'darse de baja', 'dar de baja', 'denme de baja', 'desuscribir', 'desuscribirme', 'descadastr', 'cancelar a inscrição', 'disiscriver',
  'dezabon', 'leiratkoz', 'iratkoztass', 'abonelikten çık', 'aboneliğimi iptal', 'отписат', 'отпишите', 'відписат', 'відпишіть', 'wypisać', 'wypisz', 'odhlásit',
  'odhlaste', 'avregistrer', 'avsluta prenumeration', 'afmeld', 'avmeld', 'peruuttaa tilau', 'berhenti berlangganan', 'hủy đăng ký', 'απεγγραφ', '退订', '退訂',
  '取消订阅', '配信停止', '購読解除', '구독 취소', '구독취소', '수신거부', '수신 거부', 'ยกเลิกการสมัคร', 'ยกเลิกรับ', 'لغو اشتراک', 'لغو عضویت', 'إلغاء الاشتراك',
  'בטל מנוי', 'להסיר אותי מרשימת', 'सदस्यता समाप्त', 'अनसब्सक्राइब',
];
type Tag = 'list' | 'leave';
const words = buildMatcher<Tag>(
  [...LIST_WORDS.map((w) => [w, 'list'] as const), ...UNSUBSCRIBE_WORDS.map((w) => [w, 'leave'] as const)].map(([w, tag]) => ({
    word: fold(w), tag, whole: false, anywhere: NO_SPACES.test(w) || PREFIXED.test(w),
  })),
);
/** Where a clause of the mail ends. */
const CLAUSE_END = /(?<=[.!?;])\s+|(?<=[。！？])\s*|[;؛]|\n/u;

/** The sentence erases the data or an account: an erasure word whose object is a data or account word. */
function erasesData(s: ReadSentence): boolean {
  // In the erasure word's clause: "töröljenek a hírlevélből, a fiókom x" names the account only to say whose.
  const clause = clauses(s.folded);
  const things = s.words.hits.filter((h) => h.kind === 'data' || h.kind === 'account');
  return s.words.hits.some((e) => e.kind === 'erase' && things.some((t) => clause(t.start) === clause(e.start) && objectOf(s.folded, e, t)));
}

/**
 * The mail asks to leave a newsletter or a mailing list and nothing more: a sentence says
 * "unsubscribe", or erases the person from a list (the list the object of the erasure word),
 * and no sentence asks to erase the data or an account. `wish` is what the reader took for the
 * deletion wish (its statement: a sentence of the mail, or its subject), if any: when it erases
 * the data apart from the list, the mail asks more than leaving the list (see {@link erasesApart}).
 */
export function unsubscribesOnly(body: string, wish: string | null = null): boolean {
  const sentences = body.slice(0, 20_000).split(CLAUSE_END).filter((t) => t.trim() !== '').map((t) => readSentence(t.slice(0, 1_000)));
  let leaves = false;
  for (const s of sentences) {
    const hits = words.scan(s.folded);
    if (hits.length === 0) {
      if (erasesData(s) && !s.words.has('negation')) return false;
      continue;
    }
    if (erasesData(s)) return false;
    const lists = hits.filter((h) => h.tag === 'list');
    if (hits.some((h) => h.tag === 'leave') || s.words.hits.some((e) => e.kind === 'erase' && lists.some((l) => objectOf(s.folded, e, l)))) leaves = true;
  }
  return leaves && (wish === null || !erasesApart(readSentence(wish.slice(0, 1_000))));
}

/**
 * The wish sentence erases the person's data or account, not their place on the list: it names
 * no list and no leaving and pairs erasure with data or cites the erasure article ("bitte löschen
 * Sie gemäß Art. 17 DSGVO sämtliche meiner Daten"), or, beside a list, an erasure word reaches
 * a data or account word with no list or leaving word between them, after it or before it in its
 * clause ("löschen Sie nach Art. 17 DSGVO meine gesamten Daten und melden Sie mich vom Newsletter
 * ab", "個人情報を削除し、ニュースレターの購読解除"). "Delete my address from the list" names no data.
 */
function erasesApart(s: ReadSentence): boolean {
  const marks = words.scan(s.folded).map((h) => h.start);
  if (marks.length === 0) return erasurePair(s) || s.citations.some((c) => c.kind === 'erasure');
  // How many list or leaving words start before each position: one between two words when the counts differ.
  const before = new Uint16Array(s.folded.length + 1);
  for (const m of marks) before[m + 1]! += 1;
  for (let i = 1; i < before.length; i++) before[i]! += before[i - 1]!;
  const clause = clauses(s.folded);
  const erasures = s.words.hits.filter((h) => h.kind === 'erase');
  const things = s.words.hits.filter((h) => h.kind === 'data' || h.kind === 'account');
  return erasures.some((e) =>
    things.some((t) => (t.start >= e.end ? before[e.end] === before[t.start] : clause(t.start) === clause(e.start) && before[t.end] === before[e.start])),
  );
}
