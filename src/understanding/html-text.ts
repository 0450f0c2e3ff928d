/**
 * A small, linear HTML-to-text converter for HTML-only mail.
 *
 * Why our own: we need `<blockquote>` content to come out as `> ` lines so the
 * quote remover treats it like plain-text quoting, and link targets kept next
 * to their text (an `instagram.com/handle` link may only live in an href).
 * Being a single regex pass it stays linear on hostile markup.
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

export function htmlToText(html: string): string {
  const source = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
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

  const tagPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g;
  let last = 0;
  for (let m = tagPattern.exec(source); m !== null; m = tagPattern.exec(source)) {
    const chunk = decodeEntities(source.slice(last, m.index)).replace(/[ \t\r\n]+/g, ' ');
    write(chunk);
    if (href !== null) anchorText += chunk;
    last = tagPattern.lastIndex;
    const closing = m[1] === '/';
    const name = (m[2] ?? '').toLowerCase();
    if (name === 'a') {
      if (!closing) {
        const target = /href\s*=\s*["']?([^"'\s>]+)/i.exec(m[3] ?? '');
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
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
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
