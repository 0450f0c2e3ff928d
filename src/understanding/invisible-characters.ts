/**
 * Characters a mail client draws as nothing: the zero-width space, the word
 * joiner, the BOM (zero-width no-break space), the soft hyphen, the
 * left-to-right and right-to-left marks and the invisible operators. Pasted
 * from a profile page or a chat app they land inside words and handles
 * ("@tha\u200bnakorn", "de\u00adlete"); a reader sees one word there, so
 * the bot must read one word too.
 *
 * The zero-width non-joiner and joiner (U+200C, U+200D) are different: they
 * shape Persian, Arabic and Devanagari words and join emoji, so they are
 * dropped only where they sit between characters of a handle (Latin letters,
 * digits, '.', '_', '@'), where they change nothing a reader sees.
 *
 * A zero-width space also marks where a word ends in scripts written without
 * spaces (Thai), and a direction mark where right-to-left words meet a Latin
 * handle: where one parts a handle's character from a character of
 * another kind ("ของฉัน\u200b@somchai"), it becomes a space, so the handle
 * does not stick to the word before it.
 *
 * Look-alike letters (a Cyrillic 'а' in a Latin handle) are not touched: the
 * handle rules refuse them rather than guess another person's handle.
 *
 * One pass over the text; a text holding none of these is returned as it is.
 */

const ANY_INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/;
const JOINERS = '\u200c\u200d';
const HANDLE_CHAR = /^[\p{Script=Latin}0-9._@]$/u;
const SPACE = /^\s$/u;
/** The zero-width space and the direction marks: invisible, but where they stand one word ends. */
const WORD_ENDS = /[\u200b\u200e\u200f]/;

function isInvisible(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c === 0xad || (c >= 0x200b && c <= 0x200f) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff;
}

/** `text` as a reader sees it: without the invisible characters inside its words and handles. */
export function withoutInvisibles(text: string): string {
  if (!ANY_INVISIBLE.test(text)) return text;
  const parts: string[] = [];
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isInvisible(text[i]!)) continue;
    let end = i + 1;
    while (end < text.length && isInvisible(text[end]!)) end++;
    parts.push(text.slice(last, i), inPlaceOf(text.slice(i, end), text[i - 1], text[end]));
    last = end;
    i = end - 1;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/** What a run of invisible characters becomes, by the characters on either side of it. */
function inPlaceOf(run: string, before: string | undefined, after: string | undefined): string {
  const handleBefore = before !== undefined && HANDLE_CHAR.test(before);
  const handleAfter = after !== undefined && HANDLE_CHAR.test(after);
  if (handleBefore && handleAfter) return '';
  let joiners = '';
  for (const ch of run) if (JOINERS.includes(ch)) joiners += ch;
  if (joiners !== '') return joiners;
  // A handle's edge against another script or a mark: a zero-width space (or a direction mark
  // between right-to-left words and a Latin handle) was the end of a word.
  const other = (ch: string | undefined): boolean => ch !== undefined && !SPACE.test(ch) && !HANDLE_CHAR.test(ch);
  if (WORD_ENDS.test(run) && ((handleBefore && other(after)) || (handleAfter && other(before)))) return ' ';
  return '';
}
