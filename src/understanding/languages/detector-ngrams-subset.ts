/**
 * The language detector's n-grams (eld's "small" database, Apache-2.0, Nito T.M.) kept to the
 * languages the reader tells, in a form that loads small. eld's own database is a 1.6 MB module
 * of 81,000 object literals that takes about 60 MB of heap in every thread that reads mail; the
 * reader asks about 29 of its 60 languages, whose n-grams are 55,000, and those share 10,000
 * distinct score lists. Here each list is written once and each n-gram names its list.
 *
 * Every language keeps its number, and the list of the 60 languages stays whole, so eld's own
 * code scores the subset exactly as it scored the whole database filtered to the subset: a
 * language's score sums only its own n-grams, and the other languages, scoring nothing, are left
 * out as the subset left them out.
 */

/** eld's database, as its modules under `src/ngrams/` export it. */
export interface EldNgrams {
  type: string;
  languages: Record<string, string>;
  isSubset: boolean;
  ngrams: Record<string, Record<string, number>>;
}

/** What {@link subsetNgrams} writes: each n-gram's scores as an index into `scores`, pairs of language number and score. */
interface PackedNgrams {
  type: string;
  languages: Record<string, string>;
  scores: number[][];
  ngrams: Record<string, number>;
}

/** The database kept to the languages `codes` (eld's codes), as JSON text for {@link unpackNgrams}. */
export function subsetNgrams(data: EldNgrams, codes: readonly string[]): string {
  const keep = new Set(Object.entries(data.languages).filter(([, code]) => codes.includes(code)).map(([id]) => id));
  const scores: number[][] = [];
  const listIndex = new Map<string, number>();
  const ngrams: Record<string, number> = {};
  for (const [ngram, byLanguage] of Object.entries(data.ngrams)) {
    const list = Object.entries(byLanguage).filter(([id]) => keep.has(id)).flatMap(([id, score]) => [Number(id), score]);
    if (list.length === 0) continue;
    const key = list.join(',');
    let index = listIndex.get(key);
    if (index === undefined) {
      index = scores.length;
      scores.push(list);
      listIndex.set(key, index);
    }
    ngrams[ngram] = index;
  }
  const packed: PackedNgrams = { type: data.type, languages: data.languages, scores, ngrams };
  return JSON.stringify(packed);
}

/**
 * The database {@link subsetNgrams} wrote, in eld's form again; n-grams with the same scores share
 * one object. Each object is made by JSON.parse from its own text ('{"1":143,"15":59}'): V8 keeps
 * the few numbered keys of such an object in a small dictionary, where assigning them one by one
 * grows an array of elements up to the highest language number (59), about 600 bytes an object:
 * the 10,000 objects take about 2.8 MB instead of 6 MB, with the same keys in the same order.
 */
export function unpackNgrams(json: string): EldNgrams {
  const packed = JSON.parse(json) as PackedNgrams;
  const lists = packed.scores.map((list) => {
    let text = '{';
    for (let i = 0; i < list.length; i += 2) text += `${i === 0 ? '' : ','}"${list[i]!}":${list[i + 1]!}`;
    return JSON.parse(`${text}}`) as Record<string, number>;
  });
  // The parsed object is reused: each n-gram's index becomes its list.
  const ngrams = packed.ngrams as unknown as Record<string, Record<string, number>>;
  for (const ngram in packed.ngrams) ngrams[ngram] = lists[packed.ngrams[ngram] as unknown as number]!;
  return { type: packed.type, languages: packed.languages, isSubset: true, ngrams };
}
