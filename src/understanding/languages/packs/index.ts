/**
 * Every language the reader knows, one pack each. Adding a language is adding its pack file
 * and one line here; `tests/unit/understanding/language-packs.test.ts` says what a pack lacks.
 */
import type { LanguagePack } from '../language-pack.js';
import { en } from './en.js';

export const PACKS: readonly LanguagePack[] = [en];

/** The pack of one language code, or undefined when the reader has none. */
export function packFor(code: string): LanguagePack | undefined {
  return PACKS.find((p) => p.code === code);
}
