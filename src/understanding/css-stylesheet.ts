/**
 * The rules of a mail's `<style>` blocks that decide what is visible, and
 * which of them apply to an element.
 *
 * A rule whose selector is one tag, one class or one id, alone or together
 * (`.h`, `div.h`, `#x`, `*`), is applied exactly. A selector with more to it
 * (`.wrap .h`, `.a.b`, `td > .h`) is applied to every element its last class
 * or id names, and then only for what hides (`display:none`, a zero size...):
 * that hides too much at worst, never too little. Selectors with
 * pseudo-classes or attributes (`a:hover`, `[hidden]`), and rules inside `@media`
 * and other at-rules, describe states and screens this reader does not model
 * and are left out.
 *
 * Rules are merged by what they select while they are read, so matching an
 * element costs one lookup per class it carries, however long the stylesheet.
 */
import { parseDeclarations, unescape, type Declaration } from './css-declarations.js';
import { isHidingDeclaration } from './hidden-html.js';

/** One declared value with what decides between it and another: importance, specificity, order. */
export interface Ranked extends Declaration {
  specificity: number;
  order: number;
}

type PropTable = Map<string, Ranked>;

export interface Stylesheet {
  /** tag name or '*' → declarations */
  byTag: Map<string, PropTable>;
  /** class → tag name or '*' → declarations */
  byClass: Map<string, Map<string, PropTable>>;
  /** id → tag name or '*' → declarations */
  byId: Map<string, Map<string, PropTable>>;
}

export const EMPTY_STYLESHEET: Stylesheet = { byTag: new Map(), byClass: new Map(), byId: new Map() };

interface Compound {
  tag: string;
  classes: string[];
  ids: string[];
}

/** The stylesheet made of the texts of a mail's `<style>` elements, in order. */
export function parseStylesheet(texts: readonly string[]): Stylesheet {
  const sheet: Stylesheet = { byTag: new Map(), byClass: new Map(), byId: new Map() };
  let order = 0;
  for (const text of texts) {
    for (const { prelude, block } of topLevelRules(text)) {
      const declarations = parseDeclarations(block);
      if (declarations.size === 0) continue;
      for (const selector of prelude.split(',')) {
        const parsed = parseSelector(selector);
        if (parsed === null) continue;
        order++;
        const { subject, specificity, exact } = parsed;
        const table = tableFor(sheet, subject);
        for (const [prop, d] of declarations) {
          if (!exact && !isHidingDeclaration(prop, d.value)) continue;
          const candidate: Ranked = { ...d, specificity, order };
          const before = table.get(prop);
          if (before === undefined || !outranks(before, candidate)) table.set(prop, candidate);
        }
      }
    }
  }
  return sheet;
}

/** Whether `a` wins over `b` in the cascade (both from stylesheets). */
export function outranks(a: Ranked, b: Ranked): boolean {
  if (a.important !== b.important) return a.important;
  if (a.specificity !== b.specificity) return a.specificity > b.specificity;
  return a.order > b.order;
}

function tableFor(sheet: Stylesheet, subject: Compound): PropTable {
  const tag = subject.tag;
  const keyed = (map: Map<string, Map<string, PropTable>>, key: string): PropTable => {
    let byTag = map.get(key);
    if (byTag === undefined) map.set(key, (byTag = new Map()));
    let table = byTag.get(tag);
    if (table === undefined) byTag.set(tag, (table = new Map()));
    return table;
  };
  const id = subject.ids[subject.ids.length - 1];
  if (id !== undefined) return keyed(sheet.byId, id);
  const cls = subject.classes[subject.classes.length - 1];
  if (cls !== undefined) return keyed(sheet.byClass, cls);
  let table = sheet.byTag.get(tag);
  if (table === undefined) sheet.byTag.set(tag, (table = new Map()));
  return table;
}

/**
 * The declarations the stylesheet gives an element, the winner for each
 * property. `work` is told how many lookups it cost (one per class).
 */
export function declarationsFor(sheet: Stylesheet, tag: string, id: string, classes: readonly string[], work: (n: number) => void): Map<string, Ranked> {
  const out = new Map<string, Ranked>();
  const take = (table: PropTable | undefined): void => {
    if (table === undefined) return;
    for (const [prop, d] of table) {
      const before = out.get(prop);
      if (before === undefined || outranks(d, before)) out.set(prop, d);
    }
  };
  const fromKeyed = (byTag: Map<string, PropTable> | undefined): void => {
    if (byTag === undefined) return;
    take(byTag.get('*'));
    take(byTag.get(tag));
  };
  take(sheet.byTag.get('*'));
  take(sheet.byTag.get(tag));
  if (id !== '') fromKeyed(sheet.byId.get(id));
  work(classes.length);
  for (const cls of classes) fromKeyed(sheet.byClass.get(cls));
  return out;
}

/** The selector's subject (its last compound), its specificity and whether it is matched exactly; null when left out. */
function parseSelector(raw: string): { subject: Compound; specificity: number; exact: boolean } | null {
  if (raw.length > 1_000) return null;
  // `.\68 ` is `.h`: escapes are decoded before the selector is read.
  const selector = unescape(raw).trim();
  if (selector === '') return null;
  const compounds: Compound[] = [];
  for (const part of selector.replace(/[>+~]/g, ' ').split(/\s+/)) {
    if (part === '') continue;
    const compound = parseCompound(part);
    if (compound === null) return null;
    compounds.push(compound);
  }
  const subject = compounds[compounds.length - 1];
  if (subject === undefined) return null;
  let specificity = 0;
  for (const c of compounds) specificity += c.ids.length * 10_000 + c.classes.length * 100 + (c.tag === '*' ? 0 : 1);
  const exact = compounds.length === 1 && subject.classes.length + subject.ids.length <= 1;
  return { subject, specificity, exact };
}

/** `div`, `.a`, `#b`, `td.a.b`, `*`: a tag or '*' and any classes and ids; null for anything else. */
function parseCompound(part: string): Compound | null {
  const compound: Compound = { tag: '*', classes: [], ids: [] };
  let i = 0;
  const name = (): string => {
    const from = i;
    while (i < part.length && isNameChar(part[i]!)) i++;
    return part.slice(from, i);
  };
  if (part[0] === '*') i = 1;
  else if (part[0] !== '.' && part[0] !== '#') {
    const tag = name();
    if (tag === '') return null;
    compound.tag = tag.toLowerCase();
  }
  while (i < part.length) {
    const kind = part[i];
    i++;
    const value = name();
    if (value === '' || (kind !== '.' && kind !== '#')) return null;
    (kind === '.' ? compound.classes : compound.ids).push(value);
  }
  return compound;
}

function isNameChar(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch === '-' || ch === '_' || ch > '\u007f';
}

/**
 * The top-level rules of a stylesheet as (selector text, declaration text),
 * comments and the `<!--`/`-->` wrappers of old mail left out, at-rules and
 * their blocks skipped. A block never closed ends the stylesheet.
 */
function topLevelRules(css: string): Array<{ prelude: string; block: string }> {
  const rules: Array<{ prelude: string; block: string }> = [];
  const n = css.length;
  let i = 0;
  let preludeFrom = 0;
  let prelude: string[] = [];
  while (i < n) {
    const ch = css[i]!;
    if (ch === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      if (end < 0) break;
      prelude.push(css.slice(preludeFrom, i), ' ');
      i = preludeFrom = end + 2;
      continue;
    }
    if (css.startsWith('<!--', i) || css.startsWith('-->', i)) {
      const skip = ch === '<' ? 4 : 3;
      prelude.push(css.slice(preludeFrom, i), ' ');
      i = preludeFrom = i + skip;
      continue;
    }
    if (ch === ';' || ch === '{') {
      prelude.push(css.slice(preludeFrom, i));
      const text = prelude.join('').trim();
      prelude = [];
      if (ch === ';') {
        // `@import url(x);`, `@charset "x";`, or a stray semicolon.
        i = preludeFrom = i + 1;
        continue;
      }
      const end = blockEnd(css, i + 1);
      if (!text.startsWith('@')) rules.push({ prelude: text, block: css.slice(i + 1, end) });
      i = preludeFrom = end + 1;
      continue;
    }
    if (ch === '"' || ch === "'") {
      i = stringEnd(css, i);
      continue;
    }
    if (ch === '\\') i++;
    i++;
  }
  return rules;
}

/** Where the block opened before `from` closes (its `}`), strings, escapes, comments and nested blocks respected; `css.length` when it never does. */
function blockEnd(css: string, from: number): number {
  let depth = 1;
  let i = from;
  while (i < css.length) {
    const ch = css[i]!;
    if (ch === '\\') i += 2;
    else if (ch === '"' || ch === "'") i = stringEnd(css, i);
    else if (ch === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      if (end < 0) return css.length;
      i = end + 2;
    } else {
      if (ch === '{') depth++;
      else if (ch === '}' && --depth === 0) return i;
      i++;
    }
  }
  return css.length;
}

/** Just past the string that opens at `at`: its closing quote, or the end of its line when it has none. */
function stringEnd(css: string, at: number): number {
  const quote = css[at];
  let i = at + 1;
  while (i < css.length) {
    const ch = css[i]!;
    if (ch === '\\') i += 2;
    else if (ch === quote || ch === '\n') return i + 1;
    else i++;
  }
  return css.length;
}
