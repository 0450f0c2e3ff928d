/**
 * Words for "now" and "currently" that open what a label names when the account was renamed:
 * "Instagram-Konto: aktuell heißt es x (früher y)", "Username: currently x (it used to be y)".
 * The handle is then the first word after them shaped like one, a few words on.
 */
const NOW: ReadonlySet<string> = new Set(
  `currently now presently today
aktuell derzeit momentan jetzt zurzeit inzwischen mittlerweile
actuellement maintenant désormais
ahora actualmente
attualmente ora adesso
atualmente agora
momenteel nu tegenwoordig
şimdi şu an artık
sekarang saat ini`.split(/\s+/),
);

/** How many words after the "now" word may stand before the handle ("heißt es", "is called"). */
const MAX_WORDS_AFTER = 4;
const SHAPED = /^@|[._0-9]/;

/** After a "now" word, the first handle-shaped word of the next few; null when `words` opens otherwise. */
export function handleAfterNow(words: readonly string[]): string | null {
  if (!NOW.has((words[0] ?? '').toLowerCase().replace(/[,:]$/, ''))) return null;
  return words.slice(1, 1 + MAX_WORDS_AFTER).find((w) => SHAPED.test(w)) ?? null;
}
