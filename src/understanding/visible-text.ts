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

export interface VisibleParts {
  /** New words without quotes and without the signature. */
  body: string;
  /** The signature block(s) that were split off, for weak fallbacks only. */
  signature: string;
}

const ATTRIBUTION =
  /^(?:on|le|am|el|em|il|op|den|w dniu)\s.{0,300}\b(?:wrote|a\s+écrit|schrieb|escribió|escreveu|ha\s+scritto|schreef|skrev)\b.{0,200}:\s*$/i;
const SHORT_ATTRIBUTION = /^.{1,120}\s(?:wrote|a\s+écrit|schrieb|escribió|escreveu):\s*$/i;
const ORIGINAL_MESSAGE =
  /^\s*-{2,}\s*(?:original message|mensaje original|message d'origine|ursprüngliche nachricht|mensagem original|messaggio originale)\s*-*/i;
const FORWARD_MARKER =
  /^\s*(?:-{2,}\s*(?:forwarded message|mensaje reenviado|message transféré|weitergeleitete nachricht|mensagem encaminhada)\s*-*|begin forwarded message:?|anfang der weitergeleiteten nachricht:?|début du message réexpédié\s*:?)\s*$/i;
const HEADER_FROM = /^\s*\*?(?:from|de|von|da|van)\s*\*?\s*:\s*\S/i;
const HEADER_SENT = /^\s*\*?(?:sent|date|enviado|envoyé|gesendet|datum|fecha|data)\s*\*?\s*:/i;
const HEADER_ANY =
  /^\s*\*?(?:from|de|von|sent|date|to|cc|bcc|subject|reply-to|enviado|envoyé|gesendet|datum|fecha|data|para|à|an|asunto|objet|betreff|assunto)\s*\*?\s*:/i;
const MOBILE_FOOTER =
  /^\s*(?:sent from my\b|sent from (?:outlook|yahoo|mail for|gmail|proton)|get outlook for\b|sent with proton|enviado desde mi\b|envoyé de mon\b|von meinem .{0,40}gesendet|enviado do meu\b|sent via\b)/i;
const SIG_DASHES = /^--\s*$/;
const VALEDICTION =
  /^\s*(?:thanks(?: a lot| so much| again| in advance)?|thank you(?: so much| very much| in advance)?|many thanks|best|best regards|kind regards|warm regards|warmest regards|regards|cheers|sincerely|yours(?: truly| sincerely| faithfully)?|all the best|take care|thx|br|saludos(?: cordiales)?|atentamente|gracias|cordialement|bien à vous|merci(?: beaucoup)?|mit freundlichen grüßen|mfg|viele grüße|liebe grüße|lg|danke(?: schön)?|atenciosamente|obrigad[oa]|abraços?|cumprimentos)\s*[,.!]*\s*$/i;
const FORWARD_SUBJECT = /^\s*(?:\[[^\]]*\]\s*)?(?:fwd?|wg|tr|rv|enc|fw)\s*:/i;

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
    if (FORWARD_MARKER.test(trimmed)) {
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
  if (first === '' || first.startsWith('>')) return false;
  if (SHORT_ATTRIBUTION.test(first) && first.length < 200) return true;
  if (!/^(?:on|le|am|el|em|il|op|den|w dniu)\s/i.test(first)) return false;
  // Gmail wraps long attributions over two or three lines.
  let joined = first;
  for (let k = 0; k < 3; k++) {
    if (ATTRIBUTION.test(joined)) return true;
    const next = lines[i + k + 1];
    if (next === undefined || next.trim() === '') return false;
    joined = `${joined} ${next.trim()}`;
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
    if (SIG_DASHES.test(line) || /^_{5,}\s*$/.test(line.trim()) || MOBILE_FOOTER.test(line)) return i;
    if (contentSeen && (after[i] ?? 0) <= 8 && VALEDICTION.test(line)) return i;
    if (line.trim() !== '') contentSeen = true;
  }
  return segment.length;
}

function tidy(s: string): string {
  return s.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim();
}
