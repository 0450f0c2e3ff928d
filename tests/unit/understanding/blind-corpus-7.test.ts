/**
 * Measures the understanding on tests/fixtures/mail-blind-7: 158 mails in 30 languages written
 * from a brief by writers who never saw the rules, scored once as they came (kind 89.9%), then
 * used to fix the families of its worst misses (docs/UNDERSTANDING.md has the figures before and
 * after; it is a seen corpus now). The floors are the figures reached, and what the bot promises holds
 * on every mail: no request ignored, no mail that is no request opened as one, no request read
 * with another account's handle, and at most one request in ten sent to staff triage.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCorpus } from '../../../src/cli/commands/corpus.js';
import { accuracy } from '../../../src/understanding/corpus-score.js';
import { safetyScore } from '../../../src/understanding/corpus-safety.js';

const dir = fileURLToPath(new URL('../../fixtures/mail-blind-7/', import.meta.url));
const FLOORS = { kind: 0.93, instagramUsername: 0.92, confirmationEmail: 0.95 } as const;

describe('seventh blind mail corpus', () => {
  it('keeps every promise on every mail, and each field at its floor', async () => {
    const run = await runCorpus(dir);
    expect(run.crashes).toEqual([]);
    expect(run.results.length).toBeGreaterThanOrEqual(158);
    const safety = safetyScore(run.results);
    expect(safety.ignored, 'requests read as other or auto_reply').toEqual([]);
    expect(safety.opened, 'mail that is no request opened as one').toEqual([]);
    expect(safety.wrongHandles, 'requests read with another handle').toEqual([]);
    expect(safety.triaged.length / safety.requests, 'share of requests sent to triage').toBeLessThanOrEqual(0.1);
    for (const [field, floor] of Object.entries(FLOORS)) {
      const score = run.score.fields.find((f) => f.field === field)!;
      expect(accuracy(score), field).toBeGreaterThanOrEqual(floor);
    }
  }, 120_000);
});
