/** Rows read per query when a pass walks a table page by page. */
export const PAGE_SIZE = 500;

/** Below every uuid: the start of a walk in id order. */
const BEFORE_FIRST_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Walks the ids a query selects in id order, a page of at most {@link PAGE_SIZE} at a time
 * (`page(after)` returns the next ids above `after`, in order), and hands each to `each`.
 * A keyset walk: rows acted on or skipped never fill a later page, however many there are.
 */
export async function forEachIdInPages(
  page: (after: string) => Promise<string[]>,
  each: (id: string) => Promise<void>,
): Promise<void> {
  for (let after = BEFORE_FIRST_ID; ;) {
    const ids = await page(after);
    for (const id of ids) await each(id);
    if (ids.length < PAGE_SIZE) return;
    after = ids[ids.length - 1]!;
  }
}
