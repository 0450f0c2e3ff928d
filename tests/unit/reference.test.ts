import { describe, expect, it } from 'vitest';
import { findReference, formatReference } from '../../src/requests/reference.js';

describe('request references', () => {
  it('formats year and a five-digit counter', () => {
    expect(formatReference(2026, 1)).toBe('DR-2026-00001');
    expect(formatReference(2026, 4217)).toBe('DR-2026-04217');
    expect(formatReference(2027, 123456)).toBe('DR-2027-123456');
  });

  it.each([
    ['Re: [DR-2026-00042] We need your Instagram username', 'DR-2026-00042'],
    ['AW: dr-2026-00042', 'DR-2026-00042'],
    ['my ref is DR-2026-00007, thanks', 'DR-2026-00007'],
    ['Re: your request', null],
    ['DR-26-0001', null],
    ['XDR-2026-00001Y', null],
  ])('finds the reference in %j', (subject, expected) => {
    expect(findReference(subject)).toBe(expected);
  });
});
