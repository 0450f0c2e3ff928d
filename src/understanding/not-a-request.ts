import { L, R, VERB_WORDS } from './intent-vocabulary.js';
import { PART_WORDS, sellsErasureService, type Part } from './erasure-service-pitch.js';
import { buildMatcher, fold, type MatcherWord } from './languages/registry.js';

/**
 * Mail that speaks of deletion but asks for none now: a wish put off ("not
 * yet", "vorerst", "pour l'instant", "şimdilik", "まだ…しないで"), questions
 * asked before deciding, and vendors selling deletion automation. Each is
 * read as `other`, so a human reads it instead of the bot acting on it.
 * Each pattern is a family of phrasings in the languages we read.
 */

/** The person holds the deletion back. */
const POSTPONED = new RegExp(
  [
    String.raw`\b(?:not\s+yet|hold\s+off|(?:put|keep)\s+(?:it|this|that|my\s+request)\s+on\s+hold|don['’]?t\s+(?:delete|remove|erase)\s+(?:anything|it|my\s+\S+)\s+(?:yet|for\s+now))\b`,
    String.raw`\bnoch\s+nicht\s+(?:lösch|entfern)|\bvorerst\b|\b(?:setzen|stellen)\s+sie\s+(?:\S+\s+){0,4}(?:aus|zurück)\b|\bauszusetzen\b`,
    String.raw`\bpas\s+(?:encore|tout\s+de\s+suite)\b|\bne\s+supprimez\s+rien\b|\b(?:pour\s+l['’]instant|pour\s+le\s+moment)\b[^.!?\n]{0,40}\b(?:rien|pas)\b`,
    String.raw`\bnog\s+niet\s+(?:verwijder|wis)|\b(?:voorlopig|even)\s+niet\b|\bwacht\s+(?:nog\s+)?even\s+met\b`,
    String.raw`şimdilik|henüz\s+(?:sil|kaldır)`,
    String.raw`まだ[^。\n]{0,12}しないで|保留`,
  ].join('|'),
  'iu',
);

/** "Maybe later": a wish for some day, not for now, when its sentence speaks of deleting. */
const MAYBE_LATER = new RegExp(
  String.raw`\b(?:maybe|perhaps|vielleicht|peut-être|peut-etre|quizás|quizas|quizá|tal\s+vez|forse|talvez|misschien|wellicht|belki)\b[^.!?\n]{0,40}\b(?:later|someday|one\s+day|später|irgendwann|plus\s+tard|un\s+jour|más\s+adelante|más\s+tarde|algún\s+día|più\s+avanti|più\s+tardi|un\s+giorno|mais\s+tarde|mais\s+para\s+frente|um\s+dia|ooit|ileride|sonra|bir\s+gün)\b`,
  'iu',
);
const DELETING = new RegExp(`${L}(?:${VERB_WORDS})${R}`, 'iu');

/** Whether one sentence (up to . ! ? or a line end) puts a deletion off to some day. */
function putOff(text: string): boolean {
  for (const sentence of text.slice(0, 50_000).split(/[.!?\n]/)) {
    if (MAYBE_LATER.test(sentence) && DELETING.test(sentence)) return true;
  }
  return false;
}

/** Questions asked before deciding whether to ask for deletion at all. */
const DECIDING = new RegExp(
  [
    String.raw`\bbefore\s+i\s+(?:send|make|submit|file)\s+(?:a|the|my)\s+(?:deletion\s+)?request\b|\bthinking\s+(?:about|of)\s+(?:asking|requesting|deleting)\b`,
    String.raw`\bj['’]envisage\b|\bd['’]abord\s+savoir\b|\bavant\s+de\s+me\s+décider\b`,
    String.raw`\bbevor\s+ich\s+(?:\S+\s+){0,3}(?:beantrage|entscheide)\b|\büberlege\b[^.!?\n]{0,60}\blösch`,
    String.raw`\bvoordat\s+ik\s+(?:\S+\s+){0,3}(?:aanvraag|verzoek|beslis)|\btwijfel\b`,
    String.raw`karar\s+vermeden\s+önce|düşünüyorum`,
    String.raw`迷って|決めます`,
  ].join('|'),
  'iu',
);

/** A product that automates deletion, offered with a trial, a demo or a call. */
const AUTOMATES = /\b(?:automat\w*|otomatik\w*)|自動/iu;
const PITCH =
  /\b(?:demo|free\s+trial|(?:short|quick|kurzen|kurzes)\s+(?:call|gespräch)|\d+[-\s]?(?:minute|minuten|min|minutes|dakikalık)\w*\s+(?:call|demo|gespräch|appel|gesprek)|kostenlos\s+test\w*|essai\s+gratuit|proefperiode|ücretsiz|müşterilerimiz|our\s+customers|unsere\s+kunden|nos\s+clients|onze\s+klanten|(?:would|could)\s+you\s+be\s+open\s+to|passt\s+ihnen)\b|無料|デモ/iu;

/**
 * A business offering to do the deletion work for us: an agency or platform, an outsourced
 * service, "we handle ... for you", the requests of "your users", a price per month.
 */
const OFFERS_SERVICE = new RegExp(
  [
    String.raw`\b(?:outsourc\w*|agency|agencia|agência|agenzia|consultancy|consulting|consultoria|consulenza|saas|(?:our|nuestra|nossa|la\s+nostra)\s+(?:platform|plataforma|piattaforma|service|servicio|serviço|servizio)s?)\b`,
    String.raw`\b(?:your|vuestros|sus|seus|dos\s+seus|dei\s+vostri|vostri)\s+(?:users|customers|clients|usuarios|clientes|usuários|utenti|clienti)\b`,
    String.raw`\b(?:take\s+(?:that|this|it)\s+off\s+your\s+plate|(?:handle|manage|process)\s+(?:it|them|this|that|everything)\s+for\s+you|per\s+(?:voi|conto\s+vostro)|por\s+ustedes|para\s+(?:vocês|você|ustedes))\b`,
    String.raw`(?:[£€$]|R\$)\s?\d+[^\n]{0,12}?(?:/\s?|\bper\s+|\bal\s+|\bpor\s+|\bao\s+|\bpro\s+)(?:month|mese|mes|mês|mois|monat|maand)\b`,
  ].join('|'),
  'iu',
);
/** How a sales mail closes: a call, a chat, a demo, a free trial, in the Romance languages too. */
const SALES_CLOSE =
  /\b(?:(?:short|quick|brief)\s+(?:chat|call|meeting)|breve\s+(?:call|chiamata|videochiamata|incontro|reunión|llamada|reunião|conversa)|call\s+conoscitiva|(?:teste|prova|prueba)\s+(?:grátis|gratuita|gratis|gratuito)|(?:free|gratis)\s+(?:trial|consultation|audit)|book\s+a\s+(?:call|demo|meeting)|posso\s+(?:te|lhe)\s+mostrar|le\s+interesa|ti\s+interessa|vi\s+interessa|worth\s+a\s+(?:short\s+|quick\s+)?(?:chat|call)|agendar\s+uma|agendar\s+una|fissare\s+un)/iu;

/** Whether the person holds the deletion back ("not yet", "şimdilik hiçbir şey silmeyin") or puts it off to some day ("maybe later"). */
export function putsDeletionOff(text: string): boolean {
  return POSTPONED.test(text) || putOff(text);
}

/** The rule that makes this mail `other` although it speaks of deletion, or null. */
export function notARequest(text: string): string | null {
  if (putsDeletionOff(text)) return 'other.postponed';
  // The seller first: automation is one short read, and a mail that names neither it nor a service
  // is done after the service patterns, where the pitch and the close would be read in full (about
  // 300 µs for a newsletter of 3,500 characters against about 110).
  if ((AUTOMATES.test(text) || OFFERS_SERVICE.test(text)) && (PITCH.test(text) || SALES_CLOSE.test(text))) return 'other.vendor';
  if (DECIDING.test(text)) return 'other.question-first';
  return null;
}

/**
 * Automation, in the languages read by their packs: stems, matched at a word start (anywhere in
 * scripts written without spaces).
 */
const AUTOMATION = [
  'automat', 'automatiz', 'automatis', 'automatyz', 'otomati', 'mengotomati', 'автоматиз', 'автоматич', 'αυτοματ', 'tự động',
  '自动化', '自動化', '自动处理', '자동화', 'อัตโนมัติ', 'خودکار', 'تلقائي', 'آلي', 'אוטומטי', 'स्वचालित', 'ऑटोमेशन',
];
/** An offer to show or try a product: a demo, a trial, a presentation. */
const DEMO = [
  'demo', 'демо', 'демонстрац', 'презентац', 'επίδειξη', 'trial', 'próbn', 'zkušební', 'provperiod', 'prøveperiode',
  'kokeilu', 'próbaidős', 'perioadă de probă', 'uji coba', 'dùng thử', 'пробн', '演示', '试用', '試用', '데모', '무료 체험',
  'ทดลองใช้', 'دمو', 'نسخه آزمایشی', 'عرض توضيحي', 'تجربة مجانية', 'הדגמה', 'ניסיון חינם', 'डेमो',
];
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\u0e00-\u0e7f\uac00-\ud7af]/u;
/** Stems matched at a word start (anywhere in scripts written without spaces), each standing for `list`. */
function stems(words: readonly string[], list: number): Array<MatcherWord<number>> {
  return words.map((w) => ({ word: fold(w), tag: list, whole: false, anywhere: UNSPACED.test(w) }));
}
/** A call or a meeting, offered with its length in minutes ("15 minut na rozmowę", "20 minuter för ett kort samtal"). */
const MEETING = [
  'call', 'meeting', 'rozmow', 'spotkan', 'созвон', 'звонок', 'разговор', 'встреч', 'дзвін', 'розмов', 'зустріч',
  'samtal', 'möte', 'hovor', 'schůzk', 'panggilan', 'rapat', 'cuộc gọi', 'cuộc họp', 'συνάντηση', 'κλήση', 'apel',
  'întâlnire', 'puhelu', 'palaveri', 'tapaaminen', 'hívás', 'megbeszél', 'møde', 'samtale', 'møte', 'gesprek',
  'gespräch', 'chiamata', 'llamada', 'reunión', 'reunião', 'appel', 'görüşme', 'toplantı', '通话', '电话', '会议', '通話',
  '會議', '통화', '미팅', '회의', 'โทรคุย', 'ประชุม', 'تماس', 'جلسه', 'مكالمة', 'اجتماع', 'שיחה', 'פגישה', 'कॉल',
  'मीटिंग', 'बैठक',
];
/** A length in minutes: one digit run, one optional space or dash, then a minute word of any pack's language. */
const MINUTES =
  /\d{1,3}(?:[\s-]|\sde\s)?(?:min|минут|хвилин|perc|dakika|phút|menit|λεπτ|分钟|分鐘|分|분|นาที|دقيقة|دقائق|دقیقه|דקות|मिनट)/iu;
/** A business offering its services: "we offer", "oferim servicii", "ofrecemos", "wir bieten", "oferujemy usługi". */
const OFFERS = [
  'we offer', 'we provide', 'our services', 'oferim', 'oferă servicii', 'ofera servicii', 'serviciile noastre', 'ofrecemos', 'nuestros servicios',
  'oferecemos', 'nossos serviços', 'nossos servicos', 'offriamo', 'i nostri servizi', 'oferujemy', 'nasze usługi', 'wir bieten', 'unsere dienstleistungen',
  'unsere leistungen', 'nous proposons', 'nous offrons', 'nos services', 'wij bieden', 'onze diensten', 'sunuyoruz', 'hizmetlerimiz', 'nabízíme',
  'naše služby', 'vi erbjuder', 'vi tilbyder', 'vi tilbyr', 'tarjoamme', 'kínálunk', 'kami menawarkan', 'layanan kami', 'мы предлагаем',
  'наши услуги', 'ми пропонуємо', 'наші послуги', 'προσφέρουμε', 'chúng tôi cung cấp', 'نقدم', 'ما ارائه', 'אנו מציעים', 'हम प्रदान करते',
];
/** Data-protection compliance sold as a service: the law's names, an audit, an outsourced officer, a consultancy. */
const COMPLIANCE = [
  'gdpr', 'rgpd', 'dsgvo', 'rodo', 'lgpd', 'kvkk', 'compliance', 'conformitate', 'conformidad', 'cumplimiento', 'conformità', 'conformidade',
  'conformité', 'zgodnoś', 'konformität', 'datenschutzbeauftragt', 'audit', 'consultanță', 'consultanta', 'consultoría', 'consultoria',
  'consulenza', 'beratung', 'doradztw', 'соответстви', 'відповідн', 'συμμόρφωσ',
];
/** A discount: "30% reducere", "20 % Rabatt", "descuento", "rabatem". */
const DISCOUNT = [
  'discount', '% off', 'rabat', 'desconto', 'descuento', 'remise', 'sconto', 'korting', 'indirim', 'reducere', 'zniżk', 'sleva', 'slevu',
  'alennus', 'kedvezmény', 'diskon', 'giảm giá', 'έκπτωσ', 'скидк', 'знижк', '割引', '할인', 'ส่วนลด', 'छूट', 'تخفیف', 'خصم', 'הנחה', '折扣',
];
const PERCENT = /\d{1,3}\s?%/u;

/** The word lists of a pitch, one bit each: a text's walk tells which of them it holds. */
const AUTOMATION_WORD = 1;
const OFFER_WORD = 2;
const COMPLIANCE_WORD = 4;
const DEMO_WORD = 8;
const MEETING_WORD = 16;
const DISCOUNT_WORD = 32;
/** The pitch's word lists and the erasure service's parts ({@link sellsErasureService}), found in one walk of the text. */
const pitchWords = buildMatcher<number | Part, number | Part>(
  [
    ...PART_WORDS,
    ...stems(AUTOMATION, AUTOMATION_WORD),
    ...stems(OFFERS, OFFER_WORD),
    ...COMPLIANCE.map((w) => ({ word: fold(w), tag: COMPLIANCE_WORD, whole: false, anywhere: false })),
    ...['dpo', 'iod', 'avg'].map((w) => ({ word: w, tag: COMPLIANCE_WORD, whole: true, anywhere: false })),
    ...stems(DISCOUNT, DISCOUNT_WORD),
    ...stems(DEMO, DEMO_WORD),
    ...stems(MEETING, MEETING_WORD),
  ],
  (list) => list,
);

/**
 * A vendor's pitch in any language a pack reads: automation offered with a demo or a trial
 * ("自动化处理服务 ... 20 分钟的线上演示", "автоматизация ... демо"), or with a call of so many minutes
 * ("automatyzuje ... 15 minut na rozmowę", "автоматизируем ... 15 минут на созвон"). The
 * hand-written rules read the pitches of their own languages ({@link notARequest}).
 */
export function isVendorPitch(text: string): boolean {
  const folded = fold(text.slice(0, 50_000));
  // One walk of the text finds the words of every list, the erasure service's parts among them.
  let found = 0;
  const parts = new Set<Part>();
  for (const hit of pitchWords.scan(folded)) {
    if (typeof hit === 'number') found |= hit;
    else parts.add(hit);
  }
  // A consultancy selling the handling of erasure requests, for a price a month, with a call ("ab 149 € im Monat ... 15 Minuten?").
  if (sellsErasureService(parts, folded)) return true;
  // Automation sold, or compliance services offered ("oferim servicii de conformitate GDPR: audit, DPO").
  const sells = (found & AUTOMATION_WORD) !== 0 || ((found & OFFER_WORD) !== 0 && (found & COMPLIANCE_WORD) !== 0);
  if (!sells) return false;
  return (
    (found & DEMO_WORD) !== 0 ||
    (MINUTES.test(folded) && (found & MEETING_WORD) !== 0) ||
    (PERCENT.test(folded) && (found & DISCOUNT_WORD) !== 0)
  );
}
