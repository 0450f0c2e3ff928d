/**
 * The person's own new words in a mail body.
 *
 * Replies carry our earlier mail (with its template placeholders such as
 * "[your username]") and other people's handles; signatures carry brand
 * handles ("Follow us @somebrand"). Reading either as the requester's words
 * produces wrong usernames, so both are separated out here.
 *
 * Forwarded mail is a deliberate choice by the sender: someone forwarding
 * "my request from last week" or a request on behalf of a relative wants us to
 * read the forwarded words. So a forward keeps its body and only loses the
 * forwarded header block (From:/Date:/Subject:/To:), whose addresses are not
 * the sender's own words. A reply quote ("On ... wrote:", Outlook header
 * blocks, "-----Original Message-----") ends the new words. Outlook writes the
 * same header block for replies and forwards, so the subject ("Fw:", "Fwd:",
 * "WG:", "TR:", "RV:", "ENC:") decides which one it is.
 */

import { endsWithOneOf, trimLineEnds } from './text-edges.js';

export interface VisibleParts {
  /** New words without quotes and without the signature. */
  body: string;
  /** The signature block(s) that were split off, for weak fallbacks only. */
  signature: string;
}

const ATTRIBUTION =
  /^(?:on|le|am|el|em|il|op|den|w dniu)\s.{0,300}\b(?:wrote|a\s+écrit|schrieb|escribió|escreveu|ha\s+scritto|schreef|skrev|het\s+volgende\s+geschreven)\b.{0,200}:$/i;
const SHORT_ATTRIBUTION = /^.{1,120}\s(?:wrote|a\s+écrit|schrieb|escribió|escreveu|ha\s+scritto|schreef|yazdı|şunu\s+yazdı):$/iu;
/**
 * Attributions that end in the quoted sender's address: Japanese Gmail
 * ("2026年3月2日(月) 16:12 PickrTech <contact@pickrtech.com>:"), Apple Mail
 * ("2026/03/02 16:12、PickrTech <contact@pickrtech.com>のメール:"), Turkish
 * ("... tarihinde PickrTech <contact@pickrtech.com> şunu yazdı:"). Only when quoted lines follow.
 */
const ADDRESS_ATTRIBUTION = /^.{0,200}<[^<>\s@]+@[^<>\s]+>\s*(?:(?:のメール|さんは書きました|は書きました|şunu\s+yazdı)\s*)?[:：]$/iu;
/** Longest line read as an attribution: real ones are a name, a date and an address. */
const MAX_ATTRIBUTION_CHARS = 1_000;
const ORIGINAL_MESSAGE =
  /^\s*-{2,}\s*(?:original message|mensaje original|message d'origine|ursprüngliche nachricht|mensagem original|messaggio originale|oorspronkelijk bericht|oorspronkelijk e-mailbericht|orijinal ileti|özgün ileti|元のメッセージ|オリジナル メッセージ)\s*-*/iu;
const FORWARD_MARKER =
  /^\s*(?:-{2,}\s*(?:forwarded message|mensaje reenviado|message transféré|weitergeleitete nachricht|mensagem encaminhada|messaggio inoltrato|doorgestuurd bericht|yönlendirilen ileti|yönlendirilmiş ileti|iletilen ileti|転送されたメッセージ|転送メッセージ)\s*-*$|begin forwarded message:?|anfang der weitergeleiteten nachricht:?|début du message réexpédié(?:\s*:)?|inizio messaggio inoltrato:?|begin doorgestuurd bericht:?|yönlendirilen iletinin başlangıcı:?|転送されたメッセージ[:：]?)$/iu;
const HEADER_FROM = /^\s*\*?(?:from|de|von|da|van|kimden|差出人|送信者)(?:\s*\*)?\s*[:：]\s*\S/iu;
const HEADER_SENT = /^\s*\*?(?:sent|date|enviado(?:\s+el|\s+em)?|enviada(?:\s+em)?|envoyé|gesendet|datum|fecha|data|inviato|verzonden|verstuurd|gönderildi|gönderilme\s+tarihi|tarih|送信日時|日付|日時)(?:\s*\*)?\s*[:：]/iu;
/** A header line of a quoted or forwarded header block, in the languages mail clients write. */
export const HEADER_ANY =
  /^\s*\*?(?:from|de|von|sent|date|to|cc|bcc|subject|reply-to|enviado(?:\s+el|\s+em)?|enviada(?:\s+em)?|envoyé|gesendet|datum|fecha|data|para|à|an|asunto|objet|betreff|assunto|da|a|inviato|oggetto|van|aan|verzonden|verstuurd|onderwerp|kimden|kime|gönderildi|tarih|konu|bilgi|差出人|送信者|送信日時|日付|日時|宛先|件名)(?:\s*\*)?\s*[:：]/iu;
const MOBILE_FOOTER =
  /^\s*(?:sent from my\b|sent from (?:outlook|yahoo|mail for|gmail|proton)|get outlook for\b|sent with proton|enviado desde mi\b|envoyé de mon\b|von meinem .{0,40}gesendet|enviado do meu\b|sent via\b|inviato da(?:l mio)?\b|verzonden (?:vanaf|met) (?:mijn|de)\b|verstuurd vanaf mijn\b|\S+['’](?:umdan|imden|ımdan|dan|den) gönderildi|iphoneから送信|androidから送信|.{1,30}から送信$)/iu;
const SIG_DASHES = /^--\s*$/;
/** Tested on a trimmed line, so its end needs one run of whitespace at most. */
const VALEDICTION =
  /^(?:thanks(?: a lot| so much| again| in advance)?|thank you(?: so much| very much| in advance)?|many thanks|best|best regards|kind regards|warm regards|warmest regards|regards|cheers|sincerely|yours(?: truly| sincerely| faithfully)?|all the best|take care|thx|br|saludos(?: cordiales)?|atentamente|gracias|cordialement|bien à vous|merci(?: beaucoup)?|mit freundlichen grüßen|mfg|viele grüße|liebe grüße|lg|danke(?: schön)?|atenciosamente|obrigad[oa]|abraços?|cumprimentos|grazie(?: mille| ancora| in anticipo)?|cordiali saluti|distinti saluti|saluti|un saluto|buona giornata|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|groeten|groetjes|mvg|bedankt|alvast bedankt|dank je(?: wel)?|dank u(?: wel)?|saygılarımla|saygılar|teşekkürler|teşekkür ederim|iyi çalışmalar|kolay gelsin|sevgiler|よろしくお願い(?:します|いたします|致します)|以上(?:、よろしくお願いいたします)?|敬具)\s*[,.!。、]*$/iu;
/** A forward's subject ("Fw:", "Fwd:", "WG:", "TR:", "RV:", "ENC:" ...): Outlook writes the same quote block for replies and forwards. */
export const FORWARD_SUBJECT = /^\s*(?:\[[^\]]*\]\s*)?(?:fwd?|wg|tr|rv|enc|fw|i|inoltra|doorst|ilt|転送)\s*[:：]/iu;

export function visibleText(text: string, subject = ''): string {
  return splitVisible(text, subject).body;
}

export function splitVisible(text: string, subject = ''): VisibleParts {
  const lines = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').split('\n');
  const outlookForward = FORWARD_SUBJECT.test(subject);
  const segments: string[][] = [[]];
  // After a forward marker: blank lines, then the forwarded header block.
  let skipping: 'no' | 'lead' | 'headers' = 'no';

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const trimmed = line.trim();
    if (skipping !== 'no') {
      if (trimmed === '') {
        if (skipping === 'headers') skipping = 'no';
        continue;
      }
      if (HEADER_ANY.test(line) || (skipping === 'headers' && /^[ \t]/.test(line))) {
        skipping = 'headers';
        continue;
      }
      skipping = 'no';
    }
    // A blank line is none of the markers below: kept without testing each one.
    if (trimmed === '') {
      segments[segments.length - 1]?.push(line);
      continue;
    }
    if (FORWARD_MARKER.test(trimmed)) {
      segments.push([]);
      skipping = 'lead';
      continue;
    }
    if (ORIGINAL_MESSAGE.test(trimmed) && outlookForward) {
      // Outlook forwards with "-----Original Message-----" too; the subject says it is a forward.
      segments.push([]);
      skipping = 'lead';
      continue;
    }
    if (isAttribution(lines, i) || ORIGINAL_MESSAGE.test(trimmed)) break;
    if (isOutlookHeader(lines, i)) {
      if (!outlookForward) break;
      segments.push([]);
      skipping = 'headers';
      continue;
    }
    if (/^\s*>/.test(line)) continue;
    segments[segments.length - 1]?.push(line);
  }

  const bodies: string[] = [];
  const signatures: string[] = [];
  for (const segment of segments) {
    const cut = signatureStart(segment);
    bodies.push(segment.slice(0, cut).join('\n'));
    signatures.push(segment.slice(cut).join('\n'));
  }
  return { body: tidy(bodies.join('\n\n')), signature: tidy(signatures.join('\n\n')) };
}

function isAttribution(lines: readonly string[], i: number): boolean {
  const first = (lines[i] ?? '').trim();
  if (first === '' || first.startsWith('>') || first.length > MAX_ATTRIBUTION_CHARS) return false;
  if (first.length < 200 && first.endsWith(':') && SHORT_ATTRIBUTION.test(first)) return true;
  if (endsWithOneOf(first, ':：') && ADDRESS_ATTRIBUTION.test(first) && nextQuoted(lines, i)) return true;
  if (!/^(?:on|le|am|el|em|il|op|den|w dniu)\s/i.test(first)) return false;
  // Gmail wraps long attributions over two or three lines.
  let joined = first;
  for (let k = 0; k < 3; k++) {
    if (joined.endsWith(':') && ATTRIBUTION.test(joined)) return true;
    const next = (lines[i + k + 1] ?? '').trim();
    if (next === '' || joined.length + next.length > MAX_ATTRIBUTION_CHARS) return false;
    joined = `${joined} ${next}`;
  }
  return false;
}

/** The next non-empty line is quoted ("> ..."). */
function nextQuoted(lines: readonly string[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && k < lines.length; k++) {
    const next = (lines[k] ?? '').trim();
    if (next !== '') return next.startsWith('>');
  }
  return false;
}

/** "From: x" followed within a few lines by "Sent:"/"Date:" (optionally after a rule). */
function isOutlookHeader(lines: readonly string[], i: number): boolean {
  if (!HEADER_FROM.test(lines[i] ?? '')) return false;
  for (let k = i + 1; k <= i + 5 && k < lines.length; k++) {
    const next = lines[k] ?? '';
    if (HEADER_SENT.test(next)) return true;
    if (!HEADER_ANY.test(next)) return false;
  }
  return false;
}

/** Index where the signature starts, or the segment length when none is found. */
function signatureStart(segment: readonly string[]): number {
  // Non-empty lines after each index, counted once (a per-line count is quadratic).
  const after: number[] = new Array<number>(segment.length).fill(0);
  for (let i = segment.length - 2; i >= 0; i--) {
    after[i] = (after[i + 1] ?? 0) + ((segment[i + 1] ?? '').trim() !== '' ? 1 : 0);
  }
  let contentSeen = false;
  for (let i = 0; i < segment.length; i++) {
    const line = segment[i] ?? '';
    if (line.trim() === '') continue;
    if (SIG_DASHES.test(line) || /^_{5,}\s*$/.test(line.trim()) || MOBILE_FOOTER.test(line)) return i;
    if (contentSeen && (after[i] ?? 0) <= 8 && VALEDICTION.test(line.trim())) return i;
    contentSeen = true;
  }
  return segment.length;
}

function tidy(s: string): string {
  return trimLineEnds(s).replace(/\n{3,}/g, '\n\n').trim();
}
