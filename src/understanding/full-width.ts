/**
 * Full-width Latin letters and digits, as Japanese, Chinese and Korean keyboards type them
 * ("ｈａｒｕｋａ＿ｍｏｒｉ．８４"). Unicode maps each to exactly one ASCII character (NFKC), so the
 * word they spell is no guess: unlike letters of another alphabet that only look alike (Greek "ο",
 * Cyrillic "а"), which stay refused as handles. Only the characters of a handle are mapped (letters,
 * digits, "＿", "．", and the "＠" before a handle); full-width punctuation keeps its own reading in the search text.
 */

/** ０-９, ＠, Ａ-Ｚ, ａ-ｚ, ＿, ．: the full-width forms of a handle's characters (and of the "@" that marks one). */
const HANDLE_FULL_WIDTH = /[\uff10-\uff19\uff20-\uff3a\uff41-\uff5a\uff3f\uff0e]/gu;
const FULL_WIDTH_OFFSET = 0xfee0;

/** `text` with full-width letters, digits, "＿" and "．" written as ASCII; everything else as it was. */
export function asciiHandleLetters(text: string): string {
  return text.replace(HANDLE_FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET));
}
