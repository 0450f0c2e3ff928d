/**
 * A mail written on behalf of a relative or a friend: "I'm writing on behalf of my mother",
 * "ich schreibe im Namen meiner Mutter", "אני כותב בשם אמא שלי", "أكتب نيابة عن أمي", "saya
 * menulis atas nama ibu saya", "annem adına yazıyorum". It asks to erase that person's data, so
 * the handle the words give her ("My mother's Instagram: @x") is the one to erase, and "delete
 * all her data" speaks for the person the request is for.
 *
 * So is a mail an agency, an assistant or a lawyer writes for a client or an employer: "on behalf
 * of our client we request deletion of all data your app holds for their account", "im Auftrag
 * unserer Kundin", "müvekkilimiz adına", "代表客户". The data is that person's, and so is the handle.
 *
 * A pack's `onBehalf` phrase with a word for a relative, a client or an employer (`others-handles.ts`,
 * the packs' `clients`) right after it
 * ("on behalf of my mother") or right before it ("annem adına", "anyám nevében", "äitini
 * puolesta"); the phrase alone says nothing of whom ("in the name of the GDPR"). Each line is
 * folded and scanned once by linear matchers, and the hits are walked once, so the cost is linear.
 *
 * A mail passed on for a relative speaks for her the same way: "my mother asked me to forward
 * this", "mijn moeder vroeg of ik dit kon doorsturen", "母に頼まれて転送します". A pack's `passOn`
 * verb and a word for a relative on one line of the sender's own words (above any forwarded block,
 * whose "forward this to a friend" speaks for nobody) say so.
 */
import { PACKS } from './languages/packs/index.js';
import { buildMatcher, fold, packListMatcher, registry, type Matcher } from './languages/registry.js';
import { relationsIn } from './others-handles.js';

/** A Latin, Greek or Cyrillic word this short must be whole ("za", "por"). */
const SHORT = 3;
const ALPHABETIC = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}'.-]+$/u;

const PHRASES: Matcher<true> = buildMatcher(
  PACKS.flatMap((p) =>
    (p.onBehalf ?? []).map((w) => {
      const word = fold(w).trim();
      const last = word.slice(word.lastIndexOf(' ') + 1);
      const anywhere = p.noSpaces === true;
      return { word, tag: true as const, whole: !anywhere && ALPHABETIC.test(last) && [...last].length <= SHORT, anywhere };
    }),
  ),
);

/** How far after the phrase the relative may start: " of my 82-year-old ", " da minha ". */
const AFTER = 20;
/** How far before the phrase the relative may end: "annem adına", "mammas vägnar". */
const BEFORE = 3;
const MAX_TEXT = 100_000;

/** Whether the words say the mail is written on behalf of a relative, a friend, a client or an employer. */
export function writesOnBehalf(text: string): boolean {
  for (const raw of text.slice(0, MAX_TEXT).split('\n')) {
    const line = fold(raw);
    if (namesOurClient(line)) return true;
    const phrases = PHRASES.scan(line);
    if (phrases.length === 0) continue;
    const relations = relationsIn(line);
    // Both lists run in text order: one walk through the relations for all the phrases.
    let j = 0;
    for (const p of phrases) {
      while (j < relations.length && relations[j]!.end < p.start - BEFORE) j++;
      for (let k = j; k < relations.length && relations[k]!.start <= p.end + AFTER; k++) {
        const r = relations[k]!;
        if (r.start >= p.end || r.end <= p.start) return true;
      }
    }
  }
  return false;
}

/** How far before a client word "our" may end: "our client", "unserer Kundin", "our long-time client" is another matter. */
const OURS_GAP = 1;

/**
 * Whether `line` (folded) names "our client" ("all data ... for our client's account", "alle Daten unserer Kundin",
 * "les données de notre cliente"): an agency or an assistant speaks of the person it writes for.
 */
function namesOurClient(line: string): boolean {
  const clients = packListMatcher(registry(), 'clients').scan(line);
  if (clients.length === 0) return false;
  // Where each "our" ends, by language: a look-up for each client word, not a walk of every "our" (a line of both stays linear).
  const oursEnd = new Set(packListMatcher(registry(), 'ours').scan(line).map((o) => `${o.tag}:${o.end}`));
  return clients.some((c) => {
    for (let gap = 0; gap <= OURS_GAP && gap <= c.start; gap++) if (oursEnd.has(`${c.tag}:${c.start - gap}`)) return true;
    return false;
  });
}

/** Whether the words say "our" ("naše kavárna", "nasza piekarnia", "unsere Bäckerei"): a business or a family writes for its own. */
export function speaksOfOurs(text: string): boolean {
  const ours = packListMatcher(registry(), 'ours');
  return text.slice(0, MAX_TEXT).split('\n').some((raw) => ours.scan(fold(raw)).length > 0);
}

/** Whether the words name the writer's own child ("my son", "mi hija", "oğlum"): a parent writes for a minor. */
export function writesForOwnChild(text: string): boolean {
  const child = packListMatcher(registry(), 'ownChild');
  return text.slice(0, MAX_TEXT).split('\n').some((raw) => child.scan(fold(raw)).length > 0);
}

/** Whether the sender's own words say the mail is passed on for a relative: a verb of passing it on beside a word for her, on one line. */
export function passesOnForRelative(ownWords: string): boolean {
  for (const raw of ownWords.slice(0, MAX_TEXT).split('\n')) {
    const line = fold(raw);
    if (packListMatcher(registry(), 'passOn').scan(line).length > 0 && relationsIn(line).length > 0) return true;
  }
  return false;
}
