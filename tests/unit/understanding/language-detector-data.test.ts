import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readMail } from '../../../src/mail-in/read-mail.js';
import { detectorCodes, languageDetector } from '../../../src/understanding/language.js';
import { DETECTOR_NGRAMS } from '../../../src/understanding/languages/detector-ngrams.js';
import { subsetNgrams, unpackNgrams, type EldNgrams } from '../../../src/understanding/languages/detector-ngrams-subset.js';
import { visibleText } from '../../../src/understanding/visible-text.js';
import { LANGUAGE_SAMPLES, SHORT_SAMPLES } from '../../fixtures/language-samples.js';

interface Eld {
  detect(text: string): { language: string; isReliable(): boolean };
  setLanguageSubset(languages: string[]): unknown;
}

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const CORPORA = ['mail', 'mail-blind', 'mail-blind-2', 'mail-blind-3', 'mail-blind-4', 'mail-blind-5', 'mail-blind-6', 'mail-blind-7'];

/** The mails' own words, as the reader hands them to the detector, and pieces of them. */
async function texts(): Promise<string[]> {
  const out: string[] = [...LANGUAGE_SAMPLES, ...SHORT_SAMPLES].map(([, text]) => text);
  for (const corpus of CORPORA) {
    const dir = join(fixtures, corpus);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.eml'))) {
      const mail = await readMail(readFileSync(join(dir, name)));
      const body = visibleText(mail.text ?? '', mail.subject ?? '');
      out.push(`${mail.subject ?? ''}\n${body}`, body.slice(0, 80), body.slice(40, 200), mail.subject ?? '');
    }
  }
  return out;
}

describe("the detector's n-grams kept to our languages", () => {
  it('are what the installed eld gives for the languages the reader tells', async () => {
    const { ngramsData } = (await import(new URL('../ngrams/small.js', import.meta.resolve('eld/small')).href)) as { ngramsData: EldNgrams };
    expect(DETECTOR_NGRAMS).toBe(subsetNgrams(ngramsData, detectorCodes()));
  });

  it('unpack to the scores of the kept languages, each n-gram with a score of one', () => {
    const data = unpackNgrams(subsetNgrams(
      { type: 'T', languages: { 0: 'aa', 1: 'bb', 2: 'cc' }, isSubset: false, ngrams: { ' ab': { 0: 5, 2: 7 }, 'cd ': { 1: 3 }, ef: { 0: 5, 2: 7 } } },
      ['aa', 'cc'],
    ));
    expect(data.languages).toEqual({ 0: 'aa', 1: 'bb', 2: 'cc' });
    expect(data.ngrams).toEqual({ ' ab': { 0: 5, 2: 7 }, ef: { 0: 5, 2: 7 } });
    // The same scores are one object.
    expect(data.ngrams[' ab']).toBe(data.ngrams.ef);
  });

  it("tell every language as eld's whole database, kept to the same languages, does", async () => {
    const { eld } = (await import('eld/small')) as { eld: Eld };
    eld.setLanguageSubset(detectorCodes());
    const ours = languageDetector();
    const all = await texts();
    expect(all.length).toBeGreaterThan(2000);
    const differ = all.filter((text) => {
      const a = eld.detect(text);
      const b = ours.detect(text);
      return a.language !== b.language || a.isReliable() !== b.isReliable();
    });
    expect(differ).toEqual([]);
  }, 60_000);
});
