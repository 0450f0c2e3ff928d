/**
 * Handles the person names as someone else's: "my friend @lily.b", "Min kæreste (@freja.h)",
 * "友達の@mika_03", "Meine Schwester Anna (@anna.s)", "konto mojej żony: ewa.k". Erasing such a
 * handle erases another person's data, so it is never read as the requester's.
 *
 * A word for a friend, a partner, a relative or a colleague ({@link RELATIONS}, by language), then
 * only what may stand between it and the handle (no sentence's end; one comma only right before an
 * @handle, "A barátom, @x"): a possessive ("'s", "の", "的", "의"), the platform, a word for the
 * account or the username, a pack's link words ("is", "to", "er") and verbs of having ("has",
 * "tiene", "hat"), one capitalised name, brackets, quotes and colons. Each line is folded and scanned once by the
 * registry's linear matcher, and the walk after each hit is bounded, so the cost stays linear.
 */
import { judgeChunk } from './handle-rules.js';
import { PACKS } from './languages/packs/index.js';
import { buildMatcher, fold, type Matcher } from './languages/registry.js';

/**
 * Friends, partners, relatives, colleagues; not a son or a daughter, whose parent writes for them
 * ("my daughter's username: x", a minor's account). Stems match at a word start and may run on
 * ("friend's", "Freundin", "kærestes"); a word of three letters or fewer must be whole, so its
 * other forms are listed ("żona", "żony").
 */
const RELATIONS: Readonly<Record<string, string | readonly string[]>> = {
  en: `friend girlfriend boyfriend bestie wife husband partner fiance fiancé fiancée mother mom mum mommy mummy father dad daddy
sister brother colleague coworker co-worker cousin aunt uncle niece nephew grandma grandmother grandpa grandfather
roommate flatmate neighbour neighbor classmate stepmother stepfather`,
  de: `freund freundin kumpel kolleg kollegin ehefrau ehemann partnerin mutter mama vater papa schwester bruder
cousine tante onkel oma opa nachbar nachbarin verlobte mitbewohner`,
  fr: `ami amie amis amies grand-mère grand-mere grand-père grand-pere mamie papi copain copine pote collègue collegue femme mari conjoint conjointe partenaire mère mere maman père pere
papa sœur soeur frère frere cousin cousine tante oncle voisin voisine fiancé fiancée`,
  es: `amigo amiga amigos amigas novio novia pareja esposo esposa marido mujer mamá madre padre papá hermano hermana
compañero compañera colega colegas vecino vecina tía tío abuela abuelo`,
  it: `amico amica amici amiche ragazza ragazzo fidanzata fidanzato moglie marito compagna compagno collega colleghi madre mamma
padre papà sorella fratello cugino cugina zia zio nonna nonno vicino vicina`,
  nl: `vriend vriendin vriendje collega vrouw partner moeder mama vader papa zus zusje zuster broer broertje neef
nicht buurman buurvrouw oma opa`,
  pt: `amigo amiga amigos namorado namorada esposo esposa marido mulher mãe mae pai irmã irma irmão irmao avó avô colega
primo prima vizinho vizinha`,
  tr: `arkadaş arkadas arkadaşım arkadasim sevgili sevgilim eşim esim karım karim kocam annem anne babam baba kardeş kardes
ablam abim ağabey kuzen kuzenim iş arkadaşım`,
  ja: `友達 友人 友だち 彼女 彼氏 妻 嫁 夫 旦那 母 父 姉 妹 兄 弟 同僚 先輩 後輩 知り合い 家族`,
  zh: `朋友 女朋友 男朋友 女友 男友 老婆 老公 妻子 丈夫 妈妈 母亲 爸爸 父亲 姐姐 妹妹 哥哥 弟弟 同事 同学 闺蜜`,
  ko: `친구 여자친구 남자친구 여친 남친 아내 남편 엄마 어머니 아빠 아버지 언니 누나 오빠 동생 동료`,
  pl: `przyjaciel przyjaciół przyjaciółk kolega kolegi koleżank kumpel kumpl dziewczyn chłopak chłopaka żona żony żonie żoną mąż
męża mężem mama mamy mamie matk tata taty ojciec ojca siostr brat brata kuzyn kuzynk sąsiad sąsiadk narzeczon
partner partnerk`,
  cs: `kamarád kamarádk kamarad kamaradk přítel přítelkyn pritel kolega kolegyn manžel manžel manzel žena ženy máma mámy matk
táta táty otec otce sestr bratr bratra bratranec sestřenic soused sousedk`,
  da: `ven veninde venner vens kæreste kone konen mand manden kollega mor mors far fars søster bror brors kusine fætter
nabo`,
  no: `venn venninn venner kompis kamerat kjæreste kona kone mann mannen kollega mor mora moren bestemor mormor farmor far faren søster bror kusine fetter nabo`,
  sv: `vän vännen väninna kompis flickvän pojkvän sambo fru frun man maken make maka kollega mamma mor mormor farmor pappa far syster bror
kusin granne`,
  fi: `ystävä ystäväni kaveri kaverini tyttöystävä poikaystävä vaimo vaimoni mieheni puoliso kollega työkaveri äiti äitini isä
isäni sisko siskoni sisar veli veljeni serkku`,
  hu: `barát barátom barátnő barátnőm kolléga feleség feleségem férj férjem anya anyu anyám apa apám nővér nővérem húg húgom
öcs öcsém báty bátyám unokatestvér`,
  ro: `prieten prietena prietenul prietenă iubit iubita soț soțul soți soția sotia soție coleg colega mama mamă tata tată sora soră
frate fratele văr verișoar`,
  ru: `друг друга другу подруг подружк девушк парн жена жены жене муж мужа мама мамы маме мать матер папа папы отец отца сестр
брат брата коллег знаком сосед бабушк дедушк`,
  uk: `друг друга подруг дівчин хлопц дружин чолові мама мами тато тата батьк сестр брат брата колег сусід`,
  el: `φίλος φίλη φίλου φίλης φίλε φίλοι κολλητ σύζυγ γυναίκα άντρα άνδρα μητέρα μαμά πατέρα μπαμπά αδερφ αδελφ
ξάδερφ συνάδελφ κοπέλα`,
  ar: `صديق صديقي صديقتي صديقة صاحبي صاحبتي زوجي زوجتي امي أمي ابي أبي أخي اخي أختي اختي زميل زميلتي`,
  he: ['חבר', 'חברה', 'חברתי', 'חברי', 'החבר', 'החברה', 'בת הזוג', 'בן הזוג', 'אשתי', 'בעלי', 'אמא', 'אמי', 'אבא', 'אחותי', 'אחי', 'קולגה'],
  fa: `دوست دوستم همسر همسرم مادر مادرم مامان پدر پدرم بابا خواهر خواهرم برادر برادرم همکار`,
  hi: `दोस्त मित्र सहेली गर्लफ्रेंड बॉयफ्रेंड पत्नी पति माँ मां मम्मी पिताजी पापा बहन भाई सहकर्मी`,
  'hi-Latn': `dost dosth doston behen bhai bhaiya biwi patni pati mummy mammi papa saheli`,
  // "ibu saya", "ayah saya": alone, "Ibu" and "Bapak" are how a letter addresses its reader.
  id: ['teman', 'temanku', 'sahabat', 'sahabatku', 'pacar', 'pacarku', 'istri', 'istriku', 'suami', 'suamiku', 'ibuku', 'ibu saya',
    'mama', 'ayah', 'ayahku', 'ayah saya', 'bapak saya', 'kakak', 'kakakku', 'adik', 'adikku', 'rekan'],
  vi: ['bạn tôi', 'bạn gái', 'bạn trai', 'bạn thân', 'vợ tôi', 'chồng tôi', 'mẹ tôi', 'bố tôi', 'ba tôi', 'chị gái', 'anh trai', 'em gái', 'em trai', 'đồng nghiệp'],
  th: `เพื่อน แฟน ภรรยา สามี แม่ พ่อ พี่สาว น้องสาว พี่ชาย น้องชาย เพื่อนร่วมงาน`,
};

const PLATFORM = ['instagram', 'insta', 'ig', 'инстаграм', 'инст', 'інстаграм', 'інст', 'ινσταγκραμ'];
/**
 * Possessives and case markers written after the relation: "の", "的", "의", "của", "de", "of", "von", "di";
 * and "my" where it follows the noun: "venninna mi", "kompisen min", "prietena mea", "prietenul meu",
 * "amiga mía", "amica mia", "a friend of mine".
 */
const POSSESSIVE = [
  'の', '的', '의', 'của', 'of', 'de', 'del', 'da', 'do', 'di', 'della', 'von', 'van', 'af', 'av',
  'min', 'mi', 'mitt', 'mine', 'mea', 'meu', 'mei', 'mele', 'mía', 'mío', 'mías', 'míos', 'mia', 'mio', 'minha', 'meus', 'minhas',
];
/** A Latin, Greek or Cyrillic word this short must be whole. */
const ALPHABETIC = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}'.-]+$/u;
const MAX_SHORT = 3;

type Tag = true;

function matcher(words: ReadonlyArray<readonly [string, boolean]>): Matcher<Tag> {
  return buildMatcher(
    words.map(([raw, anywhere]) => {
      const word = fold(raw).trim();
      const last = word.slice(word.lastIndexOf(' ') + 1);
      return { word, tag: true as const, whole: !anywhere && ALPHABETIC.test(last) && [...last].length <= MAX_SHORT, anywhere };
    }),
  );
}

const unspaced = (code: string): boolean => PACKS.find((p) => p.code === code)?.noSpaces === true;

/** The relations, and the packs' words for a client or an employer ("Insta der Kundin: @x", "my client's account @x"), whose handle is theirs too. */
const RELATION_WORDS: Matcher<Tag> = matcher([
  ...Object.entries(RELATIONS).flatMap(([code, list]) =>
    (typeof list === 'string' ? list.split(/\s+/) : list).filter((w) => w !== '').map((w) => [w, unspaced(code)] as const),
  ),
  ...PACKS.flatMap((p) => (p.clients ?? []).map((w) => [w, p.noSpaces === true] as const)),
]);

/**
 * Where `folded` (a line passed through `fold`) names a friend, a partner, a relative, a colleague, a client or an employer,
 * each word to where its ending runs on ("müşteri|miz adına", "ügyfel|ünk nevében").
 */
export function relationsIn(folded: string): ReadonlyArray<{ start: number; end: number }> {
  return RELATION_WORDS.scan(folded).map((h) => ({ start: h.start, end: wordEnd(folded, h.end) }));
}

/**
 * What may stand between the relation and the handle: the platform, the account, the username, link words, possessives,
 * and verbs of having one ("my sister has the account @x", "mi hermana tiene la cuenta @x").
 */
const LINKS: Matcher<Tag> = matcher([
  ...PLATFORM.map((w) => [w, false] as const),
  ...POSSESSIVE.map((w) => [w, /[^\p{Script=Latin}]/u.test(w)] as const),
  ...PACKS.flatMap((p) =>
    [...(p.handleLinks ?? []), ...(p.handlePhrases ?? []), ...p.usernameLabels, ...p.account, ...(p.relationHas ?? [])].map(
      (w) => [w, p.noSpaces === true] as const,
    ),
  ),
]);

const GAPS = new Set([' ', '\t', '(', '（', '[', '"', '“', '”', '„', '«', '»', "'", '‘', '’', '「', '」', '『', '』', ':', '：', '-', '–', '—', '=', '*', '\u200e', '\u200f']);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const MAX_STEPS = 5;
const MAX_GAP = 6;
const MAX_ENDING = 12;
const MAX_HANDLE = 30;
const MAX_TEXT = 100_000;

/** Every handle in `text` that the words name as someone else's, judged as handles are (lowercase, no @). */
export function handlesOfOthers(text: string, ownHandles: readonly string[]): Set<string> {
  return new Set(handlesOfOthersAt(text, ownHandles).keys());
}

/** {@link handlesOfOthers}, each with where the line that first names it starts in `text`. */
export function handlesOfOthersAt(text: string, ownHandles: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  let lineStart = 0;
  for (const raw of text.slice(0, MAX_TEXT).split('\n')) {
    const at = lineStart;
    lineStart += raw.length + 1;
    const line = fold(raw);
    const hits = RELATION_WORDS.scan(line);
    if (hits.length === 0) continue;
    const links = new Map<number, number>();
    for (const h of LINKS.scan(line)) links.set(h.start, Math.max(links.get(h.start) ?? 0, h.end));
    for (const h of hits) {
      // "@friendly.fox": a relation word inside a handle or an address names nobody.
      const before = line[h.start - 1];
      if (before !== undefined && (before === '@' || before === '.' || before === '_' || WORD_CHAR.test(before))) continue;
      const from = wordEnd(line, h.end);
      const handle = handleAfter(raw, line, from, links) ?? bracketedInClause(line, from);
      if (handle === null) continue;
      const verdict = judgeChunk(handle, ownHandles);
      if (verdict.ok && !out.has(verdict.handle)) out.set(verdict.handle, at);
    }
  }
  return out;
}

/** Where the word running on from `i` ends (a case ending), bounded. */
function wordEnd(line: string, i: number): number {
  let j = i;
  while (j < line.length && j - i < MAX_ENDING && WORD_CHAR.test(line[j]!)) j++;
  return j;
}

/**
 * The handle the relation at `from` points at: after gaps, links, a possessive "'s" and one
 * capitalised name (read in `raw`, the unfolded line, when it is as long), an @handle or a word
 * shaped like one (a dot, an underscore or a digit) that ends there.
 */
function handleAfter(raw: string, line: string, from: number, links: ReadonlyMap<number, number>): string | null {
  let i = from;
  let named = false;
  if ((line[i] === "'" || line[i] === '’') && line[i + 1] === 's' && !WORD_CHAR.test(line[i + 2] ?? ' ')) i += 2;
  for (let step = 0; step <= MAX_STEPS; step++) {
    for (let k = 0; k < MAX_GAP && i < line.length && GAPS.has(line[i]!); k++) i++;
    // "A barátom, @x mondta", "Min kompis, @x, tipsade": one comma, when an @handle follows it.
    if (line[i] === ',' || line[i] === '，') {
      let j = i + 1;
      for (let k = 0; k < MAX_GAP && j < line.length && GAPS.has(line[j]!); k++) j++;
      if (line[j] === '@') i = j;
      break;
    }
    const link = links.get(i);
    if (link !== undefined && line[link] !== '.' && line[link] !== '_') {
      // A pack's phrase may end on the handle's "@" ("min @", "mi @"): the handle starts there.
      i = line[link - 1] === '@' ? link - 1 : wordEnd(line, link);
      continue;
    }
    // "my sister Anna (@anna.s)", "Anna's account": one name, capitalised where the line was written.
    if (!named && raw.length === line.length && UPPER.test(raw[i] ?? '')) {
      const end = wordEnd(line, i);
      if (end > i && !isHandleChar(line[end])) {
        named = true;
        i = end;
        if ((line[i] === "'" || line[i] === '’') && line[i + 1] === 's') i += 2;
        continue;
      }
    }
    break;
  }
  const at = line[i] === '@';
  const start = at ? i + 1 : i;
  let j = start;
  while (j < line.length && j - start <= MAX_HANDLE && isHandleChar(line[j])) j++;
  if (j === start || j - start > MAX_HANDLE) return null;
  if (j < line.length && (WORD_CHAR.test(line[j]!) || '@-/\\&%+=#'.includes(line[j]!))) return null;
  const word = line.slice(start, j);
  return at || /[._0-9]/.test(word.replace(/\.+$/, '')) ? word : null;
}

/** The person's own words ("my", "me", "mine", "שלי", "saya") of every pack: a clause holding one speaks of the writer. */
const OWN_WORDS: Matcher<Tag> = matcher(PACKS.flatMap((p) => p.mine.map((w) => [w, p.noSpaces === true] as const)));
/** Words between the relation and the bracket: "also uses the app", "hat auch ein Konto". */
const MAX_CLAUSE_WORDS = 6;
const MAX_CLAUSE = 60;
const CLAUSE_ENDS = '.!?,;:،؛。，！？\n';

/**
 * "My mother also uses the app (@x)", "Meine Schwester hat auch ein Konto (@x)", "גם אמא שלי
 * משתמשת באפליקציה (@x)": a handle in brackets that ends a short clause opened by the relation,
 * with none of the writer's own words after the relation's possessive ("אמא שלי", "ibu saya"):
 * the relation's. "My mom told me to delete my account (@x)" speaks of the writer's own.
 */
function bracketedInClause(line: string, from: number): string | null {
  const end = Math.min(line.length, from + MAX_CLAUSE);
  let words = 0;
  let inWord = false;
  let firstWordEnd = -1;
  let bracket = -1;
  for (let i = from; i < end; i++) {
    const c = line[i]!;
    if (c === '(' || c === '（') {
      bracket = i;
      break;
    }
    if (CLAUSE_ENDS.includes(c)) return null;
    const letter = WORD_CHAR.test(c);
    if (letter && !inWord && ++words > MAX_CLAUSE_WORDS) return null;
    if (!letter && inWord && firstWordEnd < 0) firstWordEnd = i;
    inWord = letter;
  }
  if (bracket < 0 || words === 0) return null;
  // The relation's possessive may follow it ("אמא שלי", "ibu saya"); a word of the writer's own after that speaks of the writer.
  const clause = line.slice(from, bracket);
  const skip = firstWordEnd < 0 ? 0 : firstWordEnd - from;
  if (OWN_WORDS.scan(clause).some((h) => h.start >= skip)) return null;
  let i = bracket + 1;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  if (line[i] !== '@') return null;
  let j = i + 1;
  while (j < line.length && j - i <= MAX_HANDLE && isHandleChar(line[j])) j++;
  if (j === i + 1 || j - i > MAX_HANDLE + 1) return null;
  let k = j;
  while (k > i + 1 && line[k - 1] === '.') k--;
  return line[j] === ')' || line[j] === '）' || line[j] === ' ' || line[j] === ',' ? line.slice(i + 1, k) : null;
}

function isHandleChar(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '.' || c === '_');
}
