/**
 * The text a reader sees in an HTML mail.
 *
 * What a mail client does not show is not read: comments, scripts and styles,
 * and text hidden by CSS, by the `hidden` attribute or by being the colour of
 * its background (hidden-html.ts says what counts as hidden, html-tree.ts
 * which element a text is inside). Hidden text that takes room on the page
 * leaves a space, so the words around it stay apart; text that takes none
 * (`display:none`, a zero font size) leaves nothing, so "de<span
 * style=display:none>x</span>lete" reads "delete", as it looks.
 *
 * Why our own converter: `<blockquote>` content comes out as `> ` lines so the
 * quote remover treats it like plain-text quoting, and link targets are kept
 * next to their text (an `instagram.com/handle` link may only live in an
 * href), unless the link's text is not seen.
 *
 * Markup comes from strangers: the tokenizer walks it once, the stylesheet
 * is found with one pattern of fixed text, and the tree is bounded (see
 * html-tree.ts).
 */
import { parseStylesheet } from './css-stylesheet.js';
import { textFate } from './hidden-html.js';
import { tokenize } from './html-tokens.js';
import { OpenElements, type Entry } from './html-tree.js';

const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hr', 'blockquote', 'pre', 'section', 'article', 'header', 'footer', 'td', 'dt', 'dd',
]);

/** Steps the tree may take per character of markup; far above what real mail needs. */
const WORK_PER_CHAR = 16;
/** Text beyond this is not written: the reader reads the first megabyte. */
const MAX_TEXT_CHARS = 1024 * 1024 + 1024;
/** Elements whose text is for machines, not hidden from a reader: it never counts as hidden text. */
const MACHINE_TEXT = new Set(['head', 'script', 'style', 'title', 'xml']);

export interface HtmlReading {
  /** What a reader sees, as lines of text. */
  text: string;
  /** Whether the markup holds words a reader does not see (hidden text, comments). */
  hid: boolean;
}

export function htmlToText(html: string): string {
  return readHtml(html).text;
}

export function readHtml(html: string): HtmlReading {
  const sheet = parseStylesheet(styleTexts(html));
  const out = new TextWriter();
  const anchors: Array<{ entry: Entry; href: string; text: string[]; hiddenText: boolean }> = [];
  const quotes = new Set<Entry>();
  let hid = false;
  let machine = 0;

  const tree = new OpenElements(
    sheet,
    {
      opened(entry, attributes) {
        if (MACHINE_TEXT.has(entry.tag)) machine++;
        const href = entry.tag === 'a' ? attributes?.get('href')?.trim().split(/\s/)[0] : undefined;
        if (href !== undefined) anchors.push({ entry, href, text: [], hiddenText: false });
        if (entry.look.gone) return;
        if (entry.tag === 'br') out.newline();
        else if (entry.tag === 'blockquote') {
          out.endLine();
          out.depth = Math.min(out.depth + 1, 50);
          quotes.add(entry);
        } else if (BLOCK_TAGS.has(entry.tag)) out.endLine();
      },
      closed(entry) {
        if (MACHINE_TEXT.has(entry.tag) && entry.onStack === false && machine > 0) machine--;
        const last = anchors[anchors.length - 1];
        if (last?.entry === entry) {
          anchors.pop();
          const shown = last.text.join('');
          // A link is seen by its text or, without text, by its image; not when all its text is hidden.
          const seen = !entry.look.gone && !entry.look.unseen && entry.look.visible && (shown.trim() !== '' || !last.hiddenText);
          if (seen) out.write(linkSuffix(last.href, shown));
        }
        if (quotes.delete(entry)) {
          out.endLine();
          out.depth = Math.max(0, out.depth - 1);
        } else if (!entry.look.gone && BLOCK_TAGS.has(entry.tag)) out.endLine();
      },
    },
    WORK_PER_CHAR * html.length + 10_000,
  );

  let pending: string[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    const raw = pending.join('');
    pending = [];
    if (tree.stopped) return;
    tree.beforeText(raw);
    const look = tree.look;
    const fate = textFate(look);
    if (fate === 'shown') {
      const text = raw.replace(/[ \t\n\r\f\u00a0]+/g, ' ');
      out.write(text);
      anchors[anchors.length - 1]?.text.push(text);
    } else {
      if (machine === 0 && /\S/.test(raw)) {
        hid = true;
        const anchor = anchors[anchors.length - 1];
        if (anchor !== undefined) anchor.hiddenText = true;
      }
      // Hidden text that takes room leaves a gap between the words around it.
      if (fate === 'blank') out.write(' ');
    }
    if (out.length > MAX_TEXT_CHARS) tree.stopped = true;
  };

  tokenize(html, {
    start(name, attributes) {
      flush();
      tree.start(name, attributes);
    },
    end(name) {
      flush();
      // A `</p>` always ends a line: one right after another line break leaves an empty line.
      const paragraphAtLineStart = name === 'p' && out.atLineStart && !tree.look.gone;
      tree.end(name);
      if (paragraphAtLineStart && !tree.stopped) out.newline();
    },
    text(text) {
      pending.push(text);
    },
    comment(text) {
      flush();
      if (/\S/.test(text)) hid = true;
    },
  });
  flush();
  return { text: out.finish(), hid };
}

/** Lines of text with `> ` before each line inside a blockquote. */
class TextWriter {
  private readonly out: string[] = [];
  depth = 0;
  atLineStart = true;
  length = 0;
  private endsWithSpace = false;

  newline(): void {
    // An empty line inside a quote stays part of it, as in plain-text quoting.
    if (this.atLineStart && this.depth > 0) this.out.push('> '.repeat(this.depth));
    this.out.push('\n');
    this.length++;
    this.atLineStart = true;
    this.endsWithSpace = false;
  }

  /** Ends the current line unless it is empty. */
  endLine(): void {
    if (!this.atLineStart) this.newline();
  }

  write(text: string): void {
    if (text === '') return;
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (i > 0) this.newline();
      if (line === '') return;
      if (this.atLineStart) {
        line = line.replace(/^\s+/, '');
        if (line === '') return;
        if (this.depth > 0) this.out.push('> '.repeat(this.depth));
        this.atLineStart = false;
      } else if (this.endsWithSpace && line.startsWith(' ')) line = line.slice(1);
      if (line === '') return;
      this.out.push(line);
      this.length += line.length;
      this.endsWithSpace = line.endsWith(' ');
    });
  }

  finish(): string {
    return this.out
      .join('')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
}

const STYLE_OPEN = /<style(?=[\s/>])/gi;
const STYLE_CLOSE = /<\/style(?=[\s/>])/gi;

/**
 * The text of every `<style>` element, wherever it is (a stylesheet applies
 * to the whole mail, even when it comes last). One left open runs to the end,
 * as in a browser. A style for a media query (`media="(max-width:600px)"`)
 * describes another screen and is left out.
 */
function styleTexts(html: string): string[] {
  const texts: string[] = [];
  STYLE_OPEN.lastIndex = 0;
  for (let m = STYLE_OPEN.exec(html); m !== null; m = STYLE_OPEN.exec(html)) {
    const gt = html.indexOf('>', STYLE_OPEN.lastIndex);
    if (gt < 0) break;
    const attributes = html.slice(STYLE_OPEN.lastIndex, gt);
    STYLE_CLOSE.lastIndex = gt + 1;
    const close = STYLE_CLOSE.exec(html);
    const end = close === null ? html.length : close.index;
    if (!(/media\s*=/i.test(attributes) && attributes.includes('('))) texts.push(html.slice(gt + 1, end));
    if (close === null) break;
    STYLE_OPEN.lastIndex = end;
  }
  return texts;
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
