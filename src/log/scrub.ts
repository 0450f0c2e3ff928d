/**
 * Removes addresses from free text (e.g. an SMTP error) before it reaches a log line:
 * every word with an '@' that has characters on both sides. The text is split into
 * words once; a pattern that looked for the '@' would rescan a long word from each
 * of its letters.
 */
export function scrubAddresses(text: string): string {
  return text
    .split(/([\s<>()"',;:]+)/)
    .map((part, i) => (i % 2 === 0 && isAddressLike(part) ? '[address]' : part))
    .join('');
}

function isAddressLike(word: string): boolean {
  const at = word.indexOf('@', 1);
  return at > 0 && at < word.length - 1;
}
