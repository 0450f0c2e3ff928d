/**
 * Trimming the ends of a stranger's text without regular expressions.
 *
 * A pattern such as `/[.,!?]+$/` looks harmless, but on a run of those
 * characters that does not reach the end of the text, the engine starts at
 * every character of the run and scans to its end: the square of the run's
 * length. A 200,000-character run costs minutes. These helpers walk the text
 * once.
 */

/** `s` without the characters of `chars` at its end. */
export function trimEndOf(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** `s` without the characters of `chars` at its start. */
export function trimStartOf(s: string, chars: string): string {
  let start = 0;
  while (start < s.length && chars.includes(s[start]!)) start++;
  return start === 0 ? s : s.slice(start);
}

/** Every line of `s` without the spaces and tabs at its end. */
export function trimLineEnds(s: string): string {
  return s
    .split('\n')
    .map((line) => trimEndOf(line, ' \t'))
    .join('\n');
}

/** The last character of `s` is one of `chars`. */
export function endsWithOneOf(s: string, chars: string): boolean {
  return s.length > 0 && chars.includes(s[s.length - 1]!);
}
