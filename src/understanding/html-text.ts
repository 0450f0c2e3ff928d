/**
 * A small, linear HTML-to-text converter for HTML-only mail.
 *
 * Why our own: we need `<blockquote>` content to come out as `> ` lines so the
 * quote remover treats it like plain-text quoting, and link targets kept next
 * to their text (an `instagram.com/handle` link may only live in an href).
 *
 * Markup comes from strangers, so every step walks the text once: comments,
 * scripts and tags are found with `indexOf`, never with a pattern that could
 * rescan the rest of the text from each `<`. A comment, script, style or
 * title that is never closed hides the rest of the text, as it does in a
 * mail client.
 */

const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hr', 'blockquote', 'pre', 'section', 'article', 'header', 'footer', 'td', 'dt', 'dd',
]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  hellip: '…', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', copy: '©',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Elements whose content is never shown; a `head` left open keeps its content. */
const HIDDEN = /<(script|style|head|title)\b/gi;
const TAG_NAME = /\/?([a-zA-Z][a-zA-Z0-9]*)/y;
const CLOSING: Record<string, RegExp> = { script: /<\/script/gi, style: /<\/style/gi, head: /<\/head/gi, title: /<\/title/gi };

/** The text without comments: everything from an unclosed `<!--` on is dropped. */
function withoutComments(html: string): string {
  const kept: string[] = [];
  let from = 0;
  for (;;) {
    const open = html.indexOf('<!--', from);
    if (open < 0) break;
    kept.push(html.slice(from, open));
    const close = html.indexOf('-->', open + 4);
    if (close < 0) return kept.join('');
    from = close + 3;
  }
  kept.push(html.slice(from));
  return kept.join('');
}

/** The text without script, style, head and title elements. */
function withoutHiddenElements(html: string): string {
  const kept: string[] = [];
  let from = 0;
  // Names whose closing tag is known not to come any more: searching again would rescan the rest.
  const neverClosed = new Set<string>();
  let openEnd = -1;
  HIDDEN.lastIndex = 0;
  for (let m = HIDDEN.exec(html); m !== null; m = HIDDEN.exec(html)) {
    const name = (m[1] ?? '').toLowerCase();
    if (openEnd < HIDDEN.lastIndex) openEnd = html.indexOf('>', HIDDEN.lastIndex);
    // No '>' anywhere after: no tag can be closed from here on.
    if (openEnd < 0) break;
    const close = neverClosed.has(name) ? null : closingTag(html, name, openEnd + 1);
    if (close === null) {
      neverClosed.add(name);
      if (name === 'head') continue;
      kept.push(html.slice(from, m.index));
      return kept.join('');
    }
    kept.push(html.slice(from, m.index));
    from = close;
    HIDDEN.lastIndex = close;
  }
  kept.push(html.slice(from));
  return kept.join('');
}

/** Where `</name>` (any case, spaces before '>') ends, searching from `from`; null when it never comes. */
function closingTag(html: string, name: string, from: number): number | null {
  const pattern = CLOSING[name] ?? new RegExp(`</${name}`, 'gi');
  pattern.lastIndex = from;
  for (let m = pattern.exec(html); m !== null; m = pattern.exec(html)) {
    let i = pattern.lastIndex;
    while (i < html.length && /\s/.test(html[i]!)) i++;
    if (html[i] === '>') return i + 1;
    pattern.lastIndex = Math.max(pattern.lastIndex, i);
  }
  return null;
}

export function htmlToText(html: string): string {
  const source = withoutHiddenElements(withoutComments(html));
  const out: string[] = [];
  let depth = 0;
  let atLineStart = true;
  let href: string | null = null;
  let anchorText = '';

  const newline = (): void => {
    out.push('\n');
    atLineStart = true;
  };
  const write = (text: string): void => {
    if (text === '') return;
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (i > 0) newline();
      if (line === '') return;
      if (atLineStart) {
        if (depth > 0) out.push('> '.repeat(depth));
        atLineStart = false;
        line = line.replace(/^\s+/, '');
      }
      out.push(line);
    });
  };

  let last = 0;
  for (const tag of tags(source)) {
    const chunk = decodeEntities(source.slice(last, tag.start)).replace(/[ \t\r\n]+/g, ' ');
    write(chunk);
    if (href !== null) anchorText += chunk;
    last = tag.end;
    const { closing, name } = tag;
    if (name === 'a') {
      if (!closing) {
        const target = /href\s*=\s*["']?([^"'\s>]+)/i.exec(tag.attributes);
        href = target?.[1] ? decodeEntities(target[1]) : null;
        anchorText = '';
      } else if (href !== null) {
        write(linkSuffix(href, anchorText));
        href = null;
      }
      continue;
    }
    if (name === 'blockquote') {
      if (!atLineStart) newline();
      depth = closing ? Math.max(0, depth - 1) : Math.min(depth + 1, 50);
      continue;
    }
    if (BLOCK_TAGS.has(name) && !atLineStart) newline();
    else if (name === 'br' || (name === 'p' && closing)) newline();
  }
  write(decodeEntities(source.slice(last)).replace(/[ \t\r\n]+/g, ' '));
  return out
    .join('')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

interface Tag {
  start: number;
  end: number;
  closing: boolean;
  name: string;
  attributes: string;
}

/** Each `<name ...>` or `</name ...>` in order; a '<' without a '>' after it ends the tags. */
function* tags(source: string): Generator<Tag> {
  let from = 0;
  for (;;) {
    const start = source.indexOf('<', from);
    if (start < 0) return;
    TAG_NAME.lastIndex = start + 1;
    const m = TAG_NAME.exec(source);
    if (!m) {
      from = start + 1;
      continue;
    }
    const gt = source.indexOf('>', TAG_NAME.lastIndex);
    if (gt < 0) return;
    yield { start, end: gt + 1, closing: m[0].startsWith('/'), name: (m[1] ?? '').toLowerCase(), attributes: source.slice(TAG_NAME.lastIndex, gt) };
    from = gt + 1;
  }
}

/** Keeps a link target that the visible link text does not already show. */
function linkSuffix(href: string, text: string): string {
  const shown = text.trim().toLowerCase();
  if (/^mailto:/i.test(href)) {
    const address = href.slice(7).split('?')[0] ?? '';
    return shown.includes(address.toLowerCase()) ? '' : ` (mailto:${address})`;
  }
  if (!/^https?:\/\//i.test(href)) return '';
  const bare = href.replace(/^https?:\/\/(www\.)?/i, '').toLowerCase();
  return shown.includes(bare.replace(/\/$/, '')) ? '' : ` <${href}>`;
}
