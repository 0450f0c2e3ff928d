/**
 * Turns a raw RFC 5322 message into an {@link InboundMail}. This is the only
 * place that knows about mailparser; everything after it is pure.
 *
 * Mail arrives from strangers, so nothing here may throw: any odd value
 * degrades to ''/null/[] and a message mailparser cannot handle at all is
 * read again with a tiny fallback reader.
 */
import { simpleParser } from 'mailparser';
import type { AddressObject, EmailAddress, ParsedMail } from 'mailparser';
import type { InboundMail, MailAddress } from '../understanding/types.js';
import { htmlToText } from '../understanding/html-text.js';

/** Longest header value we keep; a 5 MB header line is an attack, not data. */
const MAX_HEADER_CHARS = 64 * 1024;
/** HTML above this is cut before our tag stripper sees it. */
const MAX_HTML_CHARS = 2 * 1024 * 1024;

export async function readMail(raw: Buffer | string): Promise<InboundMail> {
  try {
    const parsed = await simpleParser(raw, {
      // We convert HTML ourselves: it keeps blockquotes marked as quotes and
      // stays linear on hostile markup.
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipTextLinks: true,
      skipImageLinks: true,
    });
    return fromParsed(parsed);
  } catch {
    return fallbackRead(raw);
  }
}

function fromParsed(parsed: ParsedMail): InboundMail {
  const html = typeof parsed.html === 'string' ? clean(parsed.html) : null;
  let text = typeof parsed.text === 'string' ? clean(parsed.text) : '';
  if (text.trim() === '' && html !== null) text = htmlToText(html.slice(0, MAX_HTML_CHARS));
  const date = mailDate(parsed);
  return {
    messageId: firstId(parsed.messageId),
    inReplyTo: ids(parsed.inReplyTo),
    references: ids(parsed.references),
    subject: oneLine(typeof parsed.subject === 'string' ? parsed.subject : ''),
    from: addresses(parsed.from)[0] ?? null,
    replyTo: addresses(parsed.replyTo),
    to: addresses(parsed.to),
    date,
    headers: headerTexts(parsed.headers, parsed.headerLines),
    text,
    html,
  };
}

/**
 * mailparser puts "now" in place of an unreadable Date header; we would rather
 * say we do not know, so the raw header must parse on its own too.
 */
function mailDate(parsed: ParsedMail): Date | null {
  const line = (Array.isArray(parsed.headerLines) ? parsed.headerLines : []).find((h) => h?.key?.toLowerCase() === 'date');
  if (!line || typeof line.line !== 'string') return null;
  const raw = line.line.slice(line.line.indexOf(':') + 1).replace(/\([^)]*\)/g, ' ').trim();
  if (Number.isNaN(Date.parse(raw))) return null;
  return parsed.date instanceof Date && !Number.isNaN(parsed.date.getTime()) ? parsed.date : null;
}

/** NUL and other C0 controls (except tab/newline) only ever confuse later steps. */
function clean(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/** Header values are single lines; CR/LF smuggled into them is dropped. */
function oneLine(s: string): string {
  return clean(s.replace(/[\r\n]+/g, ' ')).slice(0, MAX_HEADER_CHARS).trim();
}

function ids(value: unknown): string[] {
  const parts: string[] = [];
  const list = Array.isArray(value) ? value : [value];
  for (const item of list) {
    if (typeof item !== 'string') continue;
    for (const token of item.slice(0, MAX_HEADER_CHARS).split(/\s+/)) {
      const id = token.replace(/^<+|>+$/g, '').replace(/[<>]/g, '').trim();
      if (id !== '') parts.push(clean(id));
    }
  }
  return parts;
}

function firstId(value: unknown): string | null {
  return ids(value)[0] ?? null;
}

function addresses(value: AddressObject | AddressObject[] | undefined): MailAddress[] {
  const out: MailAddress[] = [];
  const objects = Array.isArray(value) ? value : value ? [value] : [];
  const visit = (entries: EmailAddress[] | undefined): void => {
    for (const entry of entries ?? []) {
      if (Array.isArray(entry.group)) visit(entry.group);
      const address = typeof entry.address === 'string' ? oneLine(entry.address).toLowerCase() : '';
      if (address === '' || !address.includes('@')) continue;
      out.push({ address, name: typeof entry.name === 'string' ? oneLine(entry.name) : '' });
    }
  };
  for (const obj of objects) visit(obj?.value);
  return out;
}

/**
 * Every header value as text: address objects by their text, dates as ISO.
 * mailparser folds some headers into new keys (all `List-*` become one `list`
 * object), so headers missing from its map are taken from the raw lines.
 */
function headerTexts(headers: ParsedMail['headers'] | undefined, lines: ParsedMail['headerLines'] | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (headers && typeof headers.forEach === 'function') {
    headers.forEach((value, key) => {
      const name = String(key).toLowerCase();
      if (name === 'list') return;
      const list = Array.isArray(value) ? value : [value];
      out[name] = [...(out[name] ?? []), ...list.map(valueText)];
    });
  }
  const raw: Record<string, string[]> = {};
  for (const entry of Array.isArray(lines) ? lines : []) {
    const name = typeof entry?.key === 'string' ? entry.key.toLowerCase() : '';
    if (name === '' || name in out || typeof entry.line !== 'string') continue;
    const value = entry.line.slice(entry.line.indexOf(':') + 1);
    raw[name] = [...(raw[name] ?? []), oneLine(value.replace(/\r?\n[ \t]+/g, ' '))];
  }
  return { ...out, ...raw };
}

function valueText(value: unknown): string {
  if (typeof value === 'string') return oneLine(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (value && typeof value === 'object') {
    const obj = value as { text?: unknown; value?: unknown; params?: unknown };
    if (typeof obj.text === 'string') return oneLine(obj.text);
    if (typeof obj.value === 'string') {
      const params = obj.params && typeof obj.params === 'object' ? Object.entries(obj.params) : [];
      return oneLine([obj.value, ...params.map(([k, v]) => `${k}=${String(v)}`)].join('; '));
    }
  }
  return '';
}

/**
 * Last resort when mailparser rejects the input: split headers from body by
 * hand, keep the few headers later steps need, and treat the body as text.
 */
function fallbackRead(raw: Buffer | string): InboundMail {
  let source: string;
  try {
    source = typeof raw === 'string' ? raw : Buffer.from(raw).toString('latin1');
  } catch {
    source = '';
  }
  const split = source.search(/\r?\n\r?\n/);
  const head = split >= 0 ? source.slice(0, Math.min(split, 4 * MAX_HEADER_CHARS)) : '';
  const body = split >= 0 ? source.slice(split).slice(0, MAX_HTML_CHARS) : source.slice(0, MAX_HTML_CHARS);
  const headers: Record<string, string[]> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const m = /^([!-9;-~]+):\s*(.*)$/.exec(line);
    if (!m || !m[1]) continue;
    const name = m[1].toLowerCase();
    headers[name] = [...(headers[name] ?? []), oneLine(m[2] ?? '')];
  }
  const fromText = headers['from']?.[0] ?? '';
  const fromMatch = /[^\s<>"]+@[^\s<>"]+/.exec(fromText);
  return {
    messageId: firstId(headers['message-id']?.[0]),
    inReplyTo: ids(headers['in-reply-to']),
    references: ids(headers['references']),
    subject: headers['subject']?.[0] ?? '',
    from: fromMatch ? { address: fromMatch[0].toLowerCase(), name: '' } : null,
    replyTo: [],
    to: [],
    date: null,
    headers,
    text: clean(body).trim(),
    html: null,
  };
}
