/**
 * Where a signature starts without "-- ": a sign-off ("Kind regards", "S pozdravem", "Vielen
 * Dank und viele Grüße") and, on the next non-empty line, the signer's name. What follows such a
 * pair is the signature whatever its length: a company's block of title, address, phones and
 * social pages ("Instagram: @company"), then pages of legal notice (with a DPO's address).
 * Without the name, a sign-off ends the words only near the end (visible-text.ts).
 */
import { isSignOffLine } from './languages/pack-lines.js';
import { linkSpans } from './link-spans.js';

/** Longest line read as two sign-offs joined by a word. */
const MAX_JOINED_SIGN_OFF = 60;
/** Longest word joining two sign-offs: "and", "und", "et", "og", "och", "a", "и". */
const MAX_JOINER = 4;
/** A name line: a few words, not a sentence. */
const MAX_NAME_CHARS = 60;
const MAX_NAME_WORDS = 5;
/** One word of a name: letters (any script), dots, apostrophes, hyphens ("Ing.", "LL.M.", "O'Neil"); not starting lowercase. */
const NAME_WORD = /^(?!\p{Ll})[\p{L}\p{M}][\p{L}\p{M}.'’-]*,?$/u;
/** How far after a sign-off its name line is looked for. */
const MAX_GAP_LINES = 3;

/** A sign-off line of the packs, or two of them joined by one short word ("Thanks and best regards"). */
export function isSignOff(trimmed: string): boolean {
  if (isSignOffLine(trimmed)) return true;
  if (trimmed.length > MAX_JOINED_SIGN_OFF) return false;
  const words = trimmed.split(/\s+/);
  for (let k = 1; k < words.length - 1; k++) {
    if ([...words[k]!].length > MAX_JOINER) continue;
    if (isSignOffLine(words.slice(0, k).join(' ')) && isSignOffLine(words.slice(k + 1).join(' '))) return true;
  }
  return false;
}

/** A line that is a person's name: "Lena Kröger", "Ing. Martina Procházková", "Γιώργος Παπαδόπουλος", "田中花子". */
export function isNameLine(trimmed: string): boolean {
  if (trimmed === '' || trimmed.length > MAX_NAME_CHARS) return false;
  const words = trimmed.split(/\s+/);
  return words.length <= MAX_NAME_WORDS && words.every((w) => NAME_WORD.test(w));
}

/** Line `i` of `lines` is a sign-off and the next non-empty line (within a few) is a name. */
export function signsOffWithName(lines: readonly string[], i: number): boolean {
  if (!isSignOff((lines[i] ?? '').trim())) return false;
  for (let k = i + 1; k < lines.length && k <= i + MAX_GAP_LINES; k++) {
    const next = (lines[k] ?? '').trim();
    if (next !== '') return isNameLine(next);
  }
  return false;
}

/** Most lines a trailing business block holds after its name line. */
const MAX_BLOCK_LINES = 8;
/** Longest line of such a block, its links not counted: a title, an address, a booking link's label. */
const MAX_BLOCK_LINE = 100;
/** What marks a business's block: "Company LLC | City", a link, a phone number. */
const BLOCK_MARK = /\s[|·•]\s|https?:\/\/|www\.|\+?\d[\d ()./-]{7,}\d/u;

/** A line's length without its links, whose length (a booking page with its query) says nothing of the line around them. */
function lengthWithoutLinks(line: string): number {
  return linkSpans(line).reduce((n, [start, end]) => n - (end - start), line.length);
}

/**
 * Where a trailing signature without "-- " or a sign-off starts, as a character offset in
 * `text`: the line after the last name line ("Ricky Alvarez") that a short block of lines closes,
 * one of them a business's ("Alvarez Roofing LLC | Austin, TX", a booking link); null when the
 * mail ends otherwise. A name line first in the mail opens no signature.
 */
export function trailingBlockStart(text: string): number | null {
  const lines = text.split('\n');
  let end = lines.length;
  while (end > 0 && (lines[end - 1] ?? '').trim() === '') end--;
  let marked = false;
  let seen = 0;
  for (let i = end - 1; i > 0 && seen <= MAX_BLOCK_LINES; i--) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    if (lengthWithoutLinks(line) > MAX_BLOCK_LINE) return null;
    if (seen > 0 && marked && isNameLine(line) && !line.endsWith(',')) {
      if (!lines.slice(0, i).some((l) => l.trim() !== '')) return null;
      let at = 0;
      for (let k = 0; k <= i; k++) at += (lines[k] ?? '').length + 1;
      return at;
    }
    if (BLOCK_MARK.test(line)) marked = true;
    seen++;
  }
  return null;
}
