/**
 * A refusal aimed at another account than the one the mail gives: "My username: x_ (NOT x.y,
 * that is someone else, do not delete that one)". Its sentence names a handle, and the mail names
 * another outside it: the refusal spares that account and takes nothing back.
 */

/** A handle-shaped word: letters or digits joined by a dot or an underscore, with or without its @ (never an address's part). */
const HANDLE_WORD = /(?:^|[\s(（"'«“])@?([\p{L}\p{N}_]+[._][\p{L}\p{N}_.]*[\p{L}\p{N}_])(?=$|[\s),.!?:;"'»”）])/gu;
/** Text looked at: refusals and answers are short. */
const MAX_TEXT = 20_000;
/** Handles read per text, enough for any mail that names a few accounts. */
const MAX_HANDLES = 32;

function handleWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.slice(0, MAX_TEXT).matchAll(HANDLE_WORD)) {
    out.add(m[1]!.toLowerCase());
    if (out.size >= MAX_HANDLES) break;
  }
  return out;
}

/** True when `sentence` names a handle and `body` names another one outside it. */
export function aimedAtAnotherHandle(sentence: string, body: string): boolean {
  const aimed = handleWords(sentence);
  if (aimed.size === 0) return false;
  for (const h of handleWords(body)) if (!aimed.has(h)) return true;
  return false;
}
