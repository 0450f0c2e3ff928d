import { describe, expect, it } from 'vitest';
import { addErasures, committedBefore, resumeAfterCrash, type PendingErasure } from '../../src/deletion/pending-erasure.js';
import type { ErasureResult } from '../../src/deletion/run-plan.js';

/** What a new attempt does with the erasure an earlier one recorded before the application's commit. */

describe('resuming after a crash between the two commits', () => {
  it.each([
    ['in progress', null, 'wait'],
    ['aborted', 0, 'erase'],
    ['aborted', 3, 'erase'],
    ['committed', 0, 'complete'],
    ['committed', 2, 'erase-adding'],
    [null, 0, 'complete'],
    [null, 4, 'erase'],
  ] as const)('a transaction %s with %s rows left: %s', (status, left, resume) => {
    expect(resumeAfterCrash(status, left)).toBe(resume);
  });

  it('adds a second erasure to the one that committed, step by step', () => {
    const line = (id: string, rows: number) => ({ id, table: `t_${id}`, category: id, action: 'delete' as const, rows, kept: 0 });
    const first: ErasureResult = {
      accountFound: true, legalHold: false, lines: [line('tokens', 2), line('account', 1)], batchSize: 100, batches: 3, mentionsRedacted: true,
    };
    const again: ErasureResult = {
      accountFound: false, legalHold: false, lines: [line('tokens', 1), line('account', 0)], batchSize: 100, batches: 2, mentionsRedacted: false,
    };
    expect(addErasures(first, again)).toEqual({
      accountFound: true, legalHold: false, lines: [line('tokens', 3), line('account', 1)], batchSize: 100, batches: 5, mentionsRedacted: true,
    });
  });

  it('keeps the counts of a transaction that committed when a later attempt\'s transaction never does', () => {
    const line = (id: string, rows: number) => ({ id, table: `t_${id}`, category: id, action: 'delete' as const, rows, kept: 0 });
    const result = (tokens: number): ErasureResult => ({
      accountFound: true, legalHold: false, lines: [line('tokens', tokens)], batchSize: 100, batches: 1, mentionsRedacted: false,
    });
    // Attempt 1 committed 2 tokens and crashed; new rows appeared; attempt 2 recorded 2 + 1 and was killed before its commit.
    const afterFirst: PendingErasure = { result: result(2), appTransaction: '101' };
    expect(committedBefore(afterFirst, 'erase-adding')).toEqual(result(2));
    const afterSecond: PendingErasure = { result: result(3), appTransaction: '102', committed: result(2) };
    // Attempt 3 finds the second transaction aborted: it erases anew on top of what the first committed.
    expect(committedBefore(afterSecond, resumeAfterCrash('aborted', 1))).toEqual(result(2));
    expect(committedBefore(afterFirst, 'erase')).toBeNull();
    expect(committedBefore(null, 'erase')).toBeNull();
    expect(committedBefore(afterSecond, 'complete')).toBeNull();
  });
});
