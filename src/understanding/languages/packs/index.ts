/**
 * Every language the reader knows, one pack each. Adding a language is adding its pack file
 * and one line here; `tests/unit/understanding/language-packs.test.ts` says what a pack lacks.
 */
import type { LanguagePack } from '../language-pack.js';
import { ar } from './ar.js';
import { cs } from './cs.js';
import { da } from './da.js';
import { de } from './de.js';
import { el } from './el.js';
import { en } from './en.js';
import { es } from './es.js';
import { fa } from './fa.js';
import { fi } from './fi.js';
import { fr } from './fr.js';
import { he } from './he.js';
import { hiLatn } from './hi-Latn.js';
import { hi } from './hi.js';
import { hu } from './hu.js';
import { id } from './id.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { nl } from './nl.js';
import { no } from './no.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ro } from './ro.js';
import { ru } from './ru.js';
import { sv } from './sv.js';
import { th } from './th.js';
import { tr } from './tr.js';
import { uk } from './uk.js';
import { vi } from './vi.js';
import { zh } from './zh.js';

/** English first: its words are read in every mail, whatever the language. */
export const PACKS: readonly LanguagePack[] = [
  en, de, fr, es, it, nl, pt, ja, tr, pl, ru, uk, ar, he, zh, ko, id, vi, sv, cs, ro, el, th, hiLatn, hi, fa, da, no, fi, hu,
];

/** The pack of one language code, or undefined when the reader has none. */
export function packFor(code: string): LanguagePack | undefined {
  return PACKS.find((p) => p.code === code);
}
