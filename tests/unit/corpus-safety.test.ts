import { describe, expect, it } from 'vitest';
import { kindRight, languageGroup, languageOfFile, safetyScore } from '../../src/understanding/corpus-safety.js';
import { scoreCorpus, type CorpusLabel, type CorpusResult } from '../../src/understanding/corpus-score.js';
import type { MessageKind } from '../../src/understanding/types.js';

const label = (kind: MessageKind, instagramUsername: string | null = null): CorpusLabel => ({
  kind,
  instagramUsername,
  confirmationEmail: kind === 'deletion_request' || kind === 'incomplete_request' ? 'a@example.com' : null,
  confirmationSource: kind === 'deletion_request' || kind === 'incomplete_request' ? 'sender' : null,
});
const result = (file: string, got: CorpusLabel, want: CorpusLabel): CorpusResult => ({ file, got, want });

describe('kindRight', () => {
  it('takes a possible request as right for a request of either kind, and for nothing else', () => {
    expect(kindRight('possible_request', 'deletion_request')).toBe(true);
    expect(kindRight('possible_request', 'incomplete_request')).toBe(true);
    expect(kindRight('possible_request', 'other')).toBe(false);
    expect(kindRight('possible_request', 'auto_reply')).toBe(false);
    expect(kindRight('other', 'deletion_request')).toBe(false);
    expect(kindRight('incomplete_request', 'deletion_request')).toBe(false);
    expect(kindRight('other', 'other')).toBe(true);
  });
});

describe('safetyScore', () => {
  const results = [
    result('q1-en-a.eml', label('deletion_request', 'ann'), label('deletion_request', 'ann')),
    result('q1-en-b.eml', label('other'), label('deletion_request', 'bob')),
    result('q1-pl-c.eml', label('auto_reply'), label('incomplete_request')),
    result('q1-pl-d.eml', label('possible_request', 'dan'), label('deletion_request', 'dan')),
    result('q1-ru-e.eml', label('deletion_request', 'eve'), label('other')),
    result('q1-ru-f.eml', label('deletion_request', 'fay'), label('deletion_request', 'fay.x')),
    result('q1-ja-g.eml', label('possible_request'), label('other')),
  ];

  it('names the requests nobody would answer, the deletions nobody asked for, the wrong handles and the triage', () => {
    expect(safetyScore(results)).toEqual({
      requests: 5,
      ignored: ['q1-en-b.eml', 'q1-pl-c.eml'],
      opened: ['q1-ru-e.eml'],
      wrongHandles: ['q1-ru-e.eml', 'q1-ru-f.eml'],
      triaged: ['q1-pl-d.eml'],
      nonRequestsTriaged: ['q1-ja-g.eml'],
    });
  });

  it('scores the kind of a triaged request as right, and of a triaged non-request as wrong', () => {
    const kind = scoreCorpus(results).fields.find((f) => f.field === 'kind')!;
    expect(kind).toEqual({ field: 'kind', right: 3, total: 7 });
  });
});

describe('language of a corpus file', () => {
  it('reads the code after the part prefix, and nothing from other names', () => {
    expect(languageOfFile('q1-pl-outlook-formal.eml')).toBe('pl');
    expect(languageOfFile('p3-en-x.eml')).toBe('en');
    expect(languageOfFile('de-request-outlook-html.eml')).toBeNull();
    expect(languageOfFile('no-headers.eml')).toBeNull();
    expect(languageOfFile('q1-pl.eml')).toBeNull();
  });

  it('groups English, the eight first languages and every other language', () => {
    expect(languageGroup('q1-en-x.eml')).toBe('English');
    expect(languageGroup('q1-tr-x.eml')).toBe('de fr es it nl pt ja tr');
    expect(languageGroup('q1-th-x.eml')).toBe('other languages');
    expect(languageGroup('plain.eml')).toBe('unnamed');
  });
});
