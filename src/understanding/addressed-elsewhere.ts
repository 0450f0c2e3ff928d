/**
 * A deletion request written to another company and sent to us by mistake: the greeting names
 * that company ("Sayın Trendyol Yetkilisi", "Hei Wolt / asiakastuki", "Hallo Lieferando-Team",
 * "Estimado equipo de Glovo") and a sentence that speaks of erasing names it again, as the
 * holder of the account ("Trendyol üyeliğim", "Wolt-tilini", "mein Zalando-Konto"). Any
 * company's name, known or not: the name is whatever the greeting addresses beside its greeting
 * and team words, written with a capital. PickrTech, Instagram, a person greeted by name
 * ("Hello Anna", never named again as a holder) and "Dear Sir or Madam" are no other company.
 */
import { COMPANY, FILLER, GREETING, TEAM } from './greeting-words.js';
import { NAMES, SHORT_NAMES } from './instagram-names.js';
import { fold, registry, wordsIn } from './languages/registry.js';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const UPPER = /\p{Lu}/u;
/** Where a greeting ends: a comma, a stop, a colon, a line end. */
const GREETING_END = /[,，、!！:：;.。?？\n]/u;
const SENTENCE_END = /[.!?。！？](?=\s)|\n/u;
const LETTER = /[\p{L}\p{M}\p{N}]/u;

const WHOLE: ReadonlySet<string> = new Set([...GREETING, ...FILLER].map(fold));
/** Greeting words of four letters or more run on ("ekibine", "asiakaspalvelun"). */
const STEMS: readonly string[] = GREETING.map(fold).filter((w) => [...w].length >= 4);
const INSTAGRAM: ReadonlySet<string> = new Set([...NAMES, ...SHORT_NAMES].map(fold));
/** Our own names: a greeting of PickrTech is a greeting of us. */
const OURS = /^(?:pickr|pickrtech)/u;

const greets = (w: string): boolean => WHOLE.has(w) || STEMS.some((s) => w.startsWith(s));
const TEAM_WHOLE: ReadonlySet<string> = new Set(TEAM.map(fold));
const TEAM_STEMS: readonly string[] = TEAM.map(fold).filter((w) => [...w].length >= 4);
/** A word naming a team or a help desk: a company's greeting holds one ("Dear Zalando team"), a person's ("Hello Anna") none. */
const namesTeam = (w: string): boolean => TEAM_WHOLE.has(w) || TEAM_STEMS.some((s) => w.startsWith(s));

const COMPANY_WORDS: ReadonlySet<string> = new Set(COMPANY.map(fold));
/** Words of a company's name a greeting may hold. */
const MAX_NAME_WORDS = 3;

/**
 * The names of the company a first line greets, folded, or none: its words are greeting, team and filler
 * words, a team or help-desk word among them, and one run of words written with a capital, neither ours, nor Instagram's, nor a word
 * of a pack ("Dear Data Protection Officer" greets a role). A word after a company word ("บริษัท X", "แอป FoodGo")
 * is a name whatever its case, and each such word may name the company anew.
 */
function greetedNames(line: string, ownHandles: readonly string[]): string[] {
  const segment = line.slice(0, 200).split(GREETING_END)[0]!;
  const name: string[] = [];
  const firsts: string[] = [];
  let unmarkedRuns = 0;
  let greeted = false;
  let teamed = false;
  let inName = false;
  let marked = false;
  for (const m of segment.matchAll(WORD)) {
    const word = m[0];
    const folded = fold(word);
    if (COMPANY_WORDS.has(folded)) {
      teamed = true;
      inName = false;
      marked = true;
      continue;
    }
    if (greets(folded)) {
      greeted ||= !FILLER.includes(folded);
      teamed ||= namesTeam(folded);
      inName = false;
      continue;
    }
    // A word that is no greeting and has no capital: the line says something else ("please delete my data").
    if (!marked && !UPPER.test(word)) return [];
    if (!inName) {
      if (!marked) unmarkedRuns++;
      firsts.push(folded);
    }
    inName = !marked;
    marked = false;
    name.push(folded);
  }
  if (!greeted || !teamed || unmarkedRuns > 1 || firsts.length === 0 || name.length > MAX_NAME_WORDS) return [];
  const own = ownHandles.map((h) => fold(h).replace(/^@/u, ''));
  if (name.some((w) => OURS.test(w) || INSTAGRAM.has(w) || own.includes(w))) return [];
  return name.some(namesRole) ? [] : firsts;
}

const ROLE_KINDS: ReadonlySet<string> = new Set(['data', 'account', 'privacy', 'erase']);
/**
 * A pack's word of data, accounts, privacy or erasing ("Data", "Datenschutz"): the greeting
 * names a role, no company. A short stem that only begins a longer word ("alle" of "Allegro") is none.
 */
function namesRole(word: string): boolean {
  return registry()
    .scanFolded(word)
    .some((h) => ROLE_KINDS.has(h.kind) && h.start === 0 && (h.end === word.length || h.end >= 5));
}

/** `word` stands in `text` at the start of a word. */
function namedIn(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !LETTER.test(text[at - 1]!)) return true;
  }
  return false;
}

/** The mail greets another company and names it again in a sentence that speaks of erasing. */
export function addressedToAnotherCompany(body: string, ownHandles: readonly string[]): boolean {
  const text = body.slice(0, 20_000);
  const start = text.search(/\S/u);
  if (start < 0) return false;
  const lineEnd = text.indexOf('\n', start);
  const line = text.slice(start, lineEnd < 0 ? undefined : lineEnd);
  const names = greetedNames(line, ownHandles).filter((n) => [...n].length >= 2);
  if (names.length === 0) return false;
  // The rest of the mail, after the greeting.
  const greetingEnd = line.search(GREETING_END);
  const rest = text.slice(start + (greetingEnd < 0 ? line.length : greetingEnd));
  return rest.split(SENTENCE_END).some((s) => {
    const folded = fold(s);
    return names.some((name) => namedIn(folded, name)) && wordsIn(s).has('erase');
  });
}
