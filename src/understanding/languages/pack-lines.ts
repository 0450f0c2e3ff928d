/**
 * The lines mail clients and people write in every language the packs know, told by the
 * packs' words: a quoted header block's labels, the lines that open a quoted original or a
 * forward, a reply's attribution, sign-offs and "sent from my phone" lines, subject
 * prefixes, auto-reply subjects, username labels and the words before a confirmation
 * address. Each check reads a line (or a subject) once, folded as the packs' words are
 * (`registry.ts` fold): a Set lookup, startsWith / endsWith, or the registry's linear
 * matcher, never a pattern that can backtrack.
 */
import type { LanguagePack } from './language-pack.js';
import { PACKS } from './packs/index.js';
import { buildMatcher, fold, type Matcher } from './registry.js';

/** A letter of a script written with spaces between words, where a word must end before the next starts. */
const SPACED_LETTER = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * `fold` with a fast path for a line of printable ASCII (most lines of most mail), which NFKC
 * leaves as it is: lower case and single spaces only.
 */
function foldLine(s: string): string {
  let spaced = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7e || (c < 0x20 && c !== 9)) return fold(s);
    if (c === 9 || (c === 32 && s.charCodeAt(i + 1) === 32)) spaced = true;
  }
  const lower = s.toLowerCase();
  return spaced ? lower.replace(/[ \t]+/g, ' ') : lower;
}

type ListField = { [K in keyof LanguagePack]-?: LanguagePack[K] extends readonly string[] | undefined ? K : never }[keyof LanguagePack];

function allWords(field: ListField, packs: readonly LanguagePack[] = PACKS): Set<string> {
  return new Set(packs.flatMap((p) => (p[field] ?? []).map((w) => foldLine(w).trim())));
}

const HEADER_FROM = allWords('headerFrom');
const HEADER_SENT = allWords('headerSent');
const HEADER_ANY = new Set([...HEADER_FROM, ...HEADER_SENT, ...allWords('headerOther')]);
const ORIGINAL = [...allWords('originalMessage')];
const FORWARD = allWords('forwardMarkers');
const SIGN_OFFS = allWords('signatureMarkers');
const REPLY_PREFIXES = allWords('replyPrefixes');
/** A prefix one language writes for a reply and another for a forward ("VS:") is read as a reply: that cuts more. */
const FORWARD_PREFIXES = new Set([...allWords('forwardPrefixes')].filter((p) => !REPLY_PREFIXES.has(p)));
const USERNAME_LABELS = allWords('usernameLabels');
const MINE = allWords('mine');
/** The person's own in a language written without spaces ("我的", "私の"): written before the label with no space. */
const MINE_JOINED = [...allWords('mine', PACKS.filter((p) => p.noSpaces === true))];

/** The words naming whose an account is, after its label: the person's own ("من", "của tôi") or their child's ("meiner Tochter", "của cháu"). */
const OWNERS: ReadonlySet<string> = new Set([...MINE, ...allWords('ownChild')]);
/** A client's, an employer's word before a label ("client", "kunden" of "Kundenkonto"): an agency names its client's account. */
const CLIENTS: readonly string[] = [...allWords('clients')].filter((c) => c.length >= 4);
/** The one-word links between a label and its handle, "is" among them ("er", "är", "ist", "est", "là"). */
const LINK_WORDS: ReadonlySet<string> = new Set([...allWords('handleLinks')].filter((w) => !w.includes(' ')));
/** At most this many words name whose an account is after its label ("của cháu", "de ma fille"). */
const MAX_OWNER_WORDS = 3;

/** Longest label read before a colon: real ones are a few words. */
const MAX_LABEL_CHARS = 40;
/** Longest line read as one of the short lines below (a sign-off, a marker, a "sent from" line). */
const MAX_SHORT_LINE = 120;

/** Leading `*` (bold in plain text) and the spaces around them. */
function unstar(s: string): string {
  let i = 0;
  while (i < s.length && (s[i] === '*' || s[i] === ' ' || s[i] === '\t')) i++;
  let j = s.length;
  while (j > i && (s[j - 1] === '*' || s[j - 1] === ' ' || s[j - 1] === '\t')) j--;
  return s.slice(i, j);
}

/** The label before the first colon of a line ("**From:** x" → "from"), folded, or null without one. */
export function lineLabel(line: string): { label: string; rest: string } | null {
  const head = line.slice(0, MAX_LABEL_CHARS + 8);
  let colon = -1;
  for (let i = 0; i < head.length; i++) {
    const c = head[i];
    if (c === ':' || c === '：') {
      colon = i;
      break;
    }
  }
  if (colon <= 0) return null;
  const label = foldLine(unstar(head.slice(0, colon))).trim();
  if (label === '' || label.length > MAX_LABEL_CHARS) return null;
  return { label, rest: unstar(line.slice(colon + 1)) };
}

/** "From: x", "Von: x", "Od: x", "发件人: x": the sender line of a quoted header block (a value must follow). */
export function isHeaderFromLine(line: string): boolean {
  const l = lineLabel(line);
  return l !== null && HEADER_FROM.has(l.label) && l.rest.trim() !== '';
}

/** "Sent:", "Gesendet:", "Wysłano:", "发送时间:": the date line of a quoted header block. */
export function isHeaderSentLine(line: string): boolean {
  const l = lineLabel(line);
  return l !== null && HEADER_SENT.has(l.label);
}

/** Any line of a quoted header block, in any language the packs know. */
export function isHeaderLine(line: string): boolean {
  const l = lineLabel(line);
  return l !== null && HEADER_ANY.has(l.label);
}

/** A trimmed line without the dashes, colons and spaces around its words, folded; null when longer than `max`. */
function markerWords(trimmed: string, max: number): string | null {
  let i = 0;
  while (i < trimmed.length && (trimmed[i] === '-' || trimmed[i] === ' ' || trimmed[i] === '_')) i++;
  let j = trimmed.length;
  while (j > i && ' -_:：'.includes(trimmed[j - 1]!)) j--;
  // NFKC may shorten a word (a ligature, a full-width letter), never lengthen it past twice.
  if (j - i > 2 * max) return null;
  return foldLine(trimmed.slice(i, j)).trim();
}

/** "-----Original Message-----", "-----Ursprüngliche Nachricht-----", "------ 原始邮件 ------": a quoted original starts. */
export function isOriginalMessageLine(trimmed: string): boolean {
  if (!trimmed.startsWith('--') || trimmed.length > MAX_SHORT_LINE) return false;
  const words = markerWords(trimmed, MAX_SHORT_LINE);
  return words !== null && ORIGINAL.some((o) => words.startsWith(o));
}

/** "---------- Forwarded message ---------", "Begin forwarded message:", "-------- Przekazana wiadomość --------". */
const MAX_FORWARD = Math.max(...[...FORWARD].map((w) => w.length));

export function isForwardMarkerLine(trimmed: string): boolean {
  if (trimmed.length > MAX_SHORT_LINE) return false;
  const words = markerWords(trimmed, MAX_FORWARD);
  return words !== null && FORWARD.has(words);
}

/** A sign-off on a line of its own ("Regards,", "Z poważaniem", "Trân trọng", "よろしくお願いします。"). */
const MAX_SIGN_OFF = Math.max(...[...SIGN_OFFS].map((w) => w.length));

export function isSignOffLine(trimmed: string): boolean {
  // A sign-off and a few marks: a longer line is none, whatever it holds.
  if (trimmed.length > 2 * MAX_SIGN_OFF + 8) return false;
  let j = trimmed.length;
  while (j > 0 && ' ,.!。、'.includes(trimmed[j - 1]!)) j--;
  return SIGN_OFFS.has(foldLine(trimmed.slice(0, j)).trim());
}

/** The device or app in a "sent from my phone" line: at most this many characters. */
const MAX_DEVICE_CHARS = 60;
const SENT_FROM = [...new Set(PACKS.flatMap((p) => p.sentFrom.map((t) => fold(t).trim())))].map((t) => {
  const star = t.indexOf('*');
  return { before: t.slice(0, star), after: t.slice(star + 1) };
});

/** "Sent from my iPhone", "Von meinem iPhone gesendet", "iPhoneから送信", "发自我的iPhone", "Wysłane z mojego Samsunga". */
/** The templates that start with words, by their first letter; those that start with the device, by their last. */
const SENT_FROM_BY_FIRST = groupBy(SENT_FROM.filter((t) => t.before !== ''), (t) => t.before[0]!);
const SENT_FROM_BY_LAST = groupBy(SENT_FROM.filter((t) => t.before === ''), (t) => t.after[t.after.length - 1]!);

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

export function isSentFromLine(trimmed: string): boolean {
  if (trimmed === '' || trimmed.length > MAX_SHORT_LINE + MAX_DEVICE_CHARS) return false;
  const candidates = [
    ...(SENT_FROM_BY_FIRST.get(trimmed[0]!.toLowerCase()) ?? []),
    ...(SENT_FROM_BY_LAST.get(trimmed[trimmed.length - 1]!.toLowerCase()) ?? []),
  ];
  if (candidates.length === 0) return false;
  const line = foldLine(trimmed).trim();
  return candidates.some(
    ({ before, after }) =>
      line.length > before.length + after.length &&
      line.length - before.length - after.length <= MAX_DEVICE_CHARS &&
      line.startsWith(before) &&
      line.endsWith(after),
  );
}

/**
 * The subject's first prefix ("Fwd: Re: x" → "fwd"), after a [tag] the way lists write it;
 * null when it has none.
 */
export function subjectPrefix(subject: string): string | null {
  let s = subject.trimStart();
  if (s.startsWith('[')) {
    const close = s.indexOf(']');
    if (close > 0 && close < 80) s = s.slice(close + 1).trimStart();
  }
  const l = lineLabel(s);
  return l && !l.label.includes(' ') ? l.label : null;
}

/** A forward's subject in any language the packs know: "Fwd:", "WG:", "TR:", "PD:", "转发:", "전달:". */
export function isForwardSubject(subject: string): boolean {
  const p = subjectPrefix(subject);
  return p !== null && FORWARD_PREFIXES.has(p);
}

/** Attribution verbs, as the end of a line before its colon ("wrote", "napisał(a)", "写道", "님이 작성"). */
const ATTRIBUTION_VERBS = [...allWords('quoteHeaders')].sort((a, b) => b.length - a.length);
const VERB_MATCHER: Matcher<true> = buildMatcher(
  PACKS.flatMap((p) => p.quoteHeaders.map((w) => ({ word: foldLine(w).trim(), tag: true as const, whole: true, anywhere: p.noSpaces === true }))),
);

/** The line before its final colon, folded; null when it does not end in one. */
function beforeFinalColon(line: string): string | null {
  const t = line.trimEnd();
  const last = t[t.length - 1];
  if (last !== ':' && last !== '：') return null;
  return foldLine(t.slice(0, -1)).trimEnd();
}

/**
 * "Alice wrote:", "Jan Kowalski <jan@x.pl> napisał(a):", "… 10:12写道：": the line ends with an
 * attribution verb; `spaced` when the verb is a word of a language written with spaces.
 */
export function attributionVerbAtEnd(line: string): { spaced: boolean } | null {
  const text = beforeFinalColon(line);
  if (text === null) return null;
  for (const v of ATTRIBUTION_VERBS) {
    if (!text.endsWith(v)) continue;
    const before = text[text.length - v.length - 1];
    // A verb of a spaced language starts a word; one written without spaces may follow anything.
    const spaced = SPACED_LETTER.test(v[0]!);
    if (before === undefined || !spaced || !WORD_CHAR.test(before)) return { spaced };
  }
  return null;
}

/** The line names an attribution verb anywhere ("Den 3 mars 2026 skrev Erik <erik@x.se>:"), and ends in a colon. */
export function holdsAttributionVerb(line: string): boolean {
  const text = beforeFinalColon(line);
  return text !== null && VERB_MATCHER.scan(text).length > 0;
}

const OPENERS = [...new Set(PACKS.flatMap((p) => (p.quoteOpeners ?? []).map((w) => foldLine(w).trim())))];

/** "On Mon, 3 Mar 2026 …", "Am 03.03.2026 …", "W dniu 3.03.2026 …", "Pada tanggal …": an attribution's first word. */
const OPENER_FIRST = new Set(OPENERS.map((o) => o[0]!));

export function startsWithQuoteOpener(line: string): boolean {
  const head = line.trimStart();
  if (head === '' || !OPENER_FIRST.has(head[0]!.toLowerCase())) return false;
  const folded = foldLine(head.slice(0, 40));
  return OPENERS.some((o) => folded.startsWith(`${o} `));
}

/**
 * "… Ivan <ivan@example.ru>:" and "… <a@b> şunu yazdı:": the line ends with the quoted sender's
 * address in angle brackets, an attribution verb after it allowed.
 */
export function endsWithQuotedAddress(line: string): boolean {
  let text = beforeFinalColon(line);
  if (text === null) return false;
  for (const v of ATTRIBUTION_VERBS) {
    if (text.endsWith(v)) {
      text = text.slice(0, -v.length).trimEnd();
      break;
    }
  }
  if (!text.endsWith('>')) return false;
  const open = text.lastIndexOf('<');
  if (open < 0) return false;
  const address = text.slice(open + 1, -1);
  return address.includes('@') && !/\s|[<>]/.test(address);
}

/**
 * A label before a username, in any language: "Nazwa użytkownika", "Имя пользователя", "用户名", "Instagram kullanıcı adı";
 * and the same saying whose account it is and "is": "Min Instagram-bruger er", "حساب من", "Tên tài khoản Instagram của cháu",
 * "Instagram-Konto meiner Tochter", "Client Instagram", "Kundenkonto".
 */
export function isUsernameLabel(label: string): boolean {
  const folded = foldLine(label).trim();
  if (namesOwnAccount(folded)) return true;
  // "Min Instagram-bruger er", "Mitt användarnamn är": the copula before the colon.
  const copula = lastWordOf(folded, LINK_WORDS);
  return copula !== null && namesOwnAccount(copula);
}

/** The label with its last words cut when they are one of `words` ("min instagram-bruger er" → "min instagram-bruger"), else null. */
function lastWordOf(folded: string, words: ReadonlySet<string>): string | null {
  let space = folded.length;
  for (let n = 0; n < MAX_OWNER_WORDS; n++) {
    space = folded.lastIndexOf(' ', space - 1);
    if (space <= 0) return null;
    if (words.has(folded.slice(space + 1))) return folded.slice(0, space);
  }
  return null;
}

/**
 * Whose the labelled account is, around a label: the person's ("حساب من", "my account"), their child's
 * ("Konto Instagram mojego syna", a preposition between: "Cuenta de Instagram de mi hijo"), or a client's
 * ("Client Instagram", "Kundenkonto", "Insta der Kundin").
 */
function namesOwnAccount(folded: string): boolean {
  if (namesMyAccount(folded)) return true;
  const owned = lastWordOf(folded, OWNERS);
  if (owned !== null && namesMyAccount(dropPreposition(owned))) return true;
  for (const client of CLIENTS) {
    if (!folded.startsWith(client)) continue;
    const rest = folded.slice(client.length);
    if (namesAccount(rest.replace(/^[- ]/u, ''))) return true;
  }
  return false;
}

function namesMyAccount(folded: string): boolean {
  if (namesAccount(folded)) return true;
  // "Mój login", "Моё имя пользователя", "我的用户名": the person's own label.
  const space = folded.indexOf(' ');
  if (space > 0 && MINE.has(folded.slice(0, space)) && namesAccount(folded.slice(space + 1))) return true;
  for (const mine of MINE_JOINED) if (folded.startsWith(mine) && namesAccount(folded.slice(mine.length).trimStart())) return true;
  return false;
}

function namesAccount(folded: string): boolean {
  if (USERNAME_LABELS.has(folded)) return true;
  // "Instagram username", "nazwa użytkownika na Instagramie", "Instagram 用户名": the platform around a label.
  for (const platform of ['instagram', 'insta', 'ig']) {
    // "Instagram username", "Instagram-käyttäjätunnus": the platform, a space or a hyphen, the label.
    if ((folded.startsWith(`${platform} `) || folded.startsWith(`${platform}-`)) && USERNAME_LABELS.has(folded.slice(platform.length + 1))) return true;
    if (folded.startsWith(platform) && USERNAME_LABELS.has(folded.slice(platform.length))) return true;
  }
  const on = folded.lastIndexOf(' ');
  return on > 0 && /^(?:instagram|insta|ig)\p{L}{0,4}$/u.test(folded.slice(on + 1)) && USERNAME_LABELS.has(dropPreposition(folded.slice(0, on)));
}

/** "nazwa użytkownika na" → "nazwa użytkownika": a short word before the platform's name. */
function dropPreposition(s: string): string {
  const space = s.lastIndexOf(' ');
  if (space > 0 && s.length - space - 1 <= 3 && !USERNAME_LABELS.has(s)) return s.slice(0, space);
  return s;
}

/** Confirmation phrases of every pack, found where they end. */
const CONFIRMATION: Matcher<true> = buildMatcher(
  PACKS.flatMap((p) => p.confirmation.map((w) => ({ word: foldLine(w).trim(), tag: true as const, whole: false, anywhere: p.noSpaces === true }))),
);

/**
 * Words of a pack that ask to be written to at the address that follows ("potwierdzenie na",
 * "отправьте на", "确认发送到"), ending at most `within` characters before it.
 */
export function endsWithConfirmationWords(before: string, within = 24): boolean {
  const text = foldLine(before.slice(-160)).trimEnd();
  const tail = Math.max(0, text.length - within);
  return CONFIRMATION.scan(text).some((h) => h.end >= tail);
}

/** A stem of this many letters or fewer, in an alphabet, must be a whole word ("na", "to", "pe"). */
const SHORT_WORD = 3;

function packWords(field: 'confirmationAsks' | 'confirmationTargets' | 'addressWords' | 'mine'): Matcher<string> {
  return buildMatcher(
    PACKS.flatMap((p) =>
      (p[field] ?? []).map((w) => {
        const word = foldLine(w).trim();
        const anywhere = p.noSpaces === true;
        const last = word.slice(word.lastIndexOf(' ') + 1);
        const short = SPACED_LETTER.test(last) && [...last].length <= SHORT_WORD;
        return { word, tag: p.code, whole: !anywhere && (field === 'mine' || short), anywhere };
      }),
    ),
  );
}

const ASKS = packWords('confirmationAsks');
const TARGETS = packWords('confirmationTargets');
const ADDRESS_WORDS = packWords('addressWords');
const OWN = packWords('mine');

/**
 * Words of a pack naming the address as where to be told of the outcome: a word asking for it
 * ("potwierdzenie", "сообщить", "bekräfta", "确认", "پاسخ") on the line before the address or
 * just after it, and a word naming the place right before the address (ending at most `within`
 * characters before: "na adres", "по почте", "till", "至", "به") or right after it (Korean,
 * Hindi: "x@y 로 회신", "x@y पर जवाब दें").
 */
export function asksConfirmationAt(before: string, within = 24, after = ''): boolean {
  const text = foldLine(before.slice(-160)).trimEnd();
  const tail = Math.max(0, text.length - within);
  const next = foldLine(after.slice(0, 60));
  const lead = next.length - next.trimStart().length;
  const placed = TARGETS.scan(text).some((h) => h.end >= tail) || TARGETS.scan(next.slice(0, lead + 12)).some((h) => h.start === lead);
  return placed && (ASKS.scan(text).length > 0 || ASKS.scan(next).length > 0);
}

/** An address as written after a place word: a run without spaces holding an @ and a dot after it. */
const ADDRESS_NEXT = /^[^\s@]+@[^\s@]+\.[^\s@]/u;

/**
 * Whether `after` opens with a word naming where to write, then an address: " la x@y.ro", " to x@y.com",
 * " na kasia@wp.pl". The word before it ("confirmarea la x@y", "confirmation to x@y") is the confirmation asked for.
 */
export function placesAddressNext(after: string): boolean {
  const next = foldLine(after.slice(0, 80));
  const lead = next.length - next.trimStart().length;
  if (lead === 0) return false;
  return TARGETS.scan(next.slice(0, lead + 30)).some((h) => h.start === lead && ADDRESS_NEXT.test(next.slice(h.end).trimStart()) && /^\s/u.test(next.slice(h.end)));
}

/**
 * The person's own address word right before an address, in a pack's words: "mój prywatny adres
 * to", "min privata adress är", "המייל הפרטי שלי הוא" (an address word ending at most `within`
 * characters before, and a word of `mine` of the same language at most one word from it).
 */
export function namesOwnAddressAt(before: string, within = 24): boolean {
  const text = foldLine(before.slice(-60)).trimEnd();
  const tail = Math.max(0, text.length - within);
  const own = OWN.scan(text);
  return ADDRESS_WORDS.scan(text).some(
    (a) =>
      a.end >= tail &&
      own.some((o) => {
        if (o.tag !== a.tag) return false;
        // "mój prywatny adres", "המייל הפרטי שלי": one word at most between, in the same language.
        const gap = (o.end <= a.start ? text.slice(o.end, a.start) : a.end <= o.start ? text.slice(a.end, o.start) : null)?.trim();
        return gap !== undefined && gap.length <= 20 && !gap.includes(' ');
      }),
  );
}

/** Subjects of automatic replies; one ending in ":" needs a colon or dash after it ("Absence: …"). */
const AUTO_SUBJECTS = [...allWords('autoReplySubjects')].map((s) =>
  s.endsWith(':') ? { words: s.slice(0, -1).trimEnd(), mark: true } : { words: s, mark: false },
);

/** "Out of office", "Automatische Antwort", "Automatyczna odpowiedź", "自动回复", "[Auto] 不在のお知らせ"… at the subject's start. */
export function isAutoReplySubject(subject: string): boolean {
  const s = foldLine(subject.slice(0, 300)).trimStart();
  // "[Auto-Reply] …", "(Auto) …", "【自動返信】…": the phrase inside an opening bracket; "[list] Out of office": after a tag.
  const starts = [s];
  if (s !== '' && '[(【［'.includes(s[0]!)) starts.push(s.slice(1).trimStart());
  const close = s.startsWith('[') ? s.indexOf(']') : -1;
  if (close > 0) {
    const after = s.slice(close + 1).trimStart();
    starts.push(after);
    if (after !== '' && '[(【［'.includes(after[0]!)) starts.push(after.slice(1).trimStart());
  }
  return starts.some(startsWithAutoSubject);
}

function startsWithAutoSubject(s: string): boolean {
  return AUTO_SUBJECTS.some(({ words, mark }) => {
    if (!s.startsWith(words)) return false;
    const next = s.slice(words.length).trimStart()[0];
    if (mark) return next === ':' || next === '-' || next === '–' || next === '：';
    const after = s[words.length];
    // A word of a spaced language ends where the subject's word does ("abwesend", not "abwesenden").
    return after === undefined || !SPACED_LETTER.test(words[words.length - 1]!) || !WORD_CHAR.test(after);
  });
}
