/**
 * A refusal aimed at another account than the one the mail gives: "My username: x_ (NOT x.y,
 * that is someone else, do not delete that one)". Its sentence names a handle, and the handle
 * the mail gives is not among them: the refusal spares that other account and takes nothing back.
 */
import { isInstagramHandle } from './handle-rules.js';

/** A run of the characters a handle is made of, after a space, a bracket or a quote (one greedy run: no backtracking). */
const RUN = /(?:^|[\s(（"'«“])@?([\p{L}\p{N}_.]+)/gu;
/** A handle's shape: spelt as Instagram allows (never a date like 2026.12.08), with a dot or an underscore inside ("x.y", not "someone"). */
const SHAPED = (w: string): boolean => isInstagramHandle(w) && /[._]/u.test(w.slice(1, -1));
/** Text looked at: a refusal is one sentence. */
const MAX_TEXT = 2_000;
/** Handles read per sentence. */
const MAX_HANDLES = 16;

/** The handle-shaped words of `text`, lowercase, trailing dots dropped; a run followed by "@" or "/" is an address or a link. */
function handleWords(text: string): Set<string> {
  const out = new Set<string>();
  const cut = text.slice(0, MAX_TEXT);
  for (const m of cut.matchAll(RUN)) {
    const next = cut[(m.index ?? 0) + m[0].length];
    if (next === '@' || next === '/') continue;
    let end = m[1]!.length;
    while (end > 0 && m[1]![end - 1] === '.') end--;
    const word = m[1]!.slice(0, end).toLowerCase();
    if (SHAPED(word)) out.add(word);
    if (out.size >= MAX_HANDLES) break;
  }
  return out;
}

/** True when `sentence` names a handle and the handle the mail gives (`given`) is not one of them. */
export function aimedAtAnotherHandle(sentence: string, given: string | null): boolean {
  if (given === null) return false;
  const aimed = handleWords(sentence);
  return aimed.size > 0 && !aimed.has(given);
}
