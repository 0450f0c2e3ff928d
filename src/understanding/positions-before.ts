/** How many of the ascending positions `sorted` lie before `at`: a binary search, so long texts with many marks stay cheap. */
export function positionsBefore(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
