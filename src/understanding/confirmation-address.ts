/**
 * Where to confirm completion. Our instructions ask for an address, so one
 * the person writes in their own words ("send confirmation to x@y", "my email
 * is x@y", a `mailto:` link, an address alone on its line) wins. Without one,
 * Reply-To is where the sender's client wants answers (unless it repeats From),
 * and From is the last resort. An address in the subject counts as written when the subject's own
 * words ask to confirm there ("Delete my data - confirm to x@y", "Löschung (Bestätigung an x@y)",
 * "adattörlés (visszaigazolást ide: x@y)"); one the subject only names ("Fwd: from x@y") does not.
 * Our own addresses are never a confirmation target: a person quoting
 * "contact@pickrtech.com" back at us is not asking us to write to ourselves.
 */
import { asksConfirmationAt, endsWithConfirmationWords, namesOwnAddressAt } from './languages/pack-lines.js';
import { labelAsksConfirmation, ownSentence, sentenceAsksConfirmation } from './confirmation-cues.js';
import { writtenToByMistake } from './mistaken-address.js';
import { refusedInClause } from './refused-address.js';
import { lineAround, searchableText } from './search-text.js';
import { foldAddress } from './staff-address.js';
import type { Confidence } from './evidence.js';
import type { ConfirmationSource, InboundMail } from './types.js';

export interface ConfirmationChoice {
  address: string;
  source: ConfirmationSource;
  /** Which rule chose it (see `evidence.ts`). */
  rule: string;
  confidence: Confidence;
}

/**
 * An address; only Latin letters and digits around it continue it, so one written against Korean,
 * Thai or Hebrew words ("x@y.org로", "ที่x@y.org") is still found, and so is one after Hebrew's prefix "to" ("ל-x@y.org").
 */
const EMAIL = /(?<![\p{Script=Latin}\p{N}._%+])(?<![\p{Script=Latin}\p{N}._%+-]-)[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)*\.[a-z]{2,24}(?![\p{Script=Latin}\p{N}@])/giu;

/** Words right before an address that say "write to me there". */
const STRONG_CUE =
  /(?:confirm|confirmation|notify|notification|let\s+me\s+know|inform\s+me|reach\s+me|contact\s+me|email\s+me|e-mail\s+me|write\s+(?:to\s+)?me|get\s+back\s+to\s+me|send\b.{0,40}\bto|repl(?:y|ies)\s+to|respond\s+to|mailto:|confirma|confirme|bestätig|benachrichtig|envoy|envia|envíe|enviar|schick|sende|conferma|inviate|mandate|scrivetemi|contattatemi|avvisatemi|notifica|bevestig|stuur|sturen|mail\s+me|laat\s+(?:het\s+)?(?:me|mij)\s+weten|onay|bildir|gönder|ulaş|dönüş|yanıt|cevap|antwoord|antwoorden|mailen\s+naar|antwort|antworten|zurückschreiben|répond|réponse|écri(?:re|vez)|rispond|risposta|respond|respuesta|escrib|write\s+back|answer|確認|連絡|送信|送って|通知|返信|報告|お知らせ)[^@\n]{0,60}$/iu;
const MEDIUM_CUE =
  /(?:my\s+(?:e-?mail|address|contact|mail)|e-?mail(?:\s+address)?|address|adresse|correo|courriel|contact|contacto|contato|e-mail-adresse|indirizzo(?:\s+e-?mail)?|(?:e-?)?mailadres|e-?posta(?:\s+adresi[mn]?)?|eposta|mail\s+adresi[mn]?|iletişim|メールアドレス|メール|アドレス|連絡先)\s*(?:(?:is|es|est|ist|é|è|lautet|luidt|は)\s*)?(?:[:\-–=]\s*)?$/iu;
/**
 * Turkish and Japanese put the verb after the address: "x@y adresine gönderin", "x@y までご連絡ください";
 * German and Dutch may too: "an x@y antworten", "naar x@y mailen".
 */
const AFTER_CUE =
  /^\s*(?:[)>\]]\s*)?(?:['’]?(?:e|a|ye|ya)\s+|adresine\s+|adresime\s+|まで|に|へ|宛|あて)[^@\n]{0,40}?(?:gönder|bildir|onay|ulaş|bilgi|haber|yaz|dönüş|yanıt|cevap|確認|連絡|送|通知|返信|報告|お知らせ|お願い)|^\s*(?:\p{L}+\s+){0,2}(?:antworten|zurückschreiben|schreiben|schicken|senden|antwoorden|mailen|sturen)(?!\p{L})/iu;
/** "my old address was x", "don't write to x": mentioned, but not the target. */
const DISOWNED =
  /(?:(?<![\p{L}])(?:old|previous|former|no\s+longer|not|don['’]?t|never|instead\s+of|ancien|antigu[oa]|antig[oa]|alte|alten|vecchi[oa]|precedente|oude|vorige|eski|önceki|star(?:y|ego|ym)|poprzedni|стар(?:ый|ого|ом|ий)|прежн|gaml[ae]|tidigare|vanha|régi|starý|staré|vechi|παλι(?:ό|ά|ός|ή|ού)|cũ|lama|قديم|قدیمی|ישן|הישן|ישנה|הישנה|पुराना|पुरान|purana)(?![\p{L}])|旧|以前の|古い|原来的|以前的|이전|예전)[^@\n]{0,40}$/iu;

export function findConfirmationAddress(
  mail: InboundMail,
  visibleText: string,
  botAddress: string | null,
  /** The mail's language, whose negations refuse an address ("Ikke send noe til x"); null when not known. */
  lang: string | null = null,
  /** The mail's subject as shown to the person; only an address it asks to confirm to is read. */
  subject = '',
): ConfirmationChoice | null {
  const own = (address: string): boolean => isOwnAddress(address, botAddress);
  const explicit = explicitAddress(visibleText, own, lang, false) ?? explicitAddress(subject, own, lang, true);
  if (explicit) return { ...explicit, source: 'explicit' };
  const from = mail.from?.address.toLowerCase() ?? '';
  // A Reply-To that repeats From (many clients write one) names no other place: it is the sender.
  const sender = foldAddress(mail.from?.address ?? '');
  const replyTo = mail.replyTo.find((a) => a.address !== '' && !own(a.address) && foldAddress(a.address) !== sender)?.address.toLowerCase();
  if (replyTo) return { address: replyTo, source: 'reply_to', rule: 'confirmation.reply-to', confidence: 'high' };
  return from !== '' ? { address: from, source: 'sender', rule: 'confirmation.sender', confidence: 'high' } : null;
}

export function isOwnAddress(address: string, botAddress: string | null): boolean {
  const a = address.toLowerCase();
  return (botAddress !== null && a === botAddress.toLowerCase()) || /@(?:[a-z0-9-]+\.)*pickrtech\.com$/.test(a);
}

const SCORE_RULE: Record<number, readonly [string, Confidence]> = {
  1: ['confirmation.alone', 'medium'],
  2: ['confirmation.label', 'high'],
  3: ['confirmation.cue', 'high'],
  4: ['confirmation.cue-after', 'high'],
};

function explicitAddress(
  text: string,
  own: (a: string) => boolean,
  lang: string | null,
  /** Only the words that ask to confirm there count, not those that name an address as the person's. */
  asking: boolean,
): { address: string; rule: string; confidence: Confidence } | null {
  let best: { score: number; rank: number; address: string } | null = null;
  const source = searchableText(text.slice(0, 100_000));
  let refused: { start: number; end: number } | null = null;
  for (const m of source.matchAll(EMAIL)) {
    const address = m[0].toLowerCase();
    if (own(address)) continue;
    const around = lineAround(source, m.index, m.index + m[0].length, 160);
    const sentence = ownSentence(around.before);
    if (DISOWNED.test(sentence) || refusedInClause(sentence, lang) || writtenToByMistake(sentence)) {
      refused = { start: m.index, end: m.index + m[0].length };
      continue;
    }
    // "Send the confirmation not to x but to y", "Bestätigung nicht an x, sondern an y": the words
    // that ask before the refused address ask for the one after it.
    const { after } = around;
    const before = refused === null ? around.before : withoutRefused(around.before, m.index, refused);
    let score = 0;
    let rank = 0;
    if (STRONG_CUE.test(before)) [score, rank] = [3, 3];
    else if (!asking && MEDIUM_CUE.test(before)) [score, rank] = [2, 2];
    else if (AFTER_CUE.test(after)) [score, rank] = [3, 4];
    // "Proszę o potwierdzenie usunięcia na adres: x", "bekräfta raderingen till x", "回复至：x": any pack's words.
    else if (asksConfirmationAt(before, 24, after)) [score, rank] = [3, 3];
    // "mój prywatny adres to x", "min privata adress är x": an address the person calls theirs, below one they ask for.
    else if (!asking && namesOwnAddressAt(before)) [score, rank] = [2, 2];
    // The words of any language pack that ask for the confirmation there ("potwierdzenie na", "发送到").
    else if (!asking && endsWithConfirmationWords(before)) [score, rank] = [2, 2];
    // "Adres do odpowiedzi: x", "Adresa pro potvrzení: x": a label asking for the outcome, in any pack's words.
    else if (labelAsksConfirmation(before)) [score, rank] = [2, 2];
    // "Per la conferma usate l'indirizzo di mia figlia che mi aiuta col computer: x": a sentence opened by the ask, ended by a colon.
    else if (sentenceAsksConfirmation(before)) [score, rank] = [3, 3];
    else if (!asking && isAloneOnLine(before, after)) [score, rank] = [1, 1];
    if (score > 0 && (!best || score > best.score)) best = { score, rank, address };
  }
  if (!best) return null;
  const [rule, confidence] = SCORE_RULE[best.rank] ?? ['confirmation.alone', 'medium'];
  return { address: best.address, rule, confidence };
}

/** `before` (the line up to `at`) with the refused address in it, if any, written as one word without "@". */
function withoutRefused(before: string, at: number, refused: { start: number; end: number }): string {
  const from = at - before.length;
  if (refused.start < from) return before;
  return `${before.slice(0, refused.start - from)}x${before.slice(refused.end - from)}`;
}

/** "3. alice@example.com" or "(alice@example.com)" on a line of its own. */
function isAloneOnLine(before: string, after: string): boolean {
  return /^[\s\d.)(\-*•:<[]*$/.test(before) && /^[\s.)>\]]*$/.test(after);
}
