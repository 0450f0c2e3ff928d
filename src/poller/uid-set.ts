/**
 * IMAP sequence sets of UIDs ("1:5,9,12:14"), read and written without ever
 * expanding a whole mailbox into one list: a back-fill of a million messages
 * walks its UIDs a batch at a time.
 */

/** The ranges of a sequence set, ascending; `*` and malformed parts are dropped. */
export function parseUidSet(set: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const part of set.split(',')) {
    const m = /^(\d+)(?::(\d+))?$/.exec(part.trim());
    if (!m) continue;
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || a < 1 || b < 1) continue;
    ranges.push(a <= b ? [a, b] : [b, a]);
  }
  return ranges.sort((x, y) => x[0] - y[0]);
}

/** The UIDs of `set` above `after`, ascending, `size` at a time. */
export function* uidBatches(set: string | readonly number[], size: number, after = 0): Generator<number[]> {
  const ranges: [number, number][] = typeof set === 'string' ? parseUidSet(set) : [...set].sort((a, b) => a - b).map((u) => [u, u]);
  let batch: number[] = [];
  let last = after;
  for (const [lo, hi] of ranges) {
    for (let uid = Math.max(lo, last + 1); uid <= hi; uid++) {
      batch.push(uid);
      last = uid;
      if (batch.length === size) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length) yield batch;
}

/** A compact sequence set for a list of UIDs: [1,2,3,7] -> "1:3,7". */
export function packUids(uids: readonly number[]): string {
  const sorted = [...uids].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]! <= sorted[j]! + 1) j++;
    parts.push(sorted[i] === sorted[j] ? String(sorted[i]) : `${sorted[i]}:${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}
