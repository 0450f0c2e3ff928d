/**
 * The signals and the wish rules read the same mail's sentences in turn, and share what they
 * found: the split of the last mail, and whether each sentence names deleting. A mail read
 * after another is read on its own words, never on what the one before held.
 */
import { describe, expect, it } from 'vitest';
import { findDeletionWish, refusesDeletion, sentences } from '../../../src/understanding/deletion-intent.js';

describe('rules that share the sentences of the last mail', () => {
  it('splits each mail on its own words, whichever was split before', () => {
    expect(sentences('Hello there. Please delete my data.')).toEqual(['Hello there.', 'Please delete my data.']);
    expect(sentences('Thanks. Keep my account.')).toEqual(['Thanks.', 'Keep my account.']);
    expect(sentences('Hello there. Please delete my data.')).toEqual(['Hello there.', 'Please delete my data.']);
  });

  it('reads a wish and a refusal of each sentence the same, asked in either order', () => {
    const wish = 'Please delete my data.';
    const refusal = 'Please do not delete my data.';
    expect(refusesDeletion(refusal)).toBe(true);
    expect(refusesDeletion(wish)).toBe(false);
    expect(findDeletionWish(wish, '').statement).toBe(wish);
    expect(findDeletionWish(refusal, '').statement).toBeNull();
    expect(findDeletionWish('See you soon.', '').statement).toBeNull();
    expect(refusesDeletion('See you soon.')).toBe(false);
    expect(refusesDeletion(refusal)).toBe(true);
  });
});
