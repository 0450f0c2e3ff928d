/**
 * One walk of a sentence finds every list's words: the pack words as the registry finds them, the
 * laws as the citation rule finds them, and where the sentence thanks, or thanks ahead.
 */
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../src/understanding/law-citations.js';
import { fold, packListMatcher, registry } from '../../../src/understanding/languages/registry.js';
import { sentenceWords } from '../../../src/understanding/sentence-words.js';

const SENTENCES = [
  'Please delete my data under Art. 17 GDPR, thanks in advance.',
  'Merci de supprimer mon compte conformément au RGPD.',
  'Tusind tak for at slette mine data!',
  '私のデータを個人情報保護法に基づき削除してください。ありがとうございます',
  'Usuńcie moje dane zgodnie z RODO, z góry dziękuję.',
  'Do not delete my account, I did not ask for this. Thx!',
  'ขอบคุณที่ลบข้อมูลของฉันตาม PDPA',
  'Our scheduling newsletter: tips, release notes and what customers asked for this week.',
  'I hereby withdraw my deletion request from yesterday, please delete nothing.',
  'Ich ziehe meinen Löschantrag zurück, bitte nichts löschen.',
  '昨日お送りした削除依頼を取り下げます。',
  'Please ignore my earlier mail and cancel my request, I changed my mind.',
  'Do not withdraw anything, delete my data.',
];

describe('the words of a sentence, found in one walk', () => {
  it('finds the pack words the registry finds and the laws the citation rule finds, in the same order', () => {
    for (const s of SENTENCES) {
      const folded = fold(s);
      const found = sentenceWords(folded, registry());
      expect(found.hits).toEqual(registry().scanFolded(folded));
      expect(found.citations).toEqual(findCitations(folded));
    }
  });

  it('finds where a sentence first takes a request back, as the withdrawal phrases alone do', () => {
    for (const s of SENTENCES) {
      const folded = fold(s);
      expect(sentenceWords(folded, registry()).withdrawal).toBe(packListMatcher(registry(), 'withdraws').scan(folded)[0]?.end ?? -1);
    }
    expect(sentenceWords(fold('I withdraw my request, thanks.'), registry()).withdrawal).toBe('i withdraw my request'.length);
    expect(sentenceWords(fold('Please delete my data.'), registry()).withdrawal).toBe(-1);
  });

  it('finds where a sentence thanks, and whether it thanks ahead', () => {
    const words = (s: string) => sentenceWords(fold(s), registry());
    expect(words('Tusind tak for at slette mine data!').thanks.map((t) => t.word)).toEqual(['tak']);
    expect(words('Tusind tak for at slette mine data!').thanksAhead).toBe(false);
    expect(words('Please delete my data, thanks in advance.').thanksAhead).toBe(true);
    expect(words('Merci de supprimer mon compte.').thanks.map((t) => [t.word, t.start, t.end])).toEqual([['merci', 0, 5]]);
    expect(words('Please delete my data.').thanks).toEqual([]);
  });
});
