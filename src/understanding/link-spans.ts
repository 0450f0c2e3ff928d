/**
 * Where the web addresses of a text stand: "https://mail.onelink.me/1?pid=nativeplacement",
 * "www.shop.example/p?uid=x". A word inside an address (a query's value, a path's part) is the
 * address's, never a handle the person names, whatever label-like letters stand before it
 * ("?pid=", "?id="). One linear scan: each start tries a bounded scheme, then the address runs
 * to the next space, bracket or quote.
 */
const ADDRESS = /(?<![^\s<(["'[])(?:[a-z][a-z0-9+.-]{0,15}:\/\/|www\.)[^\s<>"'\])]+/giu;

/** The `[start, end)` spans of the addresses in `text`, in order and not overlapping. */
export function linkSpans(text: string): Array<readonly [number, number]> {
  return [...text.matchAll(ADDRESS)].map((m) => [m.index, m.index + m[0].length] as const);
}
