/**
 * The declared style of one element: its presentational attributes
 * (`<font color>`, `bgcolor`), the stylesheet rules that select it and its
 * `style` attribute, resolved by the cascade (inline beats the stylesheet,
 * `!important` beats both, the stylesheet's `!important` loses only to
 * inline `!important`). Computed once per element; what it means for the text
 * inside is {@link lookOf}'s business.
 */
import { parseColourAttribute } from './css-colour.js';
import { parseDeclarations } from './css-declarations.js';
import { declarationsFor, type Stylesheet } from './css-stylesheet.js';

export interface ElementStyle {
  /** Lowercase tag name. */
  tag: string;
  /** Property → value, after the cascade. */
  values: Map<string, string>;
  /** The `hidden` attribute: not drawn, unless the author's CSS sets a `display`. */
  hiddenAttribute: boolean;
  /** An `<a href>`: links have their own colour unless the author sets one. */
  link: boolean;
}

/** Attributes that carry a colour of old: tag → attribute → property. The author's CSS overrides them. */
const PRESENTATIONAL: Record<string, Record<string, string>> = {
  font: { color: 'color' },
  body: { bgcolor: 'background-color', text: 'color' },
  table: { bgcolor: 'background-color' },
  tr: { bgcolor: 'background-color' },
  td: { bgcolor: 'background-color' },
  th: { bgcolor: 'background-color' },
};

/** Distinct element styles remembered per mail: real mail repeats the same few (a newsletter's cells, Outlook's paragraphs). */
const MAX_CACHED_STYLES = 4_096;

/**
 * The styles of one mail's elements. Elements with the same tag and the same
 * style-bearing attributes share one {@link ElementStyle}, worked out once.
 * `work` is told what each lookup costs, so the caller can bound it.
 */
export class StyleCache {
  private readonly styles = new Map<string, ElementStyle>();

  constructor(
    private readonly sheet: Stylesheet,
    private readonly work: (n: number) => void,
  ) {}

  get(tag: string, attributes: ReadonlyMap<string, string>): ElementStyle {
    if (attributes.size === 0) return this.lookUp(tag, tag, attributes);
    const cls = attributes.get('class') ?? '';
    const id = attributes.get('id') ?? '';
    const style = attributes.get('style') ?? '';
    const hints = PRESENTATIONAL[tag];
    const hintValues = hints === undefined ? '' : [...Object.keys(hints), 'background'].map((a) => attributes.get(a) ?? '').join('\u0000');
    const flags = `${attributes.has('hidden') ? 'h' : ''}${attributes.has('href') ? 'l' : ''}`;
    const key = [tag, flags, cls, id, style, hintValues].join('\u0001');
    this.work(1 + (key.length >> 4));
    return this.lookUp(key, tag, attributes);
  }

  private lookUp(key: string, tag: string, attributes: ReadonlyMap<string, string>): ElementStyle {
    const known = this.styles.get(key);
    if (known !== undefined) return known;
    if (this.styles.size >= MAX_CACHED_STYLES) this.styles.clear();
    const style = styleOf(tag, attributes, this.sheet, this.work);
    this.styles.set(key, style);
    return style;
  }
}

/** The style of an element from its tag, attributes and the mail's stylesheet. */
function styleOf(tag: string, attributes: ReadonlyMap<string, string>, sheet: Stylesheet, work: (n: number) => void): ElementStyle {
  const values = new Map<string, string>();
  const hints = PRESENTATIONAL[tag];
  if (hints !== undefined) {
    for (const [attribute, prop] of Object.entries(hints)) {
      const colour = parseColourAttribute(attributes.get(attribute) ?? '');
      if (colour !== null) values.set(prop, `rgba(${colour.r}, ${colour.g}, ${colour.b}, ${colour.a})`);
    }
    // `<td background="x.jpg">`: an image whose colours nobody can tell.
    if (hints['bgcolor'] !== undefined && (attributes.get('background') ?? '').trim() !== '') values.set('background-image', 'image');
  }
  const classes = classList(attributes.get('class') ?? '');
  const sheetValues = declarationsFor(sheet, tag, (attributes.get('id') ?? '').trim(), classes, work);
  const style = attributes.get('style');
  work(style === undefined ? 1 : 1 + (style.length >> 4));
  const inline = style === undefined ? new Map() : parseDeclarations(style);
  for (const [prop, d] of sheetValues) {
    const own = inline.get(prop);
    // Inline wins unless only the stylesheet's value is important.
    if (own === undefined || (d.important && !own.important)) values.set(prop, d.value);
  }
  for (const [prop, d] of inline) {
    const sheet = sheetValues.get(prop);
    if (sheet === undefined || !sheet.important || d.important) values.set(prop, d.value);
  }
  return { tag, values, hiddenAttribute: attributes.has('hidden'), link: tag === 'a' && attributes.has('href') };
}

/** The distinct classes of a `class` attribute. */
function classList(value: string): string[] {
  if (value === '') return [];
  return [...new Set(value.split(/[ \t\n\f\r]+/).filter((c) => c !== ''))];
}
