/**
 * The open elements of an HTML mail, kept the way a browser's tree builder
 * keeps them, as far as visibility needs: which element a text is inside
 * decides whether a reader sees it, so a hidden element must stay open exactly
 * as long as in a browser, and end where a browser ends it.
 *
 * Followed from the HTML standard: implied ends (`<p>` closed by a block,
 * `<li>` by the next `<li>`, table cells and rows), end tags that only close
 * what is in scope (`</div>` never reaches out of a table cell, `</span>` never
 * out of a `<div>`), `</body>` and `</html>` that close nothing, formatting
 * elements (`<b>`, `<font>`...) that a browser reopens in the next paragraph
 * when they were never closed, and end tags of formatting elements around a
 * block (simplified: the block leaves the formatting element, and a copy of it
 * stays inside the block).
 *
 * Strangers write this markup, so it is bounded: at most {@link MAX_DEPTH}
 * open elements (a browser limits its tree too), and a budget of steps
 * proportional to the length of the markup. Past either, the rest of the mail
 * is not read: what is left unread can only be missed, never wrongly seen.
 */
import { StyleCache, type ElementStyle } from './element-style.js';
import type { Stylesheet } from './css-stylesheet.js';
import { lookOf, ROOT_LOOK, type Look } from './hidden-html.js';

/** Deeper than this, no mail is real; the rest is not read. (Chromium flattens its tree at 512.) */
export const MAX_DEPTH = 1_024;
/** Formatting elements remembered for reopening after the last table cell; the oldest are forgotten. */
const MAX_FORMATTING = 32;

export interface Entry {
  tag: string;
  style: ElementStyle;
  look: Look;
  onStack: boolean;
}

interface Formatting {
  tag: string;
  /** Shared by elements with the same style-bearing attributes. */
  style: ElementStyle;
  entry: Entry;
}

/** Something the tree asks of the text it is building. */
export interface TreeEvents {
  opened(entry: Entry, attributes: ReadonlyMap<string, string> | null): void;
  closed(entry: Entry): void;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));

const VOID = set('area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr');
const SPECIAL = set(
  'address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup dd details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input keygen li link listing main marquee menu meta nav noembed noframes noscript object ol p param plaintext pre script search section select source style summary table tbody td template textarea tfoot th thead title tr track ul wbr xmp',
);
const FORMATTING = set('a b big code em font i nobr s small strike strong tt u');
const SCOPE = set('applet caption html table td th marquee object template');
const LIST_SCOPE = set('applet caption html table td th marquee object template ol ul');
const BUTTON_SCOPE = set('applet caption html table td th marquee object template button');
const TABLE_SCOPE = set('html table template');
/** Elements after which a formatting element is no longer reopened. */
const MARKERS = set('applet object marquee td th caption template');
/** Start tags that close an open `<p>`. */
const CLOSES_P = set(
  'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr listing main menu nav ol p plaintext pre search section summary ul xmp li dd dt',
);
const HEADINGS = set('h1 h2 h3 h4 h5 h6');
const TABLE_PARTS = set('table caption tbody thead tfoot tr td th template');
const HEAD_CONTENT = set('base basefont bgsound link meta noframes script style template title noscript');
/** Special start tags before which formatting elements are still reopened. */
const REOPEN_BEFORE = set('applet marquee object area br embed img keygen wbr input');

function bare(tag: string): ElementStyle {
  return { tag, values: new Map(), hiddenAttribute: false, link: false };
}

export class OpenElements {
  private readonly stack: Entry[] = [];
  /** Formatting elements to reopen, with `null` for a marker (a cell or object boundary). */
  private readonly formatting: Array<Formatting | null> = [];
  private work = 0;
  /** How many elements of each tag are open: an end tag for none is dropped without a walk. */
  private readonly open = new Map<string, number>();
  private htmlSeen = false;
  private headSeen = false;
  private bodySeen = false;
  /** Set when the markup went past a bound: nothing more is read. */
  stopped = false;

  private readonly styles: StyleCache;

  constructor(
    sheet: Stylesheet,
    private readonly events: TreeEvents,
    private readonly budget: number,
  ) {
    this.styles = new StyleCache(sheet, (n) => this.spend(n));
  }

  /** The look of the current insertion point. */
  get look(): Look {
    return this.stack[this.stack.length - 1]?.look ?? ROOT_LOOK;
  }

  private spend(n: number): void {
    this.work += n;
    if (this.work > this.budget) this.stopped = true;
  }

  private top(): Entry | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** Text is about to be inserted: a `<head>` left open ends, unclosed formatting is reopened. */
  beforeText(text: string): void {
    if (this.stopped || !/\S/.test(text)) return;
    if (this.top()?.tag === 'head') this.pop();
    this.reopenFormatting();
  }

  start(tag: string, attributes: Map<string, string>): void {
    if (this.stopped) return;
    this.spend(1);
    // One html element, at the root (its background is the page's); a second one opens nothing.
    if (tag === 'html' && (this.htmlSeen || this.stack.length > 0)) return;
    if (tag === 'html') this.htmlSeen = true;
    const top = this.top();
    if (top?.tag === 'head' && !HEAD_CONTENT.has(tag)) this.pop();
    // A second head or body is merged into the first by a browser: nothing new opens.
    if (tag === 'head' && (this.headSeen || this.bodySeen)) return;
    if (tag === 'body' && this.bodySeen) return;
    if (tag === 'head') this.headSeen = true;
    if (tag === 'body') this.bodySeen = true;

    if (tag === 'li') this.closeListItem(set('li'));
    else if (tag === 'dd' || tag === 'dt') this.closeListItem(set('dd dt'));
    if (CLOSES_P.has(tag)) this.closeInScope('p', BUTTON_SCOPE);
    if (HEADINGS.has(tag) && HEADINGS.has(this.top()?.tag ?? '')) this.pop();
    if (tag === 'td' || tag === 'th') this.closeCell();
    else if (tag === 'tr') this.closeInScope('tr', TABLE_SCOPE);
    else if (tag === 'tbody' || tag === 'thead' || tag === 'tfoot') for (const s of ['tbody', 'thead', 'tfoot']) this.closeInScope(s, TABLE_SCOPE);
    else if (tag === 'option' && this.top()?.tag === 'option') this.pop();
    else if (tag === 'button') this.closeInScope('button', SCOPE);
    else if (tag === 'a' && this.lastFormatting('a') >= 0) this.endFormatting('a');
    if (!SPECIAL.has(tag) || REOPEN_BEFORE.has(tag)) this.reopenFormatting();

    if (VOID.has(tag)) {
      const style = this.styles.get(tag, attributes);
      this.events.opened({ tag, style, look: lookOf(this.look, style), onStack: false }, attributes);
      return;
    }
    const entry = this.push(tag, this.styles.get(tag, attributes), attributes);
    if (entry === null) return;
    if (FORMATTING.has(tag)) this.remember(entry);
    else if (MARKERS.has(tag)) this.formatting.push(null);
  }

  end(tag: string): void {
    if (this.stopped) return;
    this.spend(1);
    if (tag === 'body' || tag === 'html') return;
    if (tag === 'br') {
      this.start('br', new Map());
      return;
    }
    if (tag === 'head') {
      if (this.top()?.tag === 'head') this.pop();
      return;
    }
    if (tag === 'p') {
      // A `</p>` with no open paragraph makes an empty one: a line break.
      if (!this.closeInScope('p', BUTTON_SCOPE)) this.events.closed({ tag: 'p', style: bare('p'), look: this.look, onStack: false });
      return;
    }
    if (tag === 'li') this.closeInScope('li', LIST_SCOPE);
    else if (HEADINGS.has(tag)) this.closeHeading();
    else if (TABLE_PARTS.has(tag)) this.closeInScope(tag, TABLE_SCOPE);
    else if (FORMATTING.has(tag)) this.endFormatting(tag);
    else if (SPECIAL.has(tag)) this.closeInScope(tag, SCOPE);
    else this.closeOther(tag);
  }

  private push(tag: string, style: ElementStyle, attributes: ReadonlyMap<string, string> | null): Entry | null {
    if (this.stack.length >= MAX_DEPTH) {
      this.stopped = true;
      return null;
    }
    const entry: Entry = { tag, style, look: lookOf(this.look, style), onStack: true };
    this.stack.push(entry);
    this.count(tag, 1);
    this.events.opened(entry, attributes);
    return entry;
  }

  private count(tag: string, by: number): void {
    this.open.set(tag, (this.open.get(tag) ?? 0) + by);
  }

  private isOpen(tag: string): boolean {
    return (this.open.get(tag) ?? 0) > 0;
  }

  private pop(): void {
    const entry = this.stack.pop();
    if (entry === undefined) return;
    entry.onStack = false;
    this.count(entry.tag, -1);
    // A cell, caption or object that ends takes the formatting opened inside it along.
    if (MARKERS.has(entry.tag)) this.clearFormattingToMarker();
    this.events.closed(entry);
  }

  /** Closes everything down to and including the element at `index`. */
  private popTo(index: number): void {
    this.spend(this.stack.length - index);
    while (this.stack.length > index) this.pop();
  }

  /** Where the topmost open `tag` is, when no element of `boundaries` lies above it; -1 otherwise. */
  private inScope(tag: string, boundaries: ReadonlySet<string>): number {
    if (!this.isOpen(tag)) return -1;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      this.spend(1);
      const t = this.stack[i]!.tag;
      if (t === tag) return i;
      if (boundaries.has(t)) return -1;
    }
    return -1;
  }

  private closeInScope(tag: string, boundaries: ReadonlySet<string>): boolean {
    const at = this.inScope(tag, boundaries);
    if (at < 0) return false;
    this.popTo(at);
    return true;
  }

  private closeCell(): void {
    if (!this.isOpen('td') && !this.isOpen('th')) return;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      this.spend(1);
      const t = this.stack[i]!.tag;
      if (t === 'td' || t === 'th') return this.popTo(i);
      if (TABLE_SCOPE.has(t) || t === 'tr') return;
    }
  }

  private closeHeading(): void {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      this.spend(1);
      const t = this.stack[i]!.tag;
      if (HEADINGS.has(t)) return this.popTo(i);
      if (SCOPE.has(t)) return;
    }
  }

  /** A new `<li>` (or `<dd>`/`<dt>`) ends the open one, unless a block other than address, div or p lies between. */
  private closeListItem(items: ReadonlySet<string>): void {
    if (![...items].some((t) => this.isOpen(t))) return;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      this.spend(1);
      const t = this.stack[i]!.tag;
      if (items.has(t)) return this.popTo(i);
      if (SPECIAL.has(t) && t !== 'address' && t !== 'div' && t !== 'p') return;
    }
  }

  /** An end tag of an ordinary element: closes it unless a special element (a block, a cell) lies above it. */
  private closeOther(tag: string): void {
    if (!this.isOpen(tag)) return;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      this.spend(1);
      const t = this.stack[i]!.tag;
      if (t === tag) return this.popTo(i);
      if (SPECIAL.has(t)) return;
    }
  }

  private remember(entry: Entry): void {
    // As in browsers, at most three identical formatting elements are remembered after the last marker.
    let same = 0;
    let earliest = -1;
    let afterMarker = 0;
    for (let i = this.formatting.length - 1; i >= 0; i--) {
      const f = this.formatting[i];
      if (f === null || f === undefined) break;
      afterMarker++;
      if (f.tag === entry.tag && f.style === entry.style) {
        same++;
        earliest = i;
      }
    }
    if (same >= 3) this.formatting.splice(earliest, 1);
    else if (afterMarker >= MAX_FORMATTING) this.formatting.splice(this.formatting.length - afterMarker, 1);
    this.formatting.push({ tag: entry.tag, style: entry.style, entry });
  }

  /** Index of the last remembered `tag` after the last marker; -1 when none. */
  private lastFormatting(tag: string): number {
    for (let i = this.formatting.length - 1; i >= 0; i--) {
      const f = this.formatting[i];
      if (f === null || f === undefined) return -1;
      if (f.tag === tag) return i;
    }
    return -1;
  }

  private clearFormattingToMarker(): void {
    while (this.formatting.length > 0) if (this.formatting.pop() === null) return;
  }

  /** Formatting elements closed by a block's end without their own end tag are opened again, as a browser does. */
  private reopenFormatting(): void {
    const n = this.formatting.length;
    const last = this.formatting[n - 1];
    if (last === null || last === undefined || last.entry.onStack) return;
    let from = n - 1;
    while (from > 0) {
      const before = this.formatting[from - 1];
      if (before === null || before === undefined || before.entry.onStack) break;
      from--;
    }
    for (let i = from; i < n && !this.stopped; i++) {
      const f = this.formatting[i]!;
      this.spend(1);
      const entry = this.push(f.tag, f.style, null);
      if (entry === null) return;
      f.entry = entry;
    }
  }

  /**
   * The end tag of a formatting element. Without a block opened inside it,
   * it closes like any element; with one, the block and what is open in it
   * leave the formatting element, and a copy of the formatting element stays
   * around what follows inside the block (the standard's "adoption agency",
   * reduced to what decides where text lands).
   */
  private endFormatting(tag: string): void {
    const at = this.lastFormatting(tag);
    if (at < 0) return this.closeOther(tag);
    const f = this.formatting[at]!;
    if (!f.entry.onStack) {
      this.formatting.splice(at, 1);
      return;
    }
    const index = this.stack.lastIndexOf(f.entry);
    this.spend(this.stack.length - index);
    // Not in scope (a cell or a table opened inside it): the end tag is ignored.
    for (let i = this.stack.length - 1; i > index; i--) if (SCOPE.has(this.stack[i]!.tag)) return;
    let block = -1;
    for (let i = index + 1; i < this.stack.length && block < 0; i++) if (SPECIAL.has(this.stack[i]!.tag)) block = i;
    if (block < 0) {
      this.formatting.splice(at, 1);
      return this.popTo(index);
    }
    // The formatting element and the plain elements between it and the block are no longer around the block.
    const kept = this.stack.slice(index + 1, block).filter((e) => FORMATTING.has(e.tag));
    const left = [this.stack[index]!, ...this.stack.slice(index + 1, block).filter((e) => !FORMATTING.has(e.tag))];
    const blockEntry = this.stack[block]!;
    const above = this.stack.slice(block + 1);
    this.stack.length = index;
    this.stack.push(...kept);
    blockEntry.look = lookOf(this.look, blockEntry.style);
    this.stack.push(blockEntry);
    const copy: Entry = { tag, style: f.style, look: lookOf(blockEntry.look, f.style), onStack: true };
    this.stack.push(copy, ...above);
    this.count(tag, 1);
    f.entry = copy;
    for (const e of left) {
      e.onStack = false;
      this.count(e.tag, -1);
      this.events.closed(e);
    }
  }
}
