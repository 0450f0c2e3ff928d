/**
 * CSS colours, as far as telling text from its background needs: hex forms,
 * rgb()/rgba(), hsl()/hsla(), the named colours and the system colours a mail
 * editor writes (Word's `windowtext`). Values come from strangers' markup, so
 * every parser here walks the value once and gives up on anything odd
 * (an unknown colour is treated as the browser does with an invalid one:
 * ignored).
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0 (transparent) to 1 (opaque). */
  a: number;
}

const NAMED: Record<string, string> = {
  aliceblue: 'f0f8ff', antiquewhite: 'faebd7', aqua: '00ffff', aquamarine: '7fffd4', azure: 'f0ffff', beige: 'f5f5dc',
  bisque: 'ffe4c4', black: '000000', blanchedalmond: 'ffebcd', blue: '0000ff', blueviolet: '8a2be2', brown: 'a52a2a',
  burlywood: 'deb887', cadetblue: '5f9ea0', chartreuse: '7fff00', chocolate: 'd2691e', coral: 'ff7f50',
  cornflowerblue: '6495ed', cornsilk: 'fff8dc', crimson: 'dc143c', cyan: '00ffff', darkblue: '00008b', darkcyan: '008b8b',
  darkgoldenrod: 'b8860b', darkgray: 'a9a9a9', darkgreen: '006400', darkgrey: 'a9a9a9', darkkhaki: 'bdb76b',
  darkmagenta: '8b008b', darkolivegreen: '556b2f', darkorange: 'ff8c00', darkorchid: '9932cc', darkred: '8b0000',
  darksalmon: 'e9967a', darkseagreen: '8fbc8f', darkslateblue: '483d8b', darkslategray: '2f4f4f', darkslategrey: '2f4f4f',
  darkturquoise: '00ced1', darkviolet: '9400d3', deeppink: 'ff1493', deepskyblue: '00bfff', dimgray: '696969',
  dimgrey: '696969', dodgerblue: '1e90ff', firebrick: 'b22222', floralwhite: 'fffaf0', forestgreen: '228b22',
  fuchsia: 'ff00ff', gainsboro: 'dcdcdc', ghostwhite: 'f8f8ff', gold: 'ffd700', goldenrod: 'daa520', gray: '808080',
  green: '008000', greenyellow: 'adff2f', grey: '808080', honeydew: 'f0fff0', hotpink: 'ff69b4', indianred: 'cd5c5c',
  indigo: '4b0082', ivory: 'fffff0', khaki: 'f0e68c', lavender: 'e6e6fa', lavenderblush: 'fff0f5', lawngreen: '7cfc00',
  lemonchiffon: 'fffacd', lightblue: 'add8e6', lightcoral: 'f08080', lightcyan: 'e0ffff', lightgoldenrodyellow: 'fafad2',
  lightgray: 'd3d3d3', lightgreen: '90ee90', lightgrey: 'd3d3d3', lightpink: 'ffb6c1', lightsalmon: 'ffa07a',
  lightseagreen: '20b2aa', lightskyblue: '87cefa', lightslategray: '778899', lightslategrey: '778899',
  lightsteelblue: 'b0c4de', lightyellow: 'ffffe0', lime: '00ff00', limegreen: '32cd32', linen: 'faf0e6', magenta: 'ff00ff',
  maroon: '800000', mediumaquamarine: '66cdaa', mediumblue: '0000cd', mediumorchid: 'ba55d3', mediumpurple: '9370db',
  mediumseagreen: '3cb371', mediumslateblue: '7b68ee', mediumspringgreen: '00fa9a', mediumturquoise: '48d1cc',
  mediumvioletred: 'c71585', midnightblue: '191970', mintcream: 'f5fffa', mistyrose: 'ffe4e1', moccasin: 'ffe4b5',
  navajowhite: 'ffdead', navy: '000080', oldlace: 'fdf5e6', olive: '808000', olivedrab: '6b8e23', orange: 'ffa500',
  orangered: 'ff4500', orchid: 'da70d6', palegoldenrod: 'eee8aa', palegreen: '98fb98', paleturquoise: 'afeeee',
  palevioletred: 'db7093', papayawhip: 'ffefd5', peachpuff: 'ffdab9', peru: 'cd853f', pink: 'ffc0cb', plum: 'dda0dd',
  powderblue: 'b0e0e6', purple: '800080', rebeccapurple: '663399', red: 'ff0000', rosybrown: 'bc8f8f',
  royalblue: '4169e1', saddlebrown: '8b4513', salmon: 'fa8072', sandybrown: 'f4a460', seagreen: '2e8b57',
  seashell: 'fff5ee', sienna: 'a0522d', silver: 'c0c0c0', skyblue: '87ceeb', slateblue: '6a5acd', slategray: '708090',
  slategrey: '708090', snow: 'fffafa', springgreen: '00ff7f', steelblue: '4682b4', tan: 'd2b48c', teal: '008080',
  thistle: 'd8bfd8', tomato: 'ff6347', turquoise: '40e0d0', violet: 'ee82ee', wheat: 'f5deb3', white: 'ffffff',
  whitesmoke: 'f5f5f5', yellow: 'ffff00', yellowgreen: '9acd32',
  // System colours, in their usual light-mode values.
  canvas: 'ffffff', window: 'ffffff', canvastext: '000000', windowtext: '000000', buttonface: 'f0f0f0',
  buttontext: '000000', linktext: '0000ee',
};

/**
 * The colour `value` names; 'inherit' for the keywords that mean the parent's
 * colour; null for anything this reader does not know (var(), gradients,
 * typos), which the caller ignores like a browser ignores an invalid value.
 */
export function parseColour(value: string): Rgba | 'inherit' | null {
  const v = value.trim().toLowerCase();
  // The longest real colour is an hsla() with decimals; anything longer is no colour.
  if (v.length > 80) return null;
  if (v === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  if (v === 'inherit' || v === 'currentcolor' || v === 'unset' || v === 'revert' || v === 'revert-layer') return 'inherit';
  if (v === 'initial') return { r: 0, g: 0, b: 0, a: 1 };
  if (v.startsWith('#')) return hex(v.slice(1));
  const named = NAMED[v];
  if (named !== undefined) return hex(named);
  const open = v.indexOf('(');
  if (open < 0 || !v.endsWith(')')) return null;
  const fn = v.slice(0, open).trim();
  const args = v.slice(open + 1, -1).replace('/', ' ').split(/[\s,]+/).filter((s) => s !== '');
  if (fn === 'rgb' || fn === 'rgba') return rgbArgs(args);
  if (fn === 'hsl' || fn === 'hsla') return hslArgs(args);
  return null;
}

/** A legacy colour attribute (`bgcolor`, `<font color>`): as CSS, and six hex digits without '#'. */
export function parseColourAttribute(value: string): Rgba | null {
  const v = value.trim();
  const parsed = parseColour(v) ?? (/^[0-9a-f]{6}$/i.test(v) ? hex(v) : null);
  return parsed === 'inherit' ? null : parsed;
}

function hex(digits: string): Rgba | null {
  if (!/^[0-9a-f]+$/i.test(digits)) return null;
  const n = digits.length;
  if (n === 3 || n === 4) {
    const c = [...digits].map((d) => parseInt(d + d, 16));
    return { r: c[0]!, g: c[1]!, b: c[2]!, a: n === 4 ? c[3]! / 255 : 1 };
  }
  if (n === 6 || n === 8) {
    const c = [0, 2, 4, 6].map((i) => parseInt(digits.slice(i, i + 2), 16));
    return { r: c[0]!, g: c[1]!, b: c[2]!, a: n === 8 ? c[3]! / 255 : 1 };
  }
  return null;
}

/** A number or percentage scaled to `full` (255 for channels, 1 for alpha); NaN when it is neither. */
function amount(s: string, full: number): number {
  if (s.endsWith('%')) return (parseFloat(s) / 100) * full;
  return /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/.test(s) ? parseFloat(s) : NaN;
}

function clamp(n: number, max: number): number {
  return Math.min(max, Math.max(0, n));
}

function rgbArgs(args: string[]): Rgba | null {
  if (args.length < 3 || args.length > 4) return null;
  const [r, g, b] = args.slice(0, 3).map((s) => amount(s, 255));
  const a = args[3] === undefined ? 1 : amount(args[3], 1);
  if ([r, g, b, a].some((n) => n === undefined || Number.isNaN(n))) return null;
  return { r: clamp(r!, 255), g: clamp(g!, 255), b: clamp(b!, 255), a: clamp(a, 1) };
}

function hslArgs(args: string[]): Rgba | null {
  if (args.length < 3 || args.length > 4) return null;
  const h = parseFloat(args[0]!.replace(/deg$/, ''));
  const s = amount(args[1]!, 1);
  const l = amount(args[2]!, 1);
  const a = args[3] === undefined ? 1 : amount(args[3], 1);
  if ([h, s, l, a].some((n) => Number.isNaN(n))) return null;
  const sat = clamp(s, 1);
  const light = clamp(l, 1);
  const k = (n: number): number => (n + (((h % 360) + 360) % 360) / 30) % 12;
  const f = (n: number): number => light - sat * Math.min(light, 1 - light) * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return { r: f(0) * 255, g: f(8) * 255, b: f(4) * 255, a: clamp(a, 1) };
}

/** `top` painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a;
  return { r: top.r * a + bottom.r * (1 - a), g: top.g * a + bottom.g * (1 - a), b: top.b * a + bottom.b * (1 - a), a: 1 };
}

/**
 * Whether text of colour `text` can be told from the opaque `background`:
 * #fefefe on white, or a nearly transparent black, cannot.
 */
export function standsOut(text: Rgba, background: Rgba): boolean {
  const seen = over(text, background);
  return Math.abs(seen.r - background.r) + Math.abs(seen.g - background.g) + Math.abs(seen.b - background.b) > 30;
}
