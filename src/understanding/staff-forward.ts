/**
 * A request that staff forward into the bot's mailbox ("this came to my own
 * inbox, please handle it") is the original sender's request. This finds the
 * forwarded block and, when its header block clearly names who wrote it, gives
 * the mail as that person sent it: their address, their subject, their words.
 * When the sender is not clear (no address in the block, an address of staff or
 * of the bot), there is no forwarded request and the mail is left to a person.
 * Outlook's "-----Original Message-----" is a forward only under a forward's
 * subject (the rule visible-text.ts reads mail by); under any other subject it
 * starts the quote of a reply, and nothing below it is a forwarded request.
 * Pure and linear: plain string code, no patterns over the body.
 */
import type { InboundMail } from './types.js';
import { FORWARD_SUBJECT } from './visible-text.js';

/** Forward markers as mail clients write them, lower case, without dashes or colons around. */
const FORWARD_MARKERS = new Set([
  'forwarded message', 'begin forwarded message', 'weitergeleitete nachricht', 'message transféré',
  'mensaje reenviado', 'mensagem encaminhada', 'messaggio inoltrato', 'doorgestuurd bericht',
]);
/**
 * Outlook's quote markers: Outlook writes them above the quote of a reply and
 * above a forward alike, so they mark a forward only under a forward's subject.
 */
const ORIGINAL_MARKERS = new Set([
  'original message', 'ursprüngliche nachricht', "message d'origine", 'mensaje original', 'mensagem original',
  'messaggio originale', 'oorspronkelijk bericht',
]);
const FROM_KEYS = new Set(['from', 'von', 'de', 'da', 'van']);
const SUBJECT_KEYS = new Set(['subject', 'betreff', 'objet', 'asunto', 'assunto', 'oggetto', 'onderwerp']);
/** Headers of the forwarding mail that describe it, not the original: never carried over. */
const DROPPED_HEADERS = ['authentication-results', 'arc-authentication-results', 'dkim-signature', 'received-spf'];
const MAX_TEXT = 200_000;

export function forwardedOriginal(mail: InboundMail, notSenders: readonly string[]): InboundMail | null {
  const lines = (mail.text ?? '').slice(0, MAX_TEXT).split('\n').map((l) => l.trimEnd());
  const marker = lines.findIndex((line) => markerKind(line) !== null);
  if (marker < 0) return null;
  // A reply's quote: what follows is the thread staff answered, even when it holds a forward.
  if (markerKind(lines[marker]!) === 'original' && !FORWARD_SUBJECT.test(mail.subject)) return null;

  let i = marker + 1;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const fields = new Map<string, string>();
  for (; i < lines.length && lines[i]!.trim() !== ''; i++) {
    const line = lines[i]!.replace(/\*/g, '').trim();
    const colon = line.indexOf(':');
    if (colon <= 0) break;
    const key = line.slice(0, colon).trim().toLowerCase();
    if (!fields.has(key)) fields.set(key, line.slice(colon + 1).trim());
  }
  const fromValue = [...FROM_KEYS].map((k) => fields.get(k)).find((v) => v !== undefined);
  const from = fromValue ? addressIn(fromValue) : null;
  if (!from || notSenders.includes(from.address)) return null;

  const body = lines.slice(i).join('\n').trim();
  if (body === '') return null;
  const subject = [...SUBJECT_KEYS].map((k) => fields.get(k)).find((v) => v !== undefined) ?? mail.subject;
  const headers: Record<string, string[]> = { ...mail.headers };
  for (const h of DROPPED_HEADERS) delete headers[h];
  return { ...mail, from, replyTo: [], subject, text: body, html: null, inReplyTo: [], references: [], headers };
}

/** Whether the line is a forward marker, an Outlook quote marker ("-----Original Message-----") or neither. */
function markerKind(line: string): 'forward' | 'original' | null {
  const t = line.trim();
  if (t.length > 80) return null;
  let a = 0;
  let b = t.length;
  while (a < b && (t[a] === '-' || t[a] === ' ')) a++;
  while (b > a && (t[b - 1] === '-' || t[b - 1] === ' ' || t[b - 1] === ':')) b--;
  const words = t.slice(a, b).toLowerCase();
  if (FORWARD_MARKERS.has(words)) return 'forward';
  return ORIGINAL_MARKERS.has(words) ? 'original' : null;
}

/** "Erin Example <erin@example.com>" or "erin@example.com": one plain address, lower case; null when unclear. */
function addressIn(value: string): { address: string; name: string } | null {
  const open = value.lastIndexOf('<');
  const close = value.indexOf('>', open + 1);
  const raw = open >= 0 && close > open ? value.slice(open + 1, close) : value;
  const trimmed = raw.trim();
  // Checked before lower-casing: toLowerCase turns look-alikes such as the Kelvin sign into ASCII.
  if ([...trimmed].some((c) => c.trim() === '' || c.charCodeAt(0) >= 0x80 || c === '"' || c === ',' || c === ';')) return null;
  const address = trimmed.toLowerCase();
  const at = address.indexOf('@');
  if (at <= 0 || at !== address.lastIndexOf('@') || address.length > 254) return null;
  if (!address.slice(at + 1).includes('.')) return null;
  const name = open > 0 ? value.slice(0, open).replace(/"/g, '').trim() : '';
  return { address, name };
}
