/**
 * Measures the understanding on the blind corpora, tests/fixtures/mail-blind-2 to -15: mail in
 * 30 languages written from a brief by writers who never saw the rules, each scored once as it
 * came, then used to improve the rules by family (docs/UNDERSTANDING.md has the figures before and
 * after; each is a seen corpus now). The floors are the figures reached, and what the bot promises
 * holds on every mail: no request ignored, no mail that is no request opened as one, no request
 * read with another account's handle, and at most one request in ten sent to staff triage.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCorpus } from '../../../src/cli/commands/corpus.js';
import { accuracy } from '../../../src/understanding/corpus-score.js';
import { safetyScore } from '../../../src/understanding/corpus-safety.js';

interface BlindCorpus {
  name: string;
  folder: string;
  mails: number;
  floors: { kind: number; instagramUsername: number; confirmationEmail: number };
  /** Broken promises not fixed yet, listed by file: any other miss, or one of these fixed, fails the test until the list is updated. */
  known?: { ignored?: string[]; opened?: string[]; wrongHandles?: string[] };
}

const CORPORA: BlindCorpus[] = [
  { name: 'second', folder: 'mail-blind-2', mails: 224, floors: { kind: 0.97, instagramUsername: 0.99, confirmationEmail: 0.97 } },
  { name: 'third', folder: 'mail-blind-3', mails: 176, floors: { kind: 0.99, instagramUsername: 0.99, confirmationEmail: 0.98 } },
  { name: 'fourth', folder: 'mail-blind-4', mails: 167, floors: { kind: 1, instagramUsername: 1, confirmationEmail: 1 } },
  { name: 'fifth', folder: 'mail-blind-5', mails: 158, floors: { kind: 0.98, instagramUsername: 0.98, confirmationEmail: 0.98 } },
  { name: 'sixth', folder: 'mail-blind-6', mails: 158, floors: { kind: 0.99, instagramUsername: 1, confirmationEmail: 0.99 } },
  // Only the worst misses of the seventh were fixed after it was scored.
  { name: 'seventh', folder: 'mail-blind-7', mails: 158, floors: { kind: 0.93, instagramUsername: 0.92, confirmationEmail: 0.95 } },
  // Its families were fixed after it was scored; the Czech mail both asks and takes it back.
  {
    name: 'eighth', folder: 'mail-blind-8', mails: 158, floors: { kind: 0.97, instagramUsername: 0.98, confirmationEmail: 0.98 },
    known: { opened: ['w3-cs-ambiguous-delete-or-not.eml'] },
  },
  // Scored as it came, then its families were fixed (each with new sentences of its own).
  {
    name: 'ninth', folder: 'mail-blind-9', mails: 158, floors: { kind: 0.91, instagramUsername: 0.94, confirmationEmail: 0.93 },
    known: {
      ignored: [],
      opened: ['x1-fr-question-did-you-delete.eml', 'x2-tr-silindi-mi.eml', 'x4-hg-did-you-delete.eml', 'x4-hi-thanks.eml'],
      wrongHandles: ['x2-tr-silindi-mi.eml'],
    },
  },
  // Scored as it came, then its families were fixed (each with new sentences of its own).
  { name: 'tenth', folder: 'mail-blind-10', mails: 158, floors: { kind: 0.99, instagramUsername: 0.99, confirmationEmail: 0.99 } },
  // Scored as it came, then its worst misses were fixed (each family with new sentences of its own).
  {
    name: 'eleventh', folder: 'mail-blind-11', mails: 158, floors: { kind: 0.94, instagramUsername: 0.93, confirmationEmail: 0.94 },
    known: {
      ignored: ['z1-en-thunderbird-long-story.eml'],
      opened: [],
      wrongHandles: [],
    },
  },
  // Scored as it came (its writers were told two staff addresses, both in the corpus's staff list),
  // then its families were fixed (each with new sentences of its own).
  { name: 'twelfth', folder: 'mail-blind-12', mails: 158, floors: { kind: 0.99, instagramUsername: 1, confirmationEmail: 0.99 } },
  // Commissioned after the last rule change of the twelfth's round and scored as it came; three of
  // its labels were corrected (an incomplete request confirms to its sender: docs/UNDERSTANDING.md).
  // Then its worst misses were fixed (each family with new sentences of its own).
  {
    name: 'thirteenth', folder: 'mail-blind-13', mails: 158, floors: { kind: 0.92, instagramUsername: 0.94, confirmationEmail: 0.95 },
    known: { ignored: [], opened: ['b1-en-how-to-question.eml'], wrongHandles: [] },
  },
  // Commissioned at the start of the next round and scored as it came (a fresh figure for the
  // thirteenth's short round), then its families were fixed (each with new sentences of its own).
  { name: 'fourteenth', folder: 'mail-blind-14', mails: 158, floors: { kind: 0.95, instagramUsername: 0.95, confirmationEmail: 0.97 } },
  // Commissioned after the last rule change of the fourteenth's round and scored as it came: the
  // figure that counts for that round (docs/UNDERSTANDING.md). Then its worst misses were fixed
  // (each family with new sentences of its own).
  {
    name: 'fifteenth', folder: 'mail-blind-15', mails: 158, floors: { kind: 0.91, instagramUsername: 0.93, confirmationEmail: 0.93 },
    known: {
      ignored: ['d5-fi-gmx-incomplete-tiktok.eml'],
      opened: ['d3-ro-job-application.eml', 'd3-uk-question-conditional.eml'],
      wrongHandles: ['d2-ja-au-eucjp-two-handles-replyto.eml', 'd3-ro-job-application.eml'],
    },
  },
];

for (const corpus of CORPORA) {
  describe(`${corpus.name} blind mail corpus`, () => {
    it('keeps every promise on every mail, and each field at its floor', async () => {
      const run = await runCorpus(fileURLToPath(new URL(`../../fixtures/${corpus.folder}/`, import.meta.url)));
      expect(run.crashes).toEqual([]);
      expect(run.results.length).toBeGreaterThanOrEqual(corpus.mails);
      const safety = safetyScore(run.results);
      expect(safety.ignored, 'requests read as other or auto_reply').toEqual(corpus.known?.ignored ?? []);
      expect(safety.opened, 'mail that is no request opened as one').toEqual(corpus.known?.opened ?? []);
      expect(safety.wrongHandles, 'requests read with another handle').toEqual(corpus.known?.wrongHandles ?? []);
      expect(safety.triaged.length / safety.requests, 'share of requests sent to triage').toBeLessThanOrEqual(0.1);
      for (const [field, floor] of Object.entries(corpus.floors)) {
        const score = run.score.fields.find((f) => f.field === field)!;
        expect(accuracy(score), field).toBeGreaterThanOrEqual(floor);
      }
    }, 120_000);
  });
}
