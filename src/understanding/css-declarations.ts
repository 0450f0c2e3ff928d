/**
 * CSS declaration lists (a `style` attribute, the inside of a rule) read the
 * way a browser reads them, as far as deciding what is visible needs: comments
 * and strings are respected (a `/*` inside a string opens no comment),
 * escapes are decoded (`n\6f ne` is `none`), `!important` is kept, and later
 * declarations win. Only the properties {@link hidden-html.ts} reads are kept.
 *
 * The text comes from strangers: every function walks it once, character by
 * character, with no pattern that could backtrack.
 */

import { parseColour } from './css-colour.js';

export interface Declaration {
  value: string;
  important: boolean;
}

/** Properties that can hide text, or that the colour and size of text depend on. */
const READ = new Set([
  'display', 'visibility', 'content-visibility', 'opacity', 'font-size', 'color', '-webkit-text-fill-color',
  'background-color', 'background-image', 'mso-hide', 'height', 'max-height', 'width', 'max-width', 'overflow',
  'overflow-x', 'overflow-y', 'text-indent', 'position', 'left', 'top', 'right', 'clip',
]);

/** A value longer than this is no value any property here reads (the longest is a font list). */
const MAX_VALUE_CHARS = 2_000;

/**
 * The declarations of `css` (the text of a `style` attribute or of one rule's
 * block), later ones replacing earlier ones unless only the earlier is
 * `!important`. Shorthands that set what we read (`font`, `background`) are
 * turned into the longhands they set.
 */
export function parseDeclarations(css: string): Map<string, Declaration> {
  const out = new Map<string, Declaration>();
  for (const raw of splitDeclarations(css)) {
    const colon = unescapedIndexOf(raw, ':');
    if (colon < 0) continue;
    const name = unescape(raw.slice(0, colon)).trim().toLowerCase();
    let value = raw.slice(colon + 1);
    if (value.length > MAX_VALUE_CHARS) continue;
    value = unescape(value).trim();
    let important = false;
    const bang = value.lastIndexOf('!');
    if (bang >= 0 && value.slice(bang + 1).trim().toLowerCase() === 'important') {
      important = true;
      value = value.slice(0, bang).trim();
    }
    for (const [prop, v] of longhands(name, value)) {
      const before = out.get(prop);
      if (before?.important && !important) continue;
      out.set(prop, { value: v, important });
    }
  }
  return out;
}

/** The longhands a declaration sets among those we read: `font: 0/0 a` sets a font size of 0. */
function longhands(name: string, value: string): Array<[string, string]> {
  const v = value.toLowerCase();
  if (name === 'font') {
    const size = fontShorthandSize(v);
    return size === null ? [] : [['font-size', size]];
  }
  if (name === 'background') {
    const image = v.includes('url(') || v.includes('gradient(') || v.includes('image(');
    const colour = colourIn(v);
    return [['background-color', colour ?? 'transparent'], ['background-image', image ? 'image' : 'none']];
  }
  return READ.has(name) ? [[name, v]] : [];
}

const SIZE_KEYWORDS = new Set(['xx-small', 'x-small', 'small', 'medium', 'large', 'x-large', 'xx-large', 'xxx-large', 'smaller', 'larger']);

/** The size in a `font` shorthand: the first word that is a length, a percentage or a size keyword. */
function fontShorthandSize(value: string): string | null {
  for (const word of value.split(/\s+/)) {
    const size = word.split('/')[0] ?? '';
    if (SIZE_KEYWORDS.has(size)) return size;
    const parts = lengthParts(size);
    // A bare number is a weight (700), except 0, which is a length.
    if (parts !== null && (parts.unit !== '' || parts.n === 0)) return size;
  }
  return null;
}

/** The colour in a `background` shorthand, or null when it names none. */
function colourIn(value: string): string | null {
  const fn = /(?:rgba?|hsla?)\(/.exec(value);
  if (fn) {
    const close = value.indexOf(')', fn.index);
    return close < 0 ? null : value.slice(fn.index, close + 1);
  }
  for (const word of value.split(/\s+/)) {
    const colour = parseColour(word);
    if (colour !== null && colour !== 'inherit') return word;
  }
  return null;
}

/**
 * Each declaration of `css`, comments taken out (a comment separates what is
 * on either side of it, as in CSS), split at the semicolons that are neither
 * escaped, inside a string nor inside parentheses.
 */
export function splitDeclarations(css: string): string[] {
  const out: string[] = [];
  // The current declaration: finished pieces (split by comments) and where the open piece starts.
  let pieces: string[] = [];
  let from = 0;
  let depth = 0;
  let quote = '';
  let i = 0;
  const n = css.length;
  while (i < n) {
    const ch = css[i]!;
    if (ch === '\\') {
      i += 2;
      continue;
    }
    if (quote !== '') {
      if (ch === quote || ch === '\n') quote = '';
      i++;
      continue;
    }
    if (ch === '/' && css[i + 1] === '*') {
      pieces.push(css.slice(from, i), ' ');
      const end = css.indexOf('*/', i + 2);
      if (end < 0) {
        from = i = n;
        break;
      }
      from = i = end + 2;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ';' && depth === 0) {
      pieces.push(css.slice(from, i));
      out.push(pieces.join(''));
      pieces = [];
      from = i + 1;
    }
    i++;
  }
  pieces.push(css.slice(from, Math.min(i, n)));
  out.push(pieces.join(''));
  return out;
}

/** Where `ch` first occurs in `s` outside an escape; -1 when it does not. */
function unescapedIndexOf(s: string, ch: string): number {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === ch) return i;
  }
  return -1;
}

const HEX = /[0-9a-fA-F]/;

/** CSS escapes decoded: `\6e ` and `\6E` are "n", `\:` is ":". */
export function unescape(s: string): string {
  if (!s.includes('\\')) return s;
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i]!;
    if (ch !== '\\') {
      out.push(ch);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < s.length && j < i + 7 && HEX.test(s[j]!)) j++;
    if (j > i + 1) {
      const code = parseInt(s.slice(i + 1, j), 16);
      out.push(code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd');
      if (s[j] === ' ' || s[j] === '\t' || s[j] === '\n') j++;
      i = j;
    } else {
      if (j < s.length && s[j] !== '\n') out.push(s[j]!);
      i = j + 1;
    }
  }
  return out.join('');
}

const PX_PER: Record<string, number> = { px: 1, pt: 4 / 3, pc: 16, in: 96, cm: 96 / 2.54, mm: 96 / 25.4, q: 96 / 101.6 };

/** A number and its unit, or null when `value` is not one number with a unit. */
function lengthParts(value: string): { n: number; unit: string } | null {
  const v = value.trim();
  let i = 0;
  if (v[i] === '+' || v[i] === '-') i++;
  const digitsFrom = i;
  while (i < v.length && ((v[i]! >= '0' && v[i]! <= '9') || v[i] === '.')) i++;
  if (i === digitsFrom) return null;
  const n = Number(v.slice(0, i));
  const unit = v.slice(i);
  if (!Number.isFinite(n) || !/^(?:[a-z]{1,4}|%)?$/.test(unit)) return null;
  return { n, unit };
}

/**
 * A length in pixels. `em`, `ex`, `ch` and `%` are taken from `fontPx` (right
 * for `font-size` and close enough to tell "zero" and "one pixel" for sizes);
 * a length we cannot know (`vw`, a non-zero percentage of a box) is null.
 */
export function lengthPx(value: string, fontPx: number, percentOfFont = false): number | null {
  const parts = lengthParts(value);
  if (parts === null) return null;
  const { n, unit } = parts;
  if (n === 0) return 0;
  if (unit === '') return null;
  if (unit === 'em') return n * fontPx;
  if (unit === 'rem') return n * 16;
  if (unit === 'ex' || unit === 'ch') return n * fontPx * 0.5;
  if (unit === '%') return percentOfFont ? (n / 100) * fontPx : null;
  const factor = PX_PER[unit];
  return factor === undefined ? null : n * factor;
}

const KEYWORD_PX: Record<string, number> = {
  'xx-small': 9, 'x-small': 10, small: 13, medium: 16, large: 18, 'x-large': 24, 'xx-large': 32, 'xxx-large': 48,
};

/** A `font-size` value in pixels, given the parent's; null when it is none we know (the parent's then applies). */
export function fontSizePx(value: string, parentPx: number): number | null {
  const v = value.trim();
  const keyword = KEYWORD_PX[v];
  if (keyword !== undefined) return keyword;
  if (v === 'smaller') return parentPx / 1.2;
  if (v === 'larger') return parentPx * 1.2;
  const px = lengthPx(v, parentPx, true);
  return px === null || px < 0 ? null : px;
}
