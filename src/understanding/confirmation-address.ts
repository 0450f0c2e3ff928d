/**
 * Where to confirm completion. Our instructions ask for an address, so one
 * the person writes in their own words ("send confirmation to x@y", "my email
 * is x@y", a `mailto:` link, an address alone on its line) wins. Without one,
 * Reply-To is where the sender's client wants answers, and From is the last
 * resort. Our own addresses are never a confirmation target: a person quoting
 * "contact@pickrtech.com" back at us is not asking us to write to ourselves.
 */
import type { ConfirmationSource, InboundMail } from './types.js';

export interface ConfirmationChoice {
  address: string;
  source: ConfirmationSource;
}

const EMAIL = /(?<![\p{L}\p{N}._%+-])[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)*\.[a-z]{2,24}(?![\p{L}\p{N}@])/giu;

/** Words right before an address that say "write to me there". */
const STRONG_CUE =
  /(?:confirm|confirmation|notify|notification|let\s+me\s+know|inform\s+me|reach\s+me|contact\s+me|email\s+me|e-mail\s+me|write\s+(?:to\s+)?me|get\s+back\s+to\s+me|send\b.{0,40}\bto|repl(?:y|ies)\s+to|respond\s+to|mailto:|confirma|confirme|bestätig|benachrichtig|envoy|envia|envíe|enviar|schick|sende)[^@\n]{0,60}$/i;
const MEDIUM_CUE =
  /(?:my\s+(?:e-?mail|address|contact|mail)|e-?mail(?:\s+address)?|address|adresse|correo|courriel|contact|contacto|contato|e-mail-adresse)\s*(?:is|es|est|ist|é|lautet)?\s*[:\-–=]?\s*$/i;
/** "my old address was x", "don't write to x": mentioned, but not the target. */
const DISOWNED = /\b(?:old|previous|former|no\s+longer|not|don['’]?t|never|instead\s+of|ancien|antigu[oa]|alte)\b[^@\n]{0,40}$/i;

export function findConfirmationAddress(
  mail: InboundMail,
  visibleText: string,
  botAddress: string | null,
): ConfirmationChoice | null {
  const own = (address: string): boolean => isOwnAddress(address, botAddress);
  const explicit = explicitAddress(visibleText, own);
  if (explicit) return { address: explicit, source: 'explicit' };
  const replyTo = mail.replyTo.map((a) => a.address.toLowerCase()).find((a) => a !== '' && !own(a));
  if (replyTo) return { address: replyTo, source: 'reply_to' };
  const from = mail.from?.address.toLowerCase() ?? '';
  return from !== '' ? { address: from, source: 'sender' } : null;
}

export function isOwnAddress(address: string, botAddress: string | null): boolean {
  const a = address.toLowerCase();
  return (botAddress !== null && a === botAddress.toLowerCase()) || /@(?:[a-z0-9-]+\.)*pickrtech\.com$/.test(a);
}

function explicitAddress(text: string, own: (a: string) => boolean): string | null {
  let best: { score: number; address: string } | null = null;
  const source = text.slice(0, 100_000);
  for (const m of source.matchAll(EMAIL)) {
    const address = m[0].toLowerCase();
    if (own(address)) continue;
    const lineStart = source.lastIndexOf('\n', m.index) + 1;
    const before = source.slice(Math.max(lineStart, m.index - 160), m.index);
    const lineEnd = source.indexOf('\n', m.index);
    const after = source.slice(m.index + m[0].length, lineEnd < 0 ? undefined : lineEnd);
    if (DISOWNED.test(before)) continue;
    let score = 0;
    if (STRONG_CUE.test(before)) score = 3;
    else if (MEDIUM_CUE.test(before)) score = 2;
    else if (isAloneOnLine(before, after)) score = 1;
    if (score > 0 && (!best || score > best.score)) best = { score, address };
  }
  return best?.address ?? null;
}

/** "3. alice@example.com" or "(alice@example.com)" on a line of its own. */
function isAloneOnLine(before: string, after: string): boolean {
  return /^[\s\d.)(\-*•:<[]*$/.test(before) && /^[\s.)>\]]*$/.test(after);
}
