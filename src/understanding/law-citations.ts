/**
 * Data-protection laws and their erasure articles, by the names people cite them with in mail.
 * They need no language: "DSGVO", "RODO", "LGPD", "152-ФЗ", "個人情報保護法" read the same in any
 * sentence around them. Matched as whole words (anywhere, for the scripts written without
 * spaces) by the registry's linear matcher.
 */
import { buildMatcher, fold, type Matcher, type MatcherWord } from './languages/registry.js';

/** `law`: a law's name; `erasure`: an article or right that is the erasure itself (Art. 17 GDPR). */
export type CitationKind = 'law' | 'erasure';

/** The law's name as staff read it, then the names it is cited by. */
const LAWS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['GDPR', ['gdpr', 'uk gdpr', 'eu gdpr', 'dsgvo', 'ds-gvo', 'rgpd', 'avg', 'rodo', 'gdpr-en', 'γκπδ', 'ogólne rozporządzenie o ochronie danych', 'dataskyddsförordningen', 'datenschutz-grundverordnung', 'règlement général sur la protection des données', 'reglamento general de protección de datos', 'regolamento generale sulla protezione dei dati', 'algemene verordening gegevensbescherming', 'общий регламент по защите данных', 'загальний регламент про захист даних', 'obecné nařízení o ochraně osobních údajů', 'regulamentul general privind protecția datelor', 'γενικός κανονισμός για την προστασία δεδομένων', 'reg. 2016/679', 'regulation (eu) 2016/679', '2016/679']],
  ['UK Data Protection Act', ['data protection act 2018', 'dpa 2018']],
  ['LGPD', ['lgpd', 'lei geral de proteção de dados', '13.709/2018', '13709/2018']],
  ['KVKK', ['kvkk', '6698 sayılı', 'kişisel verilerin korunması kanunu']],
  ['APPI', ['appi', '個人情報保護法', '個人情報の保護に関する法律']],
  ['CCPA', ['ccpa', 'cpra', 'california consumer privacy act', 'california privacy rights act', 'vcdpa', 'cpa colorado']],
  ['PIPL', ['pipl', '个人信息保护法', '個人信息保護法']],
  ['PIPA', ['pipa', '개인정보 보호법', '개인정보보호법']],
  ['PDPA', ['pdpa', 'พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล', 'พรบ.คุ้มครองข้อมูลส่วนบุคคล', 'พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล']],
  ['UU PDP', ['uu pdp', 'uu no. 27 tahun 2022', 'uu nomor 27 tahun 2022', 'undang-undang pelindungan data pribadi', 'undang-undang perlindungan data pribadi']],
  ['152-FZ', ['152-фз', 'фз-152', '152 фз', 'фз 152', '152-fz', 'о персональных данных']],
  ['Ukrainian personal data law', ['про захист персональних даних']],
  ['POPIA', ['popia', 'popi act']],
  ['Law 25', ['law 25', 'loi 25', 'bill 64', 'projet de loi 64', 'pipeda']],
  ['PDPL', ['pdpl', 'نظام حماية البيانات الشخصية', 'قانون حماية البيانات الشخصية']],
  ['Israeli Privacy Protection Law', ['חוק הגנת הפרטיות']],
  ['Vietnamese Decree 13', ['nghị định 13', 'nghị định 13/2023', 'nđ 13/2023', 'nđ-cp 13', 'decree 13/2023']],
  ['DPDP Act', ['dpdp', 'dpdpa', 'digital personal data protection act']],
  ['Mexican LFPDPPP', ['lfpdppp']],
  ['Swiss FADP', ['nfadp', 'revdsg', 'nlpd']],
  ['Argentine, Colombian or Peruvian data law', ['ley 25.326', 'ley 1581', 'ley 29733']],
];

/** Articles and rights that are the erasure itself, in any law. */
const ERASURE = [
  'art. 17', 'art.17', 'art 17', 'article 17', 'artikel 17', 'articolo 17', 'artículo 17', 'articulo 17', 'artigo 17',
  'artykuł 17', 'artykul 17', 'článek 17', 'článku 17', 'čl. 17', 'articolul 17', 'άρθρο 17', 'статья 17', 'статті 17',
  'статтею 17', 'madde 17', 'pasal 17', 'điều 17', '第17条', '제17조', 'art. 18 lgpd', 'artigo 18 da lgpd', 'kvkk madde 11',
  '1798.105', 'art. 16 uu pdp',
];

/** Scripts written without spaces, where a name must match inside a run of letters. */
const NO_SPACES = /[\u3040-\u30ff\u3400-\u9fff\u0e00-\u0e7f\uac00-\ud7af]/u;

/** What a cited name stands for: a law, or an erasure article, by the name staff read. */
export interface CitedName {
  kind: CitationKind;
  name: string;
}

let words: ReadonlyArray<MatcherWord<CitedName>> | null = null;
let matcher: Matcher<CitedName> | null = null;

/** Every name a law or an erasure article is cited by, as the matcher reads it: for a walk that reads other words too. */
export function citationWords(): ReadonlyArray<MatcherWord<CitedName>> {
  if (words) return words;
  const out: Array<MatcherWord<CitedName>> = [];
  for (const [name, cited] of LAWS) {
    for (const c of cited) out.push(entry(c, { kind: 'law', name }));
  }
  for (const c of ERASURE) out.push(entry(c, { kind: 'erasure', name: c.includes('17') ? 'Art. 17 (right to erasure)' : 'an erasure article' }));
  words = out;
  return words;
}

function entry<T>(cited: string, tag: T): MatcherWord<T> {
  const word = fold(cited);
  const anywhere = NO_SPACES.test(word);
  return { word, tag, whole: !anywhere, anywhere };
}

export interface Citation {
  kind: CitationKind;
  /** The law or article as staff read it ("GDPR", "Art. 17 (right to erasure)"). */
  name: string;
}

/** The laws and erasure articles a folded text cites, each once, in text order. */
export function findCitations(folded: string): Citation[] {
  matcher ??= buildMatcher(citationWords());
  return citationsOf(matcher.scan(folded).map((h) => h.tag));
}

/** The laws and articles of the names found (in text order), each once. */
export function citationsOf(found: readonly CitedName[]): Citation[] {
  const out: Citation[] = [];
  for (const h of found) {
    if (!out.some((c) => c.kind === h.kind && c.name === h.name)) out.push({ kind: h.kind, name: h.name });
  }
  return out;
}
