/**
 * What a reader sees of an HTML mail: for each element, whether text inside
 * it can be seen, given its own style and what it inherits.
 *
 * Hidden, for a reader with a mail client in light mode:
 * - not drawn at all: `display:none`, the `hidden` attribute, Outlook's
 *   `mso-hide:all`, `<template>`, `<head>`, `<script>`, `<style>`, `<title>`,
 *   `<iframe>` fallbacks; nothing inside counts, and it takes no room;
 * - too small to read: a font size under {@link MIN_FONT_PX} (`font-size:0`
 *   in any unit, `font: 0/0 a`); takes no room either;
 * - drawn but not seen: `visibility:hidden` (a child may show itself again
 *   with `visibility:visible`), an opacity under 0.1 (multiplied down the
 *   tree), a box of zero height or width with `overflow:hidden`, a box moved
 *   a screen away (`position:absolute; left:-9999px`), `text-indent:-9999px`,
 *   `content-visibility:hidden`, and text the colour of what is behind it
 *   (white on an unset or white background, black on black, `transparent`).
 *   It takes room: the words on either side stay apart.
 *
 * `aria-hidden` hides nothing: screen readers skip it, eyes do not.
 */
import { over, parseColour, standsOut, type Rgba } from './css-colour.js';
import { fontSizePx, lengthPx } from './css-declarations.js';
import type { ElementStyle } from './element-style.js';

/** What an element passes on to the text and the elements inside it. */
export interface Look {
  /** Not drawn, nor anything inside. */
  gone: boolean;
  /** Drawn, but nothing inside can be seen (clipped, transparent, off screen). */
  unseen: boolean;
  /** `visibility`, which a child may turn back on. */
  visible: boolean;
  fontPx: number;
  /** The colour text is drawn in (possibly translucent). */
  colour: Rgba;
  /** The opaque colour behind the text; null when it is an image or unknown. */
  backdrop: Rgba | null;
  opacity: number;
}

const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };
const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
const LINK_BLUE: Rgba = { r: 0, g: 0, b: 238, a: 1 };

/** A mail client's page: black 16px text on white. */
export const ROOT_LOOK: Look = { gone: false, unseen: false, visible: true, fontPx: 16, colour: BLACK, backdrop: WHITE, opacity: 1 };

/** Text smaller than this is not read: nobody reads a 2px line. */
export const MIN_FONT_PX = 3;
/** Below this opacity nothing is seen. */
const MIN_OPACITY = 0.1;
/** A box moved this far off the page (or text indented this far) is out of sight. */
const OFF_SCREEN_PX = -500;

/** Elements whose content a mail client never draws. */
const NEVER_DRAWN = new Set(['head', 'script', 'style', 'title', 'template', 'iframe', 'noembed', 'noframes', 'datalist', 'xml']);

/** What an element's own style says, read once per style. */
interface Own {
  /** Not drawn, whatever its parent. */
  gone: boolean;
  fontSize: string | undefined;
  visibility: boolean | undefined;
  opacity: number;
  colour: Rgba | 'inherit' | null;
  background: Rgba | 'image' | null;
  /** Declares something that may clip or move its box (read with the font size). */
  box: boolean;
  /** Nothing here changes what the parent passes on. */
  inert: boolean;
}

const OWN = new WeakMap<ElementStyle, Own>();

function ownOf(style: ElementStyle): Own {
  const known = OWN.get(style);
  if (known !== undefined) return known;
  const v = style.values;
  const display = v.get('display');
  const visibility = v.get('visibility');
  let colour: Rgba | 'inherit' | null = style.link ? LINK_BLUE : null;
  for (const prop of ['color', '-webkit-text-fill-color']) {
    const value = v.get(prop);
    const parsed = value === undefined ? null : parseColour(value);
    if (parsed !== null) colour = parsed;
  }
  const image = v.get('background-image');
  const bg = v.get('background-color');
  const parsedBg = bg === undefined ? null : parseColour(bg);
  const own: Own = {
    gone:
      NEVER_DRAWN.has(style.tag) ||
      display === 'none' ||
      (style.hiddenAttribute && (display === undefined || display === 'none')) ||
      v.get('mso-hide') === 'all',
    fontSize: v.get('font-size'),
    visibility: visibility === 'hidden' || visibility === 'collapse' ? false : visibility === 'visible' ? true : undefined,
    opacity: opacityOf(v.get('opacity')),
    colour,
    background: image !== undefined && image !== 'none' ? 'image' : parsedBg === 'inherit' || parsedBg?.a === 0 ? null : parsedBg,
    box: ['content-visibility', 'overflow', 'overflow-x', 'overflow-y', 'text-indent', 'position'].some((p) => v.has(p)),
    inert: false,
  };
  own.inert = !own.gone && v.size === 0 && !style.link;
  OWN.set(style, own);
  return own;
}

export function lookOf(parent: Look, style: ElementStyle): Look {
  const own = ownOf(style);
  if (parent.gone || own.inert) return parent;
  if (own.gone) return { ...parent, gone: true };
  const fontPx = (own.fontSize === undefined ? null : fontSizePx(own.fontSize, parent.fontPx)) ?? parent.fontPx;
  const opacity = parent.opacity * own.opacity;
  const colour = own.colour === null || own.colour === 'inherit' ? parent.colour : own.colour;
  const backdrop =
    own.background === null ? parent.backdrop
    : own.background === 'image' ? null
    : own.background.a >= 1 ? own.background
    : parent.backdrop === null ? null
    : over(own.background, parent.backdrop);
  const unseen =
    parent.unseen ||
    opacity < MIN_OPACITY ||
    (own.box && (style.values.get('content-visibility') === 'hidden' || clipped(style.values, fontPx) || offScreen(style.values, fontPx)));
  return { gone: false, unseen, visible: own.visibility ?? parent.visible, fontPx, colour, backdrop, opacity };
}

export type Fate = 'shown' | 'blank' | 'none';

/** Whether text with this look is seen ('shown'), takes room unseen ('blank') or takes none ('none'). */
export function textFate(look: Look): Fate {
  if (look.gone || look.fontPx < MIN_FONT_PX) return 'none';
  if (!look.visible || look.unseen) return 'blank';
  if (look.backdrop !== null && !standsOut(look.colour, look.backdrop)) return 'blank';
  return 'shown';
}

/**
 * Whether a declaration can only hide (so applying it to more elements than
 * its selector names never shows what a reader does not see).
 */
export function isHidingDeclaration(prop: string, value: string): boolean {
  switch (prop) {
    case 'display':
      return value === 'none';
    case 'visibility':
      return value === 'hidden' || value === 'collapse';
    case 'content-visibility':
      return value === 'hidden';
    case 'mso-hide':
      return value === 'all';
    case 'opacity':
      return opacityOf(value) < MIN_OPACITY;
    case 'font-size': {
      const px = fontSizePx(value, 16);
      // A relative size is small or not depending on the parent: only zero hides for sure.
      return px !== null && (px === 0 || (px < MIN_FONT_PX && !/(?:em|ex|ch|%)$/.test(value)));
    }
    case 'color':
    case '-webkit-text-fill-color': {
      const c = parseColour(value);
      return c !== null && c !== 'inherit' && c.a === 0;
    }
    case 'height':
    case 'max-height':
    case 'width':
    case 'max-width':
      return isTiny(value, 16);
    case 'overflow':
    case 'overflow-x':
    case 'overflow-y':
      return value === 'hidden' || value === 'clip';
    case 'text-indent':
    case 'left':
    case 'top':
    case 'right': {
      const px = lengthPx(value, 16);
      return px !== null && px <= OFF_SCREEN_PX;
    }
    case 'position':
      return value === 'absolute' || value === 'fixed';
    default:
      return false;
  }
}

function opacityOf(value: string | undefined): number {
  if (value === undefined) return 1;
  const v = value.trim();
  const n = v.endsWith('%') ? parseFloat(v) / 100 : parseFloat(v);
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 1;
}

/** At most a pixel: what a box of that size shows of its text is nothing. */
function isTiny(value: string, fontPx: number): boolean {
  const px = lengthPx(value, fontPx);
  return px !== null && px <= 1;
}

/** A box too small to show its text that cuts off what overflows it. */
function clipped(v: Map<string, string>, fontPx: number): boolean {
  const overflow = [v.get('overflow'), v.get('overflow-x'), v.get('overflow-y')].some((o) => o === 'hidden' || o === 'clip');
  if (!overflow) return false;
  return ['height', 'max-height', 'width', 'max-width'].some((prop) => {
    const value = v.get(prop);
    return value !== undefined && isTiny(value, fontPx);
  });
}

/** A box moved a screen away, or text indented off the page. */
function offScreen(v: Map<string, string>, fontPx: number): boolean {
  const far = (prop: string): boolean => {
    const value = v.get(prop);
    const px = value === undefined ? null : lengthPx(value, fontPx);
    return px !== null && px <= OFF_SCREEN_PX;
  };
  if (far('text-indent')) return true;
  const position = v.get('position');
  if (position !== 'absolute' && position !== 'fixed') return false;
  if (far('left') || far('top') || far('right')) return true;
  const clip = v.get('clip');
  if (clip === undefined || !clip.startsWith('rect(')) return false;
  const edges = clip.match(/[\d.]+/g) ?? [];
  return edges.length === 4 && edges.every((n) => parseFloat(n) <= 1);
}
