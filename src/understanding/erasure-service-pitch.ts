import { buildMatcher, fold, type MatcherWord } from './languages/registry.js';

/**
 * A consultancy or a "deletion management" service writing cold ("Viele Unternehmen
 * unterschätzen ... Art. 17 DSGVO ... Genau darum kümmern wir uns für Sie ... ab 149 € im Monat
 * ... 15 Minuten nächste Woche?"): it cites the erasure article only as the work it sells. Told
 * by the parts of such a pitch, each a small family of words: the work taken off our hands,
 * companies underestimating it, a meeting asked for, a way to opt out, and a price per month.
 * Three of the five make a pitch, one of them the seller's own words (taking the work over,
 * others underestimating it): a person asking for their own data to go may cite Art. 17, sign
 * with a company block, name what they paid a month, leave a newsletter or ask to be called,
 * but does not offer to do our work.
 */

export type Part = 'takes-over' | 'underestimates' | 'meeting' | 'opt-out';

/** Each part's words, stems matched at a word start (a last part shorter than four letters is a whole word). */
const PARTS: Record<Part, readonly string[]> = {
  /** "We take care of exactly that for you." */
  'takes-over': [
    'we take care of', 'we handle', 'on your behalf', 'off your plate', 'kümmern wir uns', 'wir kümmern uns', 'übernehmen wir',
    'wir übernehmen', 'nehmen ihnen', 'tar hand om', 'sköter', 'åt er', 'za vás', 'vyřešíme', 'postaráme', 'z ruky',
    'nous nous occupons', 'nous nous en occupons', 'à votre place', 'nous prenons en charge', 'za państwa', 'zajmiemy się',
    'zajmujemy się', 'w państwa imieniu', 'uit handen', 'wij nemen', 'nemen wij', 'tager os af', 'for jer', 'tar oss av',
    'for dere', 'hoidamme', 'puolestanne', 'puolestasi', 'nos encargamos', 'nos ocupamos', 'por usted', 'ci occupiamo',
    'per conto vostro', 'cuidamos', 'por você', 'ne ocupăm',
  ],
  /** "Many companies underestimate ..." */
  underestimates: [
    'underestimat', 'unterschätz', 'underskatt', 'podceň', 'podcení', 'sous-estim', 'nie docenia', 'niedocenia', 'onderschat',
    'undervurder', 'aliarvioi', 'subestim', 'sottovalut',
  ],
  /** A call, a consultation or a booking asked for, or a meeting proposed for next week. */
  meeting: [
    'quick call', 'short call', 'book a', 'calendly', 'free consultation', 'next week', 'kurzes telefonat', 'kurzen anruf',
    'kurzes gespräch', 'unverbindlich', 'termin buchen', 'buchen sie', 'termin vereinbaren', 'erstgespräch', 'beratungsgespräch',
    'nächste woche', 'kort samtal', 'kort möte', 'kostnadsfri', 'boka', 'nästa vecka', 'krátký hovor', 'nezávazn', 'konzultac',
    'rezervovat', 'příští týden', 'un échange', 'un court échange', 'sans engagement', 'rendez-vous', 'semaine prochaine',
    'krótką rozmowę', 'krótka rozmowa', 'konsultac', 'bez zobowiązań', 'przyszłym tygodniu', 'vrijblijvend',
    'kennismakingsgesprek', 'kwartiertje', 'volgende week', 'kort møde', 'kort snak', 'uforpligtende', 'næste uge', 'neste uke',
    'puhelu', 'palaveri', 'maksuton', 'ensi viikolla', 'una llamada', 'breve llamada', 'sin compromiso', 'semana que viene',
    'próxima semana', 'breve chiamata', 'senza impegno', 'prossima settimana', 'sem compromisso',
  ],
  /** "If you wish no further messages, reply 'Abmelden'." */
  'opt-out': [
    'unsubscribe', 'opt out', 'opt-out', 'not interested', 'abmelden', 'keine weiteren', 'kein interesse', 'nej tack',
    'inte få fler', 'odhlásit', 'nepřejete', 'ne souhaitez plus', 'désinscri', 'répondez stop', 'wypisać', 'nie chcą państwo',
    'geen interesse', 'afmelden', 'ikke interesse', 'afmeld', 'ei kiinnosta', 'darse de baja', 'no le interesa', 'disiscriv',
    'descadastr',
  ],
};

/** Months after a price ("im Monat", "kr/mån", "Kč měsíčně", "par mois", "zł miesięcznie", "€/kk", "al mes", "/mo"). */
const MONTH = [
  'month', 'mo', 'monat', 'mån', 'månad', 'måned', 'md', 'měsí', 'mesiac', 'mesač', 'mois', 'mensu', 'mies', 'maand', 'kk',
  'kuukau', 'mes', 'mese', 'mês', 'mensal', 'havi', 'hó', 'lună', 'lunar', 'ay', 'aylık', 'мес', 'міс', 'μήνα',
];

/** A price: a currency before or after digits ("149 €", "4 900 kr", "2 900 Kč", "690 zł", "€ 175", "199 Euro"). */
const PRICE =
  /(?:[€$£]|\b(?:eur|sek|dkk|nok|pln|czk|chf)\b)\s?\d|\d[\d.,]{0,9}\s?(?:[€$£]|(?:kr|kč|zł|eur|euro|euros|euroa|sek|dkk|nok|pln|czk|chf|ft|lei)(?!\p{L}))/gu;
/** How far after a price its month may stand: "3 500 kr per månad", "690 zł netto miesięcznie". */
const MONTH_WITHIN = 24;

const tooShortForStem = (word: string): boolean => [...word.slice(word.lastIndexOf(' ') + 1)].length < 4;
/** Each part's words as a matcher reads them: a text's walk for other word lists may find them in the same pass. */
export const PART_WORDS: ReadonlyArray<MatcherWord<Part>> = (Object.keys(PARTS) as Part[]).flatMap((part) =>
  PARTS[part].map((w) => {
    const word = fold(w);
    return { word, tag: part, whole: tooShortForStem(word), anywhere: false };
  }),
);
const months = buildMatcher(MONTH.map((w) => ({ word: fold(w), tag: null, whole: tooShortForStem(fold(w)), anywhere: false })));

/** Whether a price in the folded text is one per month. */
function pricePerMonth(folded: string): boolean {
  for (const price of folded.matchAll(PRICE)) {
    const end = price.index + price[0].length;
    if (months.scan(folded.slice(end, end + MONTH_WITHIN)).length > 0) return true;
  }
  return false;
}

/**
 * Whether a folded text (see {@link fold}) sells the handling of erasure requests, told from the
 * parts whose words ({@link PART_WORDS}) it holds: the vendor rule's one walk of the text finds them.
 */
export function sellsErasureService(found: ReadonlySet<Part>, folded: string): boolean {
  // The seller speaks: it takes the work over or says others underestimate it. A person's "Newsletter abmelden ... nächste Woche ... 4,99 € im Monat" does neither.
  if (!found.has('takes-over') && !found.has('underestimates')) return false;
  return found.size + (pricePerMonth(folded) ? 1 : 0) >= 3;
}
